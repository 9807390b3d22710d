// RUN: warden check --no-config --only=hs-mem-realloc-leak --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *realloc(void *p, size_t n);
extern "C" [[noreturn]] void __assert_fail(const char *, const char *,
                                           unsigned, const char *);
namespace std {
using ::realloc;
}
namespace pool {
// Not the library function: same name, user namespace.
void *realloc(void *p, size_t n) { return p; }
} // namespace pool
// glibc's assert in C++.
#define assert(expr)                                                           \
  (static_cast<bool>(expr) ? void(0) : __assert_fail(#expr, "f", 1, "g"))

struct Samples {
  int *values = nullptr;
  size_t count = 0;

  void grow(size_t n) {
    values = static_cast<int *>(std::realloc(values, n * sizeof *values));
    // CHECK: hs-mem-realloc-leak.cpp:[[@LINE-1]]:38: warning: if 'realloc' fails, 'values' is set to null and the block it pointed to leaks
    this->values = static_cast<int *>(std::realloc(values, n));
    // CHECK: hs-mem-realloc-leak.cpp:[[@LINE-1]]:44: warning: if 'realloc' fails, 'this->values' is set to null
  }
  void growChecked(size_t n) {
    values = static_cast<int *>(std::realloc(values, n));
    assert(values);
  }
};

template <typename T> void resize(T *&items, size_t n) {
  items = static_cast<T *>(realloc(items, n * sizeof(T)));
  // CHECK: hs-mem-realloc-leak.cpp:[[@LINE-1]]:28: warning: if 'realloc' fails, 'items' is set to null
}

void run(char *p, double *d, size_t n) {
  resize(p, n);
  resize(d, n);
  p = static_cast<char *>(pool::realloc(p, n));
}
