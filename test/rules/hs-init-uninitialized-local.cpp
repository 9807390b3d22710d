// RUN: warden check --no-config --only=hs-init-uninitialized-local --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/uninitialized-local-options.toml --only=hs-init-uninitialized-local --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,OPTIONS --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
void cref(const int &);

int const_reference() {
  int x;
  cref(x);
  // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-1]]:8: error: variable 'x' is uninitialized when passed as a const reference argument here; initialize it before passing it
  // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-3]]:7: note: variable 'x' is declared here
  return 0;
}

// Each instantiation reports the same finding once.
template <typename T> T first_or_default(bool c) {
  T x;
  if (c)
    x = 1;
  return x;
  // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-1]]:10: error: variable 'x' is used uninitialized whenever 'if' condition is false
  // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-4]]:7: note: uninitialized whenever 'if' condition is false
  // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-6]]:5: note: variable 'x' is declared here
}
int instantiate() { return first_or_default<int>(true) + first_or_default<long>(false); }

int in_lambda(bool c) {
  auto f = [](bool c) {
    int y;
    if (c)
      y = 1;
    return y;
    // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-1]]:12: error: variable 'y' is used uninitialized whenever 'if' condition is false
    // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-4]]:9: note: uninitialized whenever 'if' condition is false
    // CHECK: hs-init-uninitialized-local.cpp:[[@LINE-6]]:9: note: variable 'y' is declared here
  };
  return f(c);
}

struct Sample {
  int value;
};
void pointers() {
  Sample *s;
  // OPTIONS: hs-init-uninitialized-local.cpp:[[@LINE-1]]:11: error: pointer 's' is declared without an initializer; initialize it to nullptr or to the object it will point to
  s = nullptr;
  (void)s;
}

// Negatives: classes initialize themselves; a range-for loop that may not
// run is a 'maybe'.
struct Counter {
  Counter() : n(0) {}
  int n;
};
struct Range {
  int *begin();
  int *end();
};
int negatives(Range &r) {
  Counter c;
  int last = 0;
  for (int v : r)
    last = v;
  return c.n + last;
}
