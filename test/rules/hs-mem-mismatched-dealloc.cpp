// RUN: warden check --no-config --only=hs-mem-mismatched-dealloc --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-mismatched-dealloc %s -- -std=c++17
//
// The fix-its, as SARIF fixes.
// RUN: warden check --no-config --only=hs-mem-mismatched-dealloc --fail-on=never --quiet --format sarif -o %t.sarif %s -- -std=c++17
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): the project's own
// allocation and deallocation functions, and no smart pointer checks. The
// new/delete positives, which every configuration reports, are left out.
// RUN: warden check --config %S/Inputs/mismatched-dealloc-options.toml --only=test-mem-pool-mismatch --fail-on=never --quiet %s -- -std=c++17 -DCUSTOM_ONLY 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
extern "C" {
void *malloc(size_t n);
char *strdup(const char *s);
void free(void *p);
void *pool_alloc(size_t n);
void pool_free(void *p);
}
namespace std {
template <typename T> struct default_delete {};
template <typename T> struct default_delete<T[]> {};
template <typename T, typename D = default_delete<T>> class unique_ptr {
public:
  unique_ptr() = default;
  explicit unique_ptr(T *p) : p(p) {}
  void reset(T *q) { p = q; }

private:
  T *p = nullptr;
};
template <typename T, typename D> class unique_ptr<T[], D> {
public:
  template <typename U> explicit unique_ptr(U p) : p(p) {}

private:
  T *p;
};
template <typename T> class shared_ptr {
public:
  template <typename Y> explicit shared_ptr(Y *p) {}
};
struct nothrow_t {};
extern const nothrow_t nothrow;
} // namespace std
void *operator new(size_t, const std::nothrow_t &) noexcept;
void *operator new[](size_t, const std::nothrow_t &) noexcept;
inline void *operator new(size_t, void *where) noexcept { return where; }

struct Reading {
  int value;
};

#ifndef CUSTOM_ONLY
void array_delete(size_t n) {
  unsigned char *samples = new unsigned char[n];
  delete samples;
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'samples' is allocated with 'new[]' but released with 'delete'; release it with 'delete[]' [hs-mem-mismatched-dealloc]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   delete samples;
  // CHECK-NEXT: {{^}}      |   ^~~~~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |         []
  // CHECK-NEXT: hs-mem-mismatched-dealloc.cpp:[[@LINE-6]]:28: note: 'samples' is allocated here
  // SARIF: "text": "'samples' is allocated with 'new[]' but released with 'delete'; release it with 'delete[]'"
  // SARIF: "text": "use 'delete[]'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-9]],
  // SARIF-NEXT: "startColumn": 9,
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "[]"
}

void scalar_array_delete() {
  Reading *r = new (std::nothrow) Reading;
  delete[] r;
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'r' is allocated with 'new' but released with 'delete[]'; release it with 'delete'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:16: note: 'r' is allocated here
  // SARIF: "text": "'r' is allocated with 'new' but released with 'delete[]'; release it with 'delete'"
  // SARIF: "text": "use 'delete'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-6]],
  // SARIF-NEXT: "startColumn": 9,
  // SARIF-NEXT: "endLine": [[@LINE-8]],
  // SARIF-NEXT: "endColumn": 11
}

void c_and_cpp(const char *name, size_t n) {
  char *copy = strdup(name);
  delete[] copy;
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'copy' is allocated with 'strdup' but released with 'delete[]'; release it with 'free'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:16: note: 'copy' is allocated here
  Reading *r;
  r = new Reading();
  free(r);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'r' is allocated with 'new' but released with 'free'; release it with 'delete'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:7: note: 'r' is allocated here
  int *block = static_cast<int *>(malloc(n));
  delete block;
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'block' is allocated with 'malloc' but released with 'delete'; release it with 'free'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:35: note: 'block' is allocated here
}

// A member allocated and released in the same function.
class Buffer {
public:
  void resize(size_t n) {
    delete[] data;
    data = new char[n];
    if (n == 0)
      delete data;
    // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:7: error: 'data' is allocated with 'new[]' but released with 'delete'; release it with 'delete[]'
    // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-4]]:12: note: 'data' is allocated here
  }
  void swapped(size_t n) {
    data = new char[n];
    clear();
    delete data;
  }
  void clear();

private:
  char *data = nullptr;
};

#define RELEASE(p) delete p
void in_macro(size_t n) {
  int *values = new int[n];
  RELEASE(values);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'values' is allocated with 'new[]' but released with 'delete'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-5]]:20: note: expanded from macro 'RELEASE'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-4]]:17: note: 'values' is allocated here
}

template <typename T> void release_template(size_t n) {
  T *items = new T[n];
  delete items;
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: error: 'items' is allocated with 'new[]' but released with 'delete'
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:14: note: 'items' is allocated here
}
template void release_template<int>(size_t);
template void release_template<Reading>(size_t);
#endif

void smart_pointers(size_t n) {
  std::unique_ptr<int> samples(new int[n]);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:32: error: 'std::unique_ptr' of a non-array type owns memory from 'new[]' and will release it with 'delete'; use the array form 'std::unique_ptr<T[]>'
  // SARIF: "text": "'std::unique_ptr' of a non-array type owns memory
  // SARIF: "text": "declare 'samples' as an array owner"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-5]],
  // SARIF-NEXT: "startColumn": 22,
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "[]"
  std::shared_ptr<Reading> shared(new Reading[4]);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:35: error: 'std::shared_ptr' of a non-array type owns memory from 'new[]' and will release it with 'delete'; use the array form 'std::shared_ptr<T[]>'
  std::unique_ptr<int[]> wrong(new int);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:32: error: 'std::unique_ptr' of an array type owns memory from 'new' and will release it with 'delete[]'; allocate it with 'new[]' or use a non-array type
  std::unique_ptr<int> later;
  later.reset(new int[n]);
  // CHECK: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:15: error: 'std::unique_ptr' of a non-array type owns memory from 'new[]'
}

// Negatives: matching pairs, a pointer with several possible origins,
// placement new, a member released in a destructor, matching smart pointers.
struct Deleter {};
class Owner {
public:
  explicit Owner(size_t n) : data(new char[n]) {}
  ~Owner() { delete[] data; }

private:
  char *data;
};
void negatives(size_t n, bool small, char *storage) {
  char *a = new char[n];
  delete[] a;
  Reading *r = new Reading;
  delete r;
  char *m = static_cast<char *>(malloc(n));
  free(m);
  char local[16];
  char *either = small ? local : new char[n];
  if (!small)
    delete[] either;
  char *buffer = new char[n];
  if (small) {
    delete[] buffer;
    buffer = static_cast<char *>(malloc(16));
  }
  free(buffer);
  Reading *placed = new (storage) Reading;
  (void)placed;
  std::unique_ptr<int[]> array(new int[n]);
  std::unique_ptr<int> one(new int);
  std::unique_ptr<int, Deleter> custom(new int[n]);
}

// The project's own pair, and no smart pointer checks.
void custom_pair(size_t n) {
  char *p = static_cast<char *>(pool_alloc(n));
  delete[] p;
  // CUSTOM: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: warning: 'p' is allocated with 'pool_alloc' but released with 'delete[]'; release it with 'pool_free' [test-mem-pool-mismatch]
  // CUSTOM: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:33: note: 'p' is allocated here
  int *q = new int;
  pool_free(q);
  // CUSTOM: hs-mem-mismatched-dealloc.cpp:[[@LINE-1]]:3: warning: 'q' is allocated with 'new' but released with 'pool_free'; release it with 'delete'
  // CUSTOM: hs-mem-mismatched-dealloc.cpp:[[@LINE-3]]:12: note: 'q' is allocated here
}
