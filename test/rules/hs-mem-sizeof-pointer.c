// RUN: warden check --no-config --only=hs-mem-sizeof-pointer --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-sizeof-pointer %s --
//
// The fix-it, as a SARIF fix: a '*' inserted before the pointer.
// RUN: warden check --no-config --only=hs-mem-sizeof-pointer --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own 'functions' table.
// RUN: warden check --config %S/Inputs/sizeof-pointer-options.toml --only=test-mem-send-frame --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef struct FILE FILE;
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
char *strncpy(char *d, const char *s, size_t n);
char *fgets(char *s, int n, FILE *f);
void *malloc(size_t n);
void *realloc(void *p, size_t n);
void free(void *p);
long write(int fd, const void *buf, size_t n);
// A project's own function, in the custom rule's table.
int send_frame(int channel, const void *frame, size_t length);

struct alarm {
  int id;
  char text[32];
};

void positive(struct alarm *a, struct alarm *b, char *name, const char *src,
              FILE *f) {
  memset(a, 0, sizeof(a));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:16: error: 'sizeof' of the pointer 'a' as the length of 'memset' is the size of a pointer, not of the 'struct alarm' it points to; use 'sizeof(*a)' [hs-mem-sizeof-pointer]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   memset(a, 0, sizeof(a));
  // CHECK-NEXT: {{^}}      |                ^~~~~~~~~
  // CHECK-NEXT: {{^}}      |                       *
  // SARIF: "text": "'sizeof' of the pointer 'a' as the length of 'memset' is the size of a pointer, not of the 'struct alarm' it points to; use 'sizeof(*a)'"
  // SARIF: "fixes": [
  // SARIF: "text": "measure what 'a' points to"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-9]],
  // SARIF-NEXT: "startColumn": 23,
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "*"
  memcpy(a, b, sizeof b);
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:16: error: 'sizeof' of the pointer 'b' as the length of 'memcpy' is the size of a pointer, not of the 'struct alarm' it points to; use 'sizeof(*b)' [hs-mem-sizeof-pointer]
  // A character buffer: its length must come from elsewhere.
  strncpy(name, src, sizeof(name));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:22: error: 'sizeof' of the pointer 'name' as the length of 'strncpy' is the size of a pointer, not of the 'char' it points to; pass the buffer length [hs-mem-sizeof-pointer]
  strncpy(name, src, sizeof(name) - 1);
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:22: error: 'sizeof' of the pointer 'name' as the length of 'strncpy'
  fgets(name, sizeof name, f);
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:15: error: 'sizeof' of the pointer 'name' as the length of 'fgets'
  // Another pointer to an object, not a buffer of the call.
  struct alarm local;
  memcpy(&local, src, sizeof(b));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:23: error: 'sizeof' of the pointer 'b' as the length of 'memcpy' is the size of a pointer, not of the 'struct alarm' it points to; use 'sizeof(*b)'
  // The pointer type of a buffer argument.
  memcpy(a, b, sizeof(struct alarm *));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:16: error: 'sizeof(struct alarm *)' as the length of 'memcpy' is the size of a pointer, the type of its argument 'a'; use 'sizeof(struct alarm)' [hs-mem-sizeof-pointer]
  // The pointer an allocation is stored in.
  struct alarm *c = malloc(sizeof(c));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:28: error: 'sizeof' of the pointer 'c' as the size of 'malloc' allocates room for a pointer, not for the 'struct alarm' it points to; use 'sizeof(*c)' [hs-mem-sizeof-pointer]
  a = malloc(sizeof a);
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:14: error: 'sizeof' of the pointer 'a' as the size of 'malloc' allocates room for a pointer
  struct alarm *d = malloc(sizeof(b));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:28: error: 'sizeof' of the pointer 'b' as the size of 'malloc' allocates room for a pointer
  struct alarm *e = malloc(sizeof(struct alarm *));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:28: error: 'sizeof(struct alarm *)' as the size of 'malloc' allocates room for a pointer, not for the 'struct alarm' the result points to; use 'sizeof(struct alarm)' [hs-mem-sizeof-pointer]
  b = realloc(b, sizeof(b));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:18: error: 'sizeof' of the pointer 'b' as the length of 'realloc' is the size of a pointer
  free(c);
  free(d);
  free(e);
  // In the custom rule's table only.
  send_frame(1, a, sizeof(a));
  // CUSTOM: hs-mem-sizeof-pointer.c:[[@LINE-1]]:20: warning: 'sizeof' of the pointer 'a' as the length of 'send_frame' is the size of a pointer, not of the 'struct alarm' it points to; use 'sizeof(*a)' [test-mem-send-frame]
}

// An array parameter is a pointer: sizeof is 8, whatever the 64 says.
void array_parameter(char buf[64], const char *src, int table[]) {
  memset(buf, 0, sizeof(buf));
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:18: error: 'sizeof' of array parameter 'buf' is the size of the pointer 'char *' it is adjusted to, not of the array; pass the array length as a separate parameter [hs-mem-sizeof-pointer]
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-3]]:27: note: 'buf' is declared here
  // CUSTOM: hs-mem-sizeof-pointer.c:[[@LINE-3]]:18: warning: 'sizeof' of array parameter 'buf'
  // CUSTOM: hs-mem-sizeof-pointer.c:[[@LINE-5]]:27: note: 'buf' is declared here
  unsigned count = sizeof table / sizeof table[0];
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:20: error: 'sizeof' of array parameter 'table' is the size of the pointer 'int *' it is adjusted to
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-8]]:57: note: 'table' is declared here
  // CUSTOM: hs-mem-sizeof-pointer.c:[[@LINE-3]]:20: warning: 'sizeof' of array parameter 'table'
  // CUSTOM: hs-mem-sizeof-pointer.c:[[@LINE-10]]:57: note: 'table' is declared here
  (void)count;
}

#define CLEAR(p) memset(p, 0, sizeof(p))
void in_macro(struct alarm *a) {
  CLEAR(a);
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-1]]:3: error: 'sizeof' of a pointer as the length of 'memset' is the size of a pointer, not of the 'struct alarm' it points to; measure what it points to [hs-mem-sizeof-pointer]
  // CHECK: hs-mem-sizeof-pointer.c:[[@LINE-4]]:31: note: expanded from macro 'CLEAR'
}

// Negatives: the object is measured, real arrays, arrays of pointers, the
// pointer's own bytes, pointers to pointers.
void negative(struct alarm *a, const char *src, void **slots, char **names,
              int fd) {
  char line[64];
  struct alarm copy;
  memset(a, 0, sizeof(*a));
  memset(a, 0, sizeof(struct alarm));
  memset(line, 0, sizeof(line));
  strncpy(line, src, sizeof line - 1);
  memcpy(&copy, a, sizeof copy);
  char **table = malloc(8 * sizeof(char *));
  free(table);
  char **one = malloc(sizeof(names));
  free(one);
  struct alarm *p = malloc(sizeof *p);
  free(p);
  // The pointer value itself is what is copied.
  memcpy(slots, &a, sizeof(a));
  write(fd, &a, sizeof a);
  memset(names, 0, sizeof(names));
  void *untyped = a;
  memset((void *)a, 0, sizeof(untyped));
  // A pointer to characters that is not a buffer of the call.
  memcpy(line, a->text, sizeof(src));
}
