// RUN: warden check --no-config --only=hs-mem-realloc-leak --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-mem-realloc-leak %s --
//
// Option: a user-defined rule with its own function list (test/rules/Inputs).
// RUN: warden check --config %S/Inputs/realloc-leak-options.toml --only=test-mem-pool-realloc-leak --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
void *realloc(void *p, size_t n);
void *reallocarray(void *p, size_t n, size_t size);
void *reallocf(void *p, size_t n);
void *pool_realloc(void *p, size_t n);
void free(void *p);
void abort(void) __attribute__((noreturn));
void exit(int status) __attribute__((noreturn));
void __assert_fail(const char *expr, const char *file, unsigned line,
                   const char *function) __attribute__((noreturn));
// glibc's assert in C (GNU statement-expression form).
#define assert(expr)                                                           \
  ((void)sizeof((expr) ? 1 : 0), __extension__({                              \
     if (expr)                                                                 \
       ;                                                                       \
     else                                                                      \
       __assert_fail(#expr, __FILE__, __LINE__, __func__);                     \
   }))
// Older glibc and other C libraries: a conditional expression.
#define check(expr) ((expr) ? (void)0 : __assert_fail(#expr, "f", 1, "g"))

struct buffer {
  char *data;
  size_t size;
  struct buffer *next;
};

int positive(char *p, struct buffer *b, char **slots, int i, size_t n) {
  p = realloc(p, n);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:7: warning: if 'realloc' fails, 'p' is set to null and the block it pointed to leaks; assign the result to a temporary and replace 'p' only after checking it [hs-mem-realloc-leak]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   p = realloc(p, n);
  // CHECK-NEXT: {{^}}      |       ^~~~~~~
  b->data = (char *)realloc(b->data, n);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:21: warning: if 'realloc' fails, 'b->data' is set to null and the block it pointed to leaks; assign the result to a temporary and replace 'b->data' only after checking it [hs-mem-realloc-leak]
  b->next->data = reallocarray(b->next->data, n, 2);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:19: warning: if 'reallocarray' fails, 'b->next->data' is set to null
  slots[i] = realloc(slots[i], n);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:14: warning: if 'realloc' fails, 'slots[i]' is set to null
  slots[0] = realloc(slots[0], n);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:14: warning: if 'realloc' fails, 'slots[0]' is set to null
  // Tested, but the failure path returns and the old block is lost.
  if ((p = realloc(p, n)) == 0)
    return -1;
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-2]]:12: warning: if 'realloc' fails, 'p' is set to null
  b->data = pool_realloc(b->data, n);
  // CUSTOM: hs-mem-realloc-leak.c:[[@LINE-1]]:13: warning: if 'pool_realloc' fails, 'b->data' is set to null and the block it pointed to leaks; assign the result to a temporary and replace 'b->data' only after checking it [test-mem-pool-realloc-leak]
  return p[0];
}

#define GROW(ptr, n) ptr = realloc(ptr, n)
void in_macro(char *p, size_t n) {
  GROW(p, n);
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-1]]:3: warning: if 'realloc' fails, 'p' is set to null
  // CHECK: hs-mem-realloc-leak.c:[[@LINE-4]]:28: note: expanded from macro 'GROW'
  free(p);
}

// Negatives: the safe twin, other targets, reallocf, and failures that end
// the program.
int negative(char *p, struct buffer *b, char **slots, int i, size_t n) {
  char *grown = realloc(p, n);
  if (!grown) {
    free(p);
    return -1;
  }
  p = grown;
  b->data = realloc(p, n);
  slots[i] = realloc(slots[i + 1], n);
  b->data = realloc(b->next->data, n);
  p = reallocf(p, n);
  p = realloc(p, n);
  if (p == 0)
    abort();
  p = realloc(p, n);
  if (!p) {
    free(b);
    exit(1);
  }
  if ((b->data = realloc(b->data, n)) == 0)
    abort();
  p = realloc(p, n);
  assert(p);
  p = realloc(p, n);
  check(p != 0);
  return p[0];
}

// The old pointer was copied first, so it can still be freed.
void copied_before(char *p, size_t n) {
  char *old = p;
  p = realloc(p, n);
  if (!p)
    free(old);
}
