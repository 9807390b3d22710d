// RUN: warden check --no-config --only=hs-int-size-sign-conversion --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-int-size-sign-conversion --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own 'functions' table.
// RUN: warden check --config %S/Inputs/size-sign-conversion-options.toml --only=test-int-put-block --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned char uint8_t;
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void free(void *p);
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int snprintf(char *d, size_t n, const char *f, ...);
int parse_length(const char *text);
// A project's own function, in the custom rule's table.
int put_block(int fd, size_t count, size_t size);

struct frame {
  int length;
  unsigned short count;
  unsigned flags : 4;
};

void positive(char *dst, const char *src, int len, struct frame *f) {
  memcpy(dst, src, len);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:20: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'memcpy' and becomes huge if it is negative; check that it is not negative first or use an unsigned type [hs-int-size-sign-conversion]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   memcpy(dst, src, len);
  // CHECK-NEXT: {{^}}      |                    ^~~
  memset(dst, 0, f->length);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:18: warning: signed 'int' value 'f->length' is converted to 'size_t' as a size of 'memset'
  // Converted inside the size computation.
  free(malloc(len * sizeof(int)));
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:15: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'malloc'
  free(calloc(len, 4));
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:15: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'calloc'
  read(0, dst, len - 1);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:16: warning: signed 'int' value 'len - 1' is converted to 'size_t' as a size of 'read'
  snprintf(dst, len, "%d", 1);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:17: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'snprintf'
  __builtin___memcpy_chk(dst, src, len, 64);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:36: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'memcpy'
  // A variable whose value comes from a call that may fail.
  int n = parse_length(src);
  memcpy(dst, src, n);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:20: warning: signed 'int' value 'n' is converted
  // An upper bound in signed arithmetic leaves negative values through.
  if (len > 64)
    return;
  memcpy(dst, src, len);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:20: warning: signed 'int' value 'len' is converted
  // In the custom rule's table only, at both size positions.
  put_block(1, len, f->length);
  // CUSTOM: hs-int-size-sign-conversion.c:[[@LINE-1]]:16: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'put_block' and becomes huge if it is negative; check that it is not negative first or use an unsigned type [test-int-put-block]
  // CUSTOM: hs-int-size-sign-conversion.c:[[@LINE-2]]:21: warning: signed 'int' value 'f->length' is converted to 'size_t' as a size of 'put_block'
}

void decremented(char *dst, const char *src) {
  int left = 16;
  while (left--)
    memset(dst, 0, left);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:20: warning: signed 'int' value 'left' is converted
}

int header_length;
#define COPY_HEADER(d, s) memcpy(d, s, header_length)
#define COPY(d, s, n) memcpy(d, s, n)
void in_macro(char *dst, const char *src, int len) {
  COPY_HEADER(dst, src);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:3: warning: signed 'int' value is converted to 'size_t' as a size of 'memcpy'
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-5]]:40: note: expanded from macro 'COPY_HEADER'
  COPY(dst, src, len);
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:18: warning: signed 'int' value 'len' is converted to 'size_t' as a size of 'memcpy'
}

// Negatives: values that cannot be negative.
void never_negative(char *dst, const char *src, int len, struct frame *f,
                    uint8_t a, uint8_t b, size_t n) {
  char buf[64];
  enum { HEADER = 8 };
  const int block = 32;
  memcpy(dst, src, 16);
  memcpy(dst, src, sizeof buf);
  memcpy(dst, src, n);
  memcpy(dst, src, a + b);
  memcpy(dst, src, f->count * 2);
  memcpy(dst, src, f->flags);
  memcpy(dst, src, HEADER);
  memcpy(dst, src, block);
  memcpy(dst, src, len & 0xff);
  // An explicit cast states that the value is known to be non-negative.
  memcpy(dst, src, (size_t)len);
}

// Negatives: a dominating check shows the value is not negative.
void rejected(char *dst, const char *src, int len) {
  if (len < 0)
    return;
  memcpy(dst, src, len);
}

void tested_positive(char *dst, const char *src, int len) {
  if (len > 0)
    memcpy(dst, src, len);
}

void unsigned_comparison(const char *src, int len) {
  char buf[64];
  if (len > sizeof buf)
    return;
  memcpy(buf, src, len);
}

void posix_result(int fd, char *buf) {
  ssize_t got = read(fd, buf, 64);
  if (got == -1)
    return;
  write(1, buf, got);
}

void difference(char *dst, const char *src, int begin, int end) {
  if (end < begin)
    return;
  memcpy(dst, src, end - begin);
}

void difference_with_constant(char *dst, const char *src, int len) {
  if (len < 4)
    return;
  memcpy(dst, src, len - 4);
}

void conditional(char *dst, const char *src, int len) {
  memcpy(dst, src, len > 0 ? len : 0);
}

// Negatives: local variables all of whose assignments are non-negative.
void accumulated(char *dst, const char *src) {
  int total = 0;
  for (int i = 0; i < 4; ++i)
    total += 16;
  memcpy(dst, src, total);
}

void loop_counter(char *dst, int n) {
  for (int i = 0; i < n; i++)
    memset(dst, 0, i);
}

void copied_after_check(char *dst, const char *src) {
  int n = parse_length(src);
  if (n < 0)
    return;
  int copy = n;
  memcpy(dst, src, copy);
}

// Real-code patterns (DCMTK ofxml.cc, the embedded XML parser): a length
// from strlen() or from unsigned arithmetic kept in an int, and a variable
// used right after a non-negative assignment, whatever it holds elsewhere.
size_t strlen(const char *s);
void kept_in_int(char *dst, const char *text, int count, int attributes) {
  int extra = strlen(text) + 1;
  memcpy(dst, text, extra);
  int n = attributes;
  while (n--)
    dst[n] = 0;
  n = (int)(count * sizeof(int));
  free(malloc(n));
  memcpy(dst, text, n);
}

// Real-code pattern (DCMTK ofxml.cc xstrlen): a function of the translation
// unit that returns a length as an int; another that may return -1.
static int text_length(const char *s) { return (int)strlen(s); }
static int find_length(const char *s) {
  if (!s)
    return -1;
  return (int)strlen(s);
}
void wrapped_length(char *dst, const char *text) {
  memcpy(dst, text, text_length(text));
  memcpy(dst, text, find_length(text));
  // CHECK: hs-int-size-sign-conversion.c:[[@LINE-1]]:21: warning: signed 'int' value 'find_length(text)' is converted
}
