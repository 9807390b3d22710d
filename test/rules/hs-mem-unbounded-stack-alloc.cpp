// RUN: warden check --no-config --only=hs-mem-unbounded-stack-alloc --fail-on=never --quiet %s -- -std=c++17 -Wno-vla-cxx-extension 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *alloca(size_t n);
void consume(const void *p);

// Templates: reported once, at the pattern's declaration.
template <typename T> void scratch(size_t n) {
  T items[n];
  // CHECK: hs-mem-unbounded-stack-alloc.cpp:[[@LINE-1]]:5: warning: variable-length array 'items' takes stack memory of a size chosen at run time
  consume(items);
}

struct Reading {
  double value;
};

void run(size_t n) {
  scratch<int>(n);
  scratch<Reading>(n);
  using Row = char[n];
  // CHECK: hs-mem-unbounded-stack-alloc.cpp:[[@LINE-1]]:9: warning: 'Row' is a variable-length array type
  consume(alloca(n));
  // CHECK: hs-mem-unbounded-stack-alloc.cpp:[[@LINE-1]]:11: warning: 'alloca' takes stack memory
}

// Negatives: sizes known at compile time.
template <size_t N> void fixed() {
  char buf[N];
  consume(buf);
}
void negative() {
  constexpr size_t Size = 64;
  char line[Size];
  consume(line);
  fixed<16>();
}
