// RUN: warden check --no-config --only=hs-err-unchecked-alloc --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// Option includeNothrowNew = false (test/rules/Inputs): only the C
// allocation functions.
// RUN: warden check --config %S/Inputs/unchecked-alloc-options.toml --only=hs-err-unchecked-alloc --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONEW --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *malloc(size_t n);
extern "C" void free(void *p);
extern "C" void *memset(void *p, int c, size_t n);
extern "C" [[noreturn]] void __assert_fail(const char *, const char *,
                                           unsigned, const char *);
namespace std {
using ::malloc;
struct nothrow_t {
  explicit nothrow_t() = default;
};
extern const nothrow_t nothrow;
} // namespace std
void *operator new(size_t n);
void *operator new(size_t n, const std::nothrow_t &) noexcept;
void *operator new[](size_t n, const std::nothrow_t &) noexcept;
namespace pool {
// Not the library function: same name, user namespace.
void *malloc(size_t n);
} // namespace pool
// glibc's assert in C++.
#define assert(expr)                                                           \
  (static_cast<bool>(expr) ? void(0) : __assert_fail(#expr, "f", 1, "g"))

struct Reading {
  int value;
  void reset() { value = 0; }
};

template <typename T> T *makeZeroed() {
  T *item = static_cast<T *>(std::malloc(sizeof(T)));
  memset(item, 0, sizeof(T));
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-1]]:10: error: 'item' is passed to 'memset' without a check for null; 'malloc' returns null when it fails, so check 'item' first [hs-err-unchecked-alloc]
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:35: note: 'malloc' may return null here
  // NONEW: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:10: error: 'item' is passed to 'memset'
  // NONEW: hs-err-unchecked-alloc.cpp:[[@LINE-5]]:35: note: 'malloc' may return null here
  return item;
}

// New expressions in templates, whose allocation function is known only
// once instantiated (a crash on DCMTK ofstd.cc before the fix).
template <typename T> T *makeNothrow() {
  T *item = new (std::nothrow) T;
  item->reset();
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-1]]:3: error: 'item' is dereferenced without a check for null; 'new (std::nothrow)' returns null when it fails, so check 'item' first
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:13: note: 'new (std::nothrow)' may return null here
  return item;
}
template <typename T> T copyOf(const T &value) { return *new T(value); }

void positive(size_t n) {
  makeNothrow<Reading>();
  copyOf(1.0);
  makeZeroed<Reading>();
  makeZeroed<double>();
  Reading *r = new (std::nothrow) Reading;
  r->reset();
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-1]]:3: error: 'r' is dereferenced without a check for null; 'new (std::nothrow)' returns null when it fails, so check 'r' first
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:16: note: 'new (std::nothrow)' may return null here
  int *samples = new (std::nothrow) int[n];
  auto fill = [samples] { samples[0] = 1; };
  samples[1] = 2;
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-1]]:3: error: 'samples' is indexed without a check for null; 'new (std::nothrow)' returns null
  // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-4]]:18: note: 'new (std::nothrow)' may return null here
  fill();
  [n] {
    char *line = static_cast<char *>(malloc(n));
    line[0] = 0;
    // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-1]]:5: error: 'line' is indexed without a check for null
    // CHECK: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:38: note: 'malloc' may return null here
    // NONEW: hs-err-unchecked-alloc.cpp:[[@LINE-3]]:5: error: 'line' is indexed without a check for null
    // NONEW: hs-err-unchecked-alloc.cpp:[[@LINE-5]]:38: note: 'malloc' may return null here
  }();
}

// Negatives: a throwing new never returns null; checks in C++ forms.
void negative(size_t n) {
  Reading *a = new Reading;
  a->reset();
  Reading *b = new (std::nothrow) Reading;
  if (b == nullptr)
    return;
  b->reset();
  if (Reading *c = new (std::nothrow) Reading)
    c->reset();
  char *d = static_cast<char *>(std::malloc(n));
  assert(d);
  d[0] = 0;
  char *e = static_cast<char *>(malloc(n));
  if (!e)
    return;
  e[0] = 0;
  char *f = static_cast<char *>(pool::malloc(n));
  f[0] = 0;
  char *g = static_cast<char *>(malloc(n));
  bool ok = g;
  if (!ok)
    return;
  g[0] = 0;
}
