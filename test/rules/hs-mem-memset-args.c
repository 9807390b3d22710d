// RUN: warden check --no-config --only=hs-mem-memset-args --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-memset-args --fail-on=warning %s --
//
// The fix-its, as SARIF fixes: the swap of two arguments, '0' for '0'.
// RUN: warden check --no-config --only=hs-mem-memset-args --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// The checker has no options.
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef __WCHAR_TYPE__ wchar_t;
void *memset(void *d, int c, size_t n);
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);

struct record {
  int id;
  int dose;
};

void positive(char *buf, int *values, struct record *r, int c, wchar_t *w) {
  memset(buf, c, 0);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: 'memset' of size zero writes nothing; the fill value and the size look swapped [hs-mem-memset-args]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   memset(buf, c, 0);
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  // SARIF: "text": "'memset' of size zero writes nothing; the fill value and the size look swapped"
  // SARIF: "fixes": [
  // SARIF: "text": "swap the fill value and the size"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-8]],
  // SARIF-NEXT: "startColumn": 15,
  // SARIF-NEXT: "endLine": [[@LINE-10]],
  // SARIF-NEXT: "endColumn": 16
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "0"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-15]],
  // SARIF-NEXT: "startColumn": 18,
  // SARIF-NEXT: "endLine": [[@LINE-17]],
  // SARIF-NEXT: "endColumn": 19
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "c"
  memset(r, sizeof(*r), 0);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: 'memset' of size zero writes nothing; the fill value and the size look swapped [hs-mem-memset-args]
  memset(r, sizeof(*r), 1);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: fill value of 'memset' is a 'sizeof' and its size the constant 1; the fill value and the size look swapped [hs-mem-memset-args]
  memset(values, 0x1234, 16);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:18: warning: fill value 4660 of 'memset' does not fit in a byte and is truncated to 52; use a value from 0 to 255 [hs-mem-memset-args]
  memset(values, -200, 16);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:18: warning: fill value -200 of 'memset' does not fit in a byte and is truncated to 56; use a value from 0 to 255 [hs-mem-memset-args]
  memset(values, '0', 16);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:18: warning: fill value of 'memset' is the character '0' (48), not zero, for 'int' objects; use 0 [hs-mem-memset-args]
  // SARIF: "text": "fill value of 'memset' is the character '0' (48), not zero, for 'int' objects; use 0"
  // SARIF: "text": "fill with zero"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-5]],
  // SARIF-NEXT: "startColumn": 18,
  // SARIF-NEXT: "endLine": [[@LINE-7]],
  // SARIF-NEXT: "endColumn": 21
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "0"
  memset(r, '0', sizeof *r);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:13: warning: fill value of 'memset' is the character '0' (48), not zero, for 'struct record' objects; use 0
  // The swap checks cover wmemset too.
  wmemset(w, L'x', 0);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: 'wmemset' of size zero writes nothing; the fill value and the size look swapped [hs-mem-memset-args]
  __builtin___memset_chk(buf, 32, 0, 64);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: 'memset' of size zero writes nothing
}

#define WIPE(p) memset(p, sizeof(*(p)), 0)
void in_macro(struct record *r) {
  WIPE(r);
  // CHECK: hs-mem-memset-args.c:[[@LINE-1]]:3: warning: 'memset' of size zero writes nothing; the fill value and the size look swapped [hs-mem-memset-args]
  // CHECK: hs-mem-memset-args.c:[[@LINE-4]]:17: note: expanded from macro 'WIPE'
}

// Negatives: the usual fills, a size of zero with a zero or negative fill,
// a size that is zero only through a macro, the digit '0' in text, wide
// fill values.
#define PADDING 0
void negative(char *buf, int *values, struct record *r, char c, size_t n,
              wchar_t *w) {
  memset(buf, 0, n);
  memset(buf, 0xFF, n);
  memset(buf, ' ', n);
  memset(buf, c, n);
  memset(values, -1, 4 * sizeof(int));
  memset(buf, 0, 0);
  memset(buf, -1, 0);
  memset(buf, 'x', PADDING);
  memset(buf, '0', n);
  memset((void *)values, '0', n);
  memset(r, 0, sizeof(*r));
  memset(buf, sizeof(*r), n);
  wmemset(w, 0x1234, 4);
}
