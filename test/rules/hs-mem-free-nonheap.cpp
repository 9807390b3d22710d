// RUN: warden check --no-config --only=hs-mem-free-nonheap --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
extern "C" void free(void *p);
namespace std {
using ::free;
}

struct Sample {
  int value;
};

void delete_local() {
  Sample s{1};
  delete &s;
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-1]]:10: error: 'delete' is applied to the address of local variable 's', not to heap memory; delete only what 'new' returned [hs-mem-free-nonheap]
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-3]]:10: note: 's' is declared here
}

template <typename T> void drop() {
  T values[4] = {};
  T *first = values;
  delete[] first;
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-1]]:12: error: 'delete[]' is applied to 'first', which points to local array 'values', not to heap memory
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-3]]:6: note: 'first' is initialized here
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-5]]:5: note: 'values' is declared here
}
template void drop<int>();
template void drop<char>();

void std_free() {
  static char name[8];
  std::free(name);
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-1]]:13: error: 'free' is called on static array 'name', not on heap memory
  // CHECK: hs-mem-free-nonheap.cpp:[[@LINE-3]]:15: note: 'name' is declared here
}

// Negatives: a reference to a heap object, a pointer parameter.
void negatives(Sample &heap, Sample *p) {
  delete &heap;
  delete p;
}
