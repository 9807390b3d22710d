// RUN: warden check --no-config --only=hs-err-unchecked-alloc --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-err-unchecked-alloc %s --
//
// With NDEBUG, assert() expands to nothing: naming the pointer in it still
// counts as a check (option assertMacros).
// RUN: warden check --no-config --only=hs-err-unchecked-alloc --fail-on=never --quiet %s -- -DNDEBUG 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own allocator, dereferencing function and check macro.
// RUN: warden check --config %S/Inputs/unchecked-alloc-options.toml --only=test-err-pool-alloc --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
#define NULL ((void *)0)
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void *reallocarray(void *p, size_t n, size_t size);
void *aligned_alloc(size_t alignment, size_t n);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
void free(void *p);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *p, int c, size_t n);
void *__builtin___memcpy_chk(void *dst, const void *src, size_t n, size_t os);
size_t strlen(const char *s);
void exit(int status) __attribute__((noreturn));
void __assert_fail(const char *expr, const char *file, unsigned line,
                   const char *function) __attribute__((noreturn));
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr)                                                           \
  ((void)sizeof((expr) ? 1 : 0), __extension__({                              \
     if (expr)                                                                 \
       ;                                                                       \
     else                                                                      \
       __assert_fail(#expr, __FILE__, __LINE__, __func__);                     \
   }))
#endif
// A project's allocator that never returns null, and its own allocator and
// check macro for the custom rule.
void *xmalloc(size_t n);
void *pool_alloc(size_t n);
void fill(void *p, size_t n);
#define CHECK_PTR(p)
void use_buffer(char *p);
int init_buffer(char **p);

struct sample {
  int count;
  char *name;
};

void positive(const char *src, size_t n) {
  char *p = malloc(n);
  p[0] = 0;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 'p' is indexed without a check for null; 'malloc' returns null when it fails, so check 'p' first [hs-err-unchecked-alloc]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   p[0] = 0;
  // CHECK-NEXT: {{^}}      |   ^
  // CHECK-NEXT: hs-err-unchecked-alloc.c:[[@LINE-5]]:13: note: 'malloc' may return null here
  // One finding per allocation, at its first use.
  p[1] = 0;
  if (p == NULL)
    return;

  struct sample *s = calloc(1, sizeof *s);
  s->count = 1;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 's' is dereferenced without a check for null; 'calloc' returns null when it fails, so check 's' first [hs-err-unchecked-alloc]
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:22: note: 'calloc' may return null here

  char *copy;
  copy = strdup(src);
  size_t len = strlen(copy);
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:23: error: 'copy' is passed to 'strlen' without a check for null; 'strdup' returns null when it fails, so check 'copy' first
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:10: note: 'strdup' may return null here

  char *q = (char *)aligned_alloc(16, len);
  __builtin___memcpy_chk(q, src, len, 16);
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:26: error: 'q' is passed to 'memcpy' without a check
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:21: note: 'aligned_alloc' may return null here

  // Checked on one path only.
  int *values = reallocarray(NULL, n, sizeof *values);
  if (n > 4) {
    if (!values)
      return;
  }
  *values = 1;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:4: error: 'values' is dereferenced without a check for null; 'reallocarray' returns null when it fails
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-7]]:17: note: 'reallocarray' may return null here

  // A copy shares the allocation and its check.
  char *name = strndup(src, 8);
  char *alias = name;
  alias[0] = 'x';
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 'alias' is indexed without a check for null; 'strndup' returns null
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-4]]:16: note: 'strndup' may return null here

  // Moving through the block is a use of it too (DCMTK ofxml.cc:
  // *(d++) = *(ss++) after d = malloc(...)).
  char *out = malloc(n);
  char *start = out;
  *out++ = 'a';
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:4: error: 'out' is dereferenced without a check for null; 'malloc' returns null when it fails, so check 'out' first
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-4]]:15: note: 'malloc' may return null here
  *(out + 1) = 'b';
  free(start);

  // In a loop, each iteration allocates again.
  for (size_t i = 0; i < n; ++i) {
    char *line = realloc(NULL, 80);
    memset(line, 0, 80);
    // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:12: error: 'line' is passed to 'memset' without a check
    // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:18: note: 'realloc' may return null here
    free(line);
  }
}

// Results used on the spot, never stored.
void direct(size_t n) {
  memset(malloc(n), 0, n);
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:10: error: the result of 'malloc' is passed to 'memset' without a check for null; store it in a variable and check it first [hs-err-unchecked-alloc]
  *(int *)malloc(sizeof(int)) = 0;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:11: error: the result of 'malloc' is dereferenced without a check for null
  ((struct sample *)calloc(1, sizeof(struct sample)))->count = 0;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:21: error: the result of 'calloc' is dereferenced without a check for null
}

#define NEW_BUFFER(n) malloc(n)
#define CLEAR(p) memset(p, 0, 8)
void in_macro(size_t n) {
  char *b = NEW_BUFFER(n);
  CLEAR(b);
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:9: error: 'b' is passed to 'memset' without a check for null
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:13: note: 'malloc' may return null here
  free(b);
}

// The custom rule's allocator, dereferencing function and check macro.
void custom(size_t n) {
  char *p = pool_alloc(n);
  fill(p, n);
  // CUSTOM: hs-err-unchecked-alloc.c:[[@LINE-1]]:8: error: 'p' is passed to 'fill' without a check for null; 'pool_alloc' returns null when it fails, so check 'p' first [test-err-pool-alloc]
  // CUSTOM: hs-err-unchecked-alloc.c:[[@LINE-3]]:13: note: 'pool_alloc' may return null here
  char *q = pool_alloc(n);
  CHECK_PTR(q);
  q[0] = 0;
  char *r = malloc(n);
  r[0] = 0;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 'r' is indexed without a check
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-3]]:13: note: 'malloc' may return null here
  free(r);
}

// Negatives: the safe twins.
int early_return(size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  p[0] = 0;
  free(p);
  return 0;
}

int checked_in_condition(const char *src, size_t n) {
  char *p;
  if ((p = malloc(n)) == NULL)
    return -1;
  memcpy(p, src, n);
  char *q;
  if (!(q = strdup(src)))
    return -1;
  q[0] = p[0];
  free(p);
  free(q);
  return 0;
}

void asserted(size_t n) {
  char *p = malloc(n);
  assert(p);
  p[0] = 0;
  struct sample *s = calloc(1, sizeof *s);
  assert(s != NULL && "out of memory");
  s->count = 0;
}

int cleanup(size_t n) {
  int rc = -1;
  char *a = NULL;
  char *b = malloc(n);
  if (b == NULL)
    goto out;
  a = calloc(n, 2);
  if (NULL == a)
    goto out;
  a[0] = b[0];
  rc = 0;
out:
  free(a);
  free(b);
  return rc;
}

char *not_a_use(const char *src, size_t n) {
  char *p = malloc(n);
  free(p);
  char *wrapped = xmalloc(n);
  wrapped[0] = 0;
  use_buffer(wrapped);
  return strdup(src);
}

int other_test_forms(size_t n, int flag) {
  char *p = malloc(n);
  int first = p ? p[0] : 0;
  char *q = malloc(n);
  if (q != 0 && n > 1)
    q[1] = 0;
  char *r = malloc(n);
  if (flag || r == NULL)
    exit(1);
  r[0] = 0;
  char *s = malloc(n);
  while (s && *s)
    s++;
  char *t = malloc(n);
  if (!t)
    exit(2);
  t[0] = 0;
  return first;
}

void checked_through_copy(size_t n, struct sample *out) {
  char *p = malloc(n);
  char *alias = p;
  if (!alias)
    return;
  p[0] = 0;
  char *name = malloc(n);
  out->name = name;
  if (out->name == NULL)
    return;
  name[0] = 0;
}

// A function named as a check may stop on null: passing the pointer to it
// counts as a check (option checkingFunctionPattern; the custom rule sets
// it to "^must_" only).
void check_not_null(const void *p);
void must_have(const void *p);
void checking_functions(size_t n) {
  char *p = malloc(n);
  check_not_null(p);
  p[0] = 0;
  char *q = malloc(n);
  must_have(q);
  q[0] = 0;
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 'q' is indexed without a check for null
  // CHECK: hs-err-unchecked-alloc.c:[[@LINE-4]]:13: note: 'malloc' may return null here
  char *r = pool_alloc(n);
  must_have(r);
  r[0] = 0;
  char *s = pool_alloc(n);
  check_not_null(s);
  s[0] = 0;
  // CUSTOM: hs-err-unchecked-alloc.c:[[@LINE-1]]:3: error: 's' is indexed without a check for null
  // CUSTOM: hs-err-unchecked-alloc.c:[[@LINE-4]]:13: note: 'pool_alloc' may return null here
}

void reassigned(size_t n, char *buffer) {
  char *p = malloc(n);
  p = buffer;
  p[0] = 0;
  char *q = malloc(n);
  if (init_buffer(&q) != 0)
    return;
  q[0] = 0;
  char *r = malloc(n * sizeof *r);
  if (r == NULL)
    return;
  r[0] = 0;
}

// A branch on any expression of the pointer reasons about it: OpenJPEG
// opj_malloc.c tests the alignment of realloc's result, which is zero (and
// the branch not taken) for null.
void *aligned_realloc(void *ptr, size_t n) {
  void *r_ptr = realloc(ptr, n);
  if (((size_t)r_ptr & 15U) != 0U) {
    void *a_ptr = aligned_alloc(16, n);
    if (a_ptr != NULL)
      memcpy(a_ptr, r_ptr, n);
    free(r_ptr);
    r_ptr = a_ptr;
  }
  return r_ptr;
}
