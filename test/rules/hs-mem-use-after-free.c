// RUN: warden check --no-config --only=hs-mem-use-after-free --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-use-after-free %s --
//
// Options, through a configuration (test/rules/Inputs): a rule of the same
// checker with the project's own deallocator and access function.
// RUN: warden check --config %S/Inputs/freed-pointer-options.toml --only=test-mem-use-released --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
#define NULL ((void *)0)
void *malloc(size_t n);
void free(void *p);
void *memcpy(void *d, const void *s, size_t n);
size_t strlen(const char *s);
void log_event(const char *fmt, ...);
void reset(char **p);
int more(void);
void my_release(void *p);
void consume(const char *p);

struct message {
  unsigned sequence;
  char body[32];
};

void member(struct message *msg) {
  free(msg);
  log_event("sent %u", msg->sequence);
  // CHECK: hs-mem-use-after-free.c:[[@LINE-1]]:24: error: 'msg' is used to access member 'sequence' after it was freed; release it only after its last use [hs-mem-use-after-free]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   log_event("sent %u", msg->sequence);
  // CHECK-NEXT: {{^}}      |                        ^~~~~~~~~~~~~
  // CHECK-NEXT: hs-mem-use-after-free.c:[[@LINE-5]]:3: note: 'msg' is freed here
}

void dereference(int *value) {
  free(value);
  *value = 0;
  // CHECK: hs-mem-use-after-free.c:[[@LINE-1]]:3: error: 'value' is dereferenced after it was freed; release it only after its last use
  // CHECK: hs-mem-use-after-free.c:[[@LINE-3]]:3: note: 'value' is freed here
}

void indexed(char *buf, int failed) {
  if (failed)
    free(buf);
  buf[0] = 0;
  // CHECK: hs-mem-use-after-free.c:[[@LINE-1]]:3: error: 'buf' is indexed after it may have been freed on a path to here; release it only after its last use
  // CHECK: hs-mem-use-after-free.c:[[@LINE-3]]:5: note: 'buf' is freed here
}

void library_reads(char *dst, char *src) {
  free(src);
  memcpy(dst, src, strlen(src));
  // The first use on a path is reported; the ones after it follow from it.
  // CHECK: hs-mem-use-after-free.c:[[@LINE-2]]:{{15|27}}: error: 'src' is passed to '{{memcpy|strlen}}' after it was freed
  // CHECK: hs-mem-use-after-free.c:[[@LINE-4]]:3: note: 'src' is freed here
}

#define FIRST(p) ((p)[0])
int in_macro(char *p) {
  free(p);
  return FIRST(p);
  // CHECK: hs-mem-use-after-free.c:[[@LINE-1]]:10: error: 'p' is indexed after it was freed
  // CHECK: hs-mem-use-after-free.c:[[@LINE-5]]:19: note: expanded from macro 'FIRST'
  // CHECK: hs-mem-use-after-free.c:[[@LINE-4]]:3: note: 'p' is freed here
}

// Negatives: the safe twins.
void used_before(struct message *msg) {
  log_event("sent %u", msg->sequence);
  free(msg);
}

int compared(char *p, char *q) {
  free(p);
  return p == q;
}

void reassigned(char *p, size_t n) {
  free(p);
  p = malloc(n);
  p[0] = 0;
}

void set_to_null(char *p) {
  free(p);
  p = NULL;
  if (p)
    p[0] = 0;
}

void other_branch(char *p, int x) {
  if (x)
    free(p);
  else
    p[0] = 0;
}

void address_taken(char *p) {
  free(p);
  reset(&p);
  p[0] = 0;
}

void loop_reallocating(size_t n) {
  char *p = NULL;
  while (more()) {
    p = malloc(n);
    p[0] = 1;
    free(p);
  }
}

// A limitation, for precision: when some path from the release assigns the
// pointer again, the path that does not is taken to be impossible, so this
// use (after free when 'fresh' is 0) is not reported.
void reassigned_on_one_path(char *p, size_t n, int fresh) {
  free(p);
  if (fresh)
    p = malloc(n);
  p[0] = 0;
}

// Passed to a function the rule does not know reads through it.
void unknown_function(char *p) {
  free(p);
  consume(p);
}

// The project's own deallocator and access function.
void custom(char *p) {
  my_release(p);
  consume(p);
  // CUSTOM: hs-mem-use-after-free.c:[[@LINE-1]]:11: warning: 'p' is passed to 'consume' after it was freed; release it only after its last use [test-mem-use-released]
  // CUSTOM: hs-mem-use-after-free.c:[[@LINE-3]]:3: note: 'p' is freed here
}
