// RUN: warden check --no-config --only=hs-mem-free-nonheap --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-free-nonheap %s --
//
// Options, through a configuration (test/rules/Inputs): a rule of the same
// checker with the project's own deallocator.
// RUN: warden check --config %S/Inputs/free-nonheap-options.toml --only=test-mem-release-nonheap --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
void *malloc(size_t n);
void *realloc(void *p, size_t n);
void free(void *p);
void my_release(void *p);
void fill(char *p);

struct header {
  int kind;
  char name[16];
};

static char table[32];

void local_array(void) {
  char reply[64];
  fill(reply);
  free(reply);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on local array 'reply', not on heap memory; pass it only pointers that an allocation function returned [hs-mem-free-nonheap]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   free(reply);
  // CHECK-NEXT: {{^}}      |        ^~~~~
  // CHECK-NEXT: hs-mem-free-nonheap.c:[[@LINE-6]]:8: note: 'reply' is declared here
}

void address_of_local(void) {
  int count = 0;
  free(&count);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on the address of local variable 'count', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-3]]:7: note: 'count' is declared here
}

void address_of_parameter(char *p) {
  free(&p);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on the address of parameter 'p', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-3]]:33: note: 'p' is declared here
}

void literal(void) {
  free("none");
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on a string literal, not on heap memory
}

void global_and_static(void) {
  static struct header last;
  free(table);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on global array 'table', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-34]]:13: note: 'table' is declared here
  free(&last.kind);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on an address inside static variable 'last', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-6]]:24: note: 'last' is declared here
  free(last.name);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on array member 'name', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-43]]:8: note: 'name' is declared here
}

void offset(void) {
  char buf[8];
  free(buf + 1);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:8: error: 'free' is called on a pointer into local array 'buf', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-3]]:8: note: 'buf' is declared here
}

char *through_local_pointer(size_t n) {
  char buf[8];
  char *p = buf;
  fill(p);
  char *bigger = realloc(p, n);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:26: error: 'realloc' is called on 'p', which points to local array 'buf', not on heap memory
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-4]]:9: note: 'p' is initialized here
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-6]]:8: note: 'buf' is declared here
  return bigger;
}

#define RELEASE(x) free(x)
void in_macro(void) {
  char name[8];
  RELEASE(name);
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-1]]:11: error: 'free' is called on local array 'name'
  // CHECK: hs-mem-free-nonheap.c:[[@LINE-3]]:8: note: 'name' is declared here
}

// Negatives: heap blocks, a pointer that may be either, an array parameter,
// the heap member of a stack object.
struct owner {
  char *data;
};
void negatives(char param[8], struct owner o, size_t n) {
  char local[8];
  char *p = malloc(n);
  free(p);
  char *q = local;
  if (n > sizeof local)
    q = malloc(n);
  if (q != local)
    free(q);
  free(param);
  free(o.data);
  struct header *h = malloc(sizeof *h);
  free(&*h);
}

// The project's own deallocator.
void custom(void) {
  char buf[8];
  my_release(buf);
  // CUSTOM: hs-mem-free-nonheap.c:[[@LINE-1]]:14: warning: 'my_release' is called on local array 'buf', not on heap memory; pass it only pointers that an allocation function returned [test-mem-release-nonheap]
  // CUSTOM: hs-mem-free-nonheap.c:[[@LINE-3]]:8: note: 'buf' is declared here
}
