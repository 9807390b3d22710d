// RUN: warden check --no-config --only=hs-mem-unbounded-stack-alloc --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-unbounded-stack-alloc --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): the shipped rule
// with maxConstantBytes = 256, which accepts constant sizes up to 256 bytes.
// RUN: warden check --config %S/Inputs/stack-allocation-options.toml --only=hs-mem-unbounded-stack-alloc --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SMALL --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
void *alloca(size_t n);
void *memcpy(void *d, const void *s, size_t n);
void consume(const char *p);

void positive(size_t n, const char *src) {
  char line[n + 1];
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:8: warning: variable-length array 'line' takes stack memory of a size chosen at run time and cannot report failure; use a fixed-size array with a checked length, or 'malloc' [hs-mem-unbounded-stack-alloc]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   char line[n + 1];
  // CHECK-NEXT: {{^}}      |        ^~~~
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-4]]:8: warning: variable-length array 'line'
  memcpy(line, src, n);
  consume(line);
  // A run-time dimension anywhere in the type.
  int grid[4][n];
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:7: warning: variable-length array 'grid'
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:7: warning: variable-length array 'grid'
  (void)grid;
  char *copy = alloca(n);
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:16: warning: 'alloca' takes stack memory of a size chosen at run time and cannot report failure; use a fixed-size buffer with a checked length, or 'malloc' [hs-mem-unbounded-stack-alloc]
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:16: warning: 'alloca' takes stack memory
  consume(copy);
  consume(__builtin_alloca(n));
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:11: warning: '__builtin_alloca' takes stack memory
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:11: warning: '__builtin_alloca' takes stack memory
  consume(__builtin_alloca_with_align(n, 64));
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:11: warning: '__builtin_alloca_with_align' takes stack memory
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:11: warning: '__builtin_alloca_with_align' takes stack memory
  // Constant sizes: flagged by default, accepted up to maxConstantBytes.
  consume(alloca(128));
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:11: warning: 'alloca' takes stack memory
  consume(alloca(4096));
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:11: warning: 'alloca' takes stack memory
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:11: warning: 'alloca' takes stack memory
  const int width = 16;
  char row[width];
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:8: warning: variable-length array 'row'
  consume(row);
  const int wide = 1024;
  char big[wide];
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:8: warning: variable-length array 'big'
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:8: warning: variable-length array 'big'
  consume(big);
}

void typedefs(int n) {
  typedef char row_t[n];
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:16: warning: 'row_t' is a variable-length array type: objects of it take stack memory of a size chosen at run time; give it a fixed size [hs-mem-unbounded-stack-alloc]
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:16: warning: 'row_t' is a variable-length array type
  row_t r;
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:9: warning: variable-length array 'r'
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:9: warning: variable-length array 'r'
  consume(r);
}

#define SCRATCH(name, size) char name[size]
void in_macro(size_t n) {
  SCRATCH(tmp, n);
  // CHECK: hs-mem-unbounded-stack-alloc.c:[[@LINE-1]]:11: warning: variable-length array 'tmp'
  // SMALL: hs-mem-unbounded-stack-alloc.c:[[@LINE-2]]:11: warning: variable-length array 'tmp'
  consume(tmp);
}

// Negatives: fixed sizes, and parameters whose array type is only a
// pointer (no stack is taken).
#define LINE_MAX 128
void negative(size_t n, char rows[n][4], int m, int table[m]) {
  char line[LINE_MAX];
  char pair[2][LINE_MAX];
  consume(line);
  (void)pair;
  (void)rows;
  (void)table;
}
