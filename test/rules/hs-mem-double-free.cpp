// RUN: warden check --no-config --only=hs-mem-double-free --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
extern "C" void free(void *p);
namespace std {
using ::free;
}

struct Sample {
  int value;
};

void deleted_twice(Sample *s) {
  delete s;
  delete s;
  // CHECK: hs-mem-double-free.cpp:[[@LINE-1]]:3: error: 's' is deleted twice: every path to this 'delete' has already released it; release it once, or set 's' to nullptr after releasing it [hs-mem-double-free]
  // CHECK: hs-mem-double-free.cpp:[[@LINE-3]]:3: note: 's' is deleted here
}

void array_twice(bool retry) {
  int *samples = new int[8];
  if (retry)
    delete[] samples;
  delete[] samples;
  // CHECK: hs-mem-double-free.cpp:[[@LINE-1]]:3: error: 'samples' may be deleted twice: a path to this 'delete[]' has already released it
  // CHECK: hs-mem-double-free.cpp:[[@LINE-3]]:5: note: 'samples' is deleted here
}

void std_free(char *p) {
  std::free(p);
  std::free(p);
  // CHECK: hs-mem-double-free.cpp:[[@LINE-1]]:8: error: 'p' is freed twice
  // CHECK: hs-mem-double-free.cpp:[[@LINE-3]]:8: note: 'p' is freed here
}

// Every instantiation reports once, at the same place.
template <typename T> void release(T *item) {
  delete item;
  delete item;
  // CHECK: hs-mem-double-free.cpp:[[@LINE-1]]:3: error: 'item' is deleted twice
  // CHECK: hs-mem-double-free.cpp:[[@LINE-3]]:3: note: 'item' is deleted here
}
template void release<int>(int *);
template void release<Sample>(Sample *);

// DCMTK djcodece.cc (encodeTrueLossless): each iteration encodes into
// jpegData, through a reference, in one of two branches, then deletes it. A
// path through neither branch would delete it twice, but the bit depth is
// always 8 or 16 there. When some path from the release assigns the pointer
// again, the path that does not is taken to be impossible.
void encode(unsigned char *&to);
void frames(int bits, int count) {
  unsigned char *jpegData = nullptr;
  for (int i = 0; i < count; i++) {
    if (bits == 8)
      encode(jpegData);
    else if (bits == 16)
      encode(jpegData);
    delete[] jpegData;
  }
}

// DCMTK diqtctab.cc (computeHistogram): the table is deleted only when the
// loop goes round again and allocates a new one.
struct Table {
  int add(int maxval);
  int histogram();
};
int histogram(int maxval) {
  Table *table = nullptr;
  bool done = false;
  while (!done) {
    table = new Table();
    if (table->add(maxval) > 0) {
      done = true;
    } else {
      delete table;
      maxval /= 2;
    }
  }
  int n = table->histogram();
  delete table;
  return n;
}

// Negatives: reset to nullptr, a reference that may rebind, a lambda.
void reset(Sample *s) {
  delete s;
  s = nullptr;
  delete s;
}
void renew(Sample *&s);
void by_reference(Sample *s) {
  delete s;
  renew(s);
  delete s;
}
void lambda(Sample *s) {
  delete s;
  auto again = [&s] { s = new Sample(); };
  again();
  delete s;
}
