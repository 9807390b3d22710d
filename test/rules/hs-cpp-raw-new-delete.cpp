// RUN: warden check --no-config --only=hs-cpp-raw-new-delete --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-raw-new-delete --fail-on=note %s -- -std=c++17
//
// Options (test/rules/Inputs): owners = [std::unique_ptr, app::Owned]
// (std::shared_ptr is then no owner) and allowFactories = false.
// RUN: warden check --config %S/Inputs/raw-new-delete-options.toml --only=hs-cpp-raw-new-delete --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPTS --implicit-check-not='{{warning|error|note}}:'
typedef __SIZE_TYPE__ size_t;
void *operator new(size_t, void *where) noexcept;
namespace std {
struct nothrow_t {};
extern const nothrow_t nothrow;
template <class T> struct default_delete {};
template <class T, class D = default_delete<T>> class unique_ptr {
public:
  unique_ptr();
  explicit unique_ptr(T *p);
  ~unique_ptr();
  void reset(T *p = nullptr);
  T *get() const;
};
template <class T> class unique_ptr<T[]> {
public:
  explicit unique_ptr(T *p);
  ~unique_ptr();
};
template <class T> class shared_ptr {
public:
  explicit shared_ptr(T *p);
  template <class D> shared_ptr(T *p, D deleter) {}
  ~shared_ptr();
};
template <class T> unique_ptr<T> make_unique();
} // namespace std
void *operator new(size_t, const std::nothrow_t &) noexcept;
namespace app {
// A project's own owner, and one derived from std::unique_ptr.
template <class T> class Owned {
public:
  explicit Owned(T *p);
};
template <class T> class Handle : public std::unique_ptr<T> {
public:
  explicit Handle(T *p);
};
} // namespace app

struct Sample {
  int value = 0;
};
void consume(Sample *s);

void naked(int n) {
  Sample *s = new Sample;
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:15: note: naked 'new' leaves the object without an owner, so an early return or an exception leaks it; use 'std::make_unique' or 'std::make_shared' [hs-cpp-raw-new-delete]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   Sample *s = new Sample;
  // CHECK-NEXT: {{^}}      |               ^~~~~~~~~~
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-4]]:15: note: naked 'new' leaves
  consume(s);
  delete s;
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:3: note: naked 'delete' outside a destructor; let a smart pointer or an owning class release the memory [hs-cpp-raw-new-delete]
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:3: note: naked 'delete' outside
  int *buffer = new int[n];
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:17: note: naked 'new[]' leaves the array without an owner, so an early return or an exception leaks it; use 'std::vector' or 'std::make_unique<T[]>' [hs-cpp-raw-new-delete]
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:17: note: naked 'new[]' leaves
  delete[] buffer;
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:3: note: naked 'delete[]' outside a destructor; let a smart pointer or an owning class release the memory [hs-cpp-raw-new-delete]
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:3: note: naked 'delete[]' outside
  // new (std::nothrow) still allocates.
  consume(new (std::nothrow) Sample);
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:11: note: naked 'new' leaves
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:11: note: naked 'new' leaves
}

// Owned at once: a smart pointer's constructor or reset(), also a class
// derived from one; placement new; make_unique.
void owned(int n) {
  std::unique_ptr<Sample> a(new Sample);
  auto b = std::unique_ptr<Sample>(new Sample());
  std::unique_ptr<int[]> c(new int[n]);
  a.reset(new Sample);
  std::shared_ptr<Sample> d(new Sample);
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:29: note: naked 'new' leaves
  std::shared_ptr<Sample> e(new Sample, [](Sample *p) {});
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:29: note: naked 'new' leaves
  app::Handle<Sample> f(new Sample);
  app::Owned<Sample> g(new Sample);
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:24: note: naked 'new' leaves
  alignas(Sample) unsigned char storage[sizeof(Sample)];
  Sample *h = new (storage) Sample;
  auto i = std::make_unique<Sample>();
  (void)h, (void)i;
}

// A factory hands its object to the caller: returned directly, through a
// local (DCMTK's switch-on-type factories: 'checker = new X(); break; ...
// return checker;'), or through an out-parameter.
Sample *make_sample() { return new Sample; }
// OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:32: note: naked 'new' leaves
struct Special : Sample {};
Sample *make_kind(int kind) {
  Sample *s = nullptr;
  switch (kind) {
  case 1:
    s = new Special;
    // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:9: note: naked 'new' leaves
    break;
  default:
    s = new Sample;
    // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:9: note: naked 'new' leaves
  }
  return s;
}
bool create(Sample *&out, Sample **second) {
  out = new Sample;
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:9: note: naked 'new' leaves
  Sample *made = new Sample;
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:18: note: naked 'new' leaves
  *second = made;
  return true;
}
// A local that is not handed over is no factory.
Sample *not_a_factory(Sample *existing) {
  Sample *scratch = new Sample;
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:21: note: naked 'new' leaves
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:21: note: naked 'new' leaves
  consume(scratch);
  return existing;
}

// An RAII owner: the destructor deletes the member, the other members
// manage it; 'delete this' ends a reference-counted object.
class Buffer {
public:
  explicit Buffer(int n) : data_(new int[n]), spare_(new int[n]) {}
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:54: note: naked 'new[]' leaves
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:54: note: naked 'new[]' leaves
  ~Buffer() { delete[] data_; }
  void resize(int n) {
    delete[] data_;
    data_ = new int[n];
  }
  void release() {
    if (--refs_ == 0)
      delete this;
  }

private:
  int *data_;
  int *spare_;
  int refs_ = 1;
};

// A user's macro: reported where it is used.
#define MAKE(T) new T
void in_macro() {
  Sample *s = MAKE(Sample);
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:15: note: naked 'new' leaves
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   Sample *s = MAKE(Sample);
  // CHECK-NEXT: {{^}}      |               ^~~~~~~~~~~~
  // CHECK-NEXT: hs-cpp-raw-new-delete.cpp:[[@LINE-6]]:17: note: expanded from macro 'MAKE'
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-5]]:15: note: naked 'new' leaves
  // OPTS: note: expanded from macro 'MAKE'
  std::unique_ptr<Sample> owned(s);
}

// Templates are judged in their instantiations, where the owner is known;
// each new is reported once.
template <class T> std::unique_ptr<T> wrap() {
  return std::unique_ptr<T>(new T);
}
template <class T> void leak() {
  T *p = new T;
  // CHECK: hs-cpp-raw-new-delete.cpp:[[@LINE-1]]:10: note: naked 'new' leaves
  // OPTS: hs-cpp-raw-new-delete.cpp:[[@LINE-2]]:10: note: naked 'new' leaves
  consume(p);
}
template <class T> struct Holder {
  Holder() : p(new T) {}
  ~Holder() { delete p; }
  T *p;
};
void use_templates() {
  wrap<Sample>();
  wrap<int>();
  leak<Sample>();
  Holder<Sample> h;
}
