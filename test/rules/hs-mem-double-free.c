// RUN: warden check --no-config --only=hs-mem-double-free --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-mem-double-free %s --
//
// Options, through a configuration (test/rules/Inputs): a rule of the same
// checker with the project's own deallocator.
// RUN: warden check --config %S/Inputs/freed-pointer-options.toml --only=test-mem-double-release --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// An unknown 'report' is a configuration error.
// RUN: not warden check --config %S/Inputs/freed-pointer-invalid.toml --only=test-mem-bad-report %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INVALID
// INVALID: invalid value for option 'report' of checker 'freed-pointer' in rule 'test-mem-bad-report': 'leak' is not one of double-free, use-after-free
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
#define NULL ((void *)0)
void *malloc(size_t n);
void free(void *p);
void cfree(void *p);
void reset(char **p);
int more(void);
void my_release(void *p);

void straight(size_t n) {
  char *p = malloc(n);
  free(p);
  free(p);
  // CHECK: hs-mem-double-free.c:[[@LINE-1]]:3: error: 'p' is freed twice: every path to this 'free' has already released it; release it once, or set 'p' to NULL after releasing it [hs-mem-double-free]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   free(p);
  // CHECK-NEXT: {{^}}      |   ^~~~~~~
  // CHECK-NEXT: hs-mem-double-free.c:[[@LINE-5]]:3: note: 'p' is freed here
}

void one_branch(char *p, int failed) {
  if (failed)
    free(p);
  cfree(p);
  // CHECK: hs-mem-double-free.c:[[@LINE-1]]:3: error: 'p' may be freed twice: a path to this 'cfree' has already released it; release it once, or set 'p' to NULL after releasing it [hs-mem-double-free]
  // CHECK: hs-mem-double-free.c:[[@LINE-3]]:5: note: 'p' is freed here
}

// An error path that frees, then jumps to a cleanup label that frees again.
int cleanup_twice(size_t n) {
  char *frame = malloc(n);
  if (more()) {
    free(frame);
    goto out;
  }
  return 0;
out:
  free(frame);
  // CHECK: hs-mem-double-free.c:[[@LINE-1]]:3: error: 'frame' is freed twice: every path to this 'free' has already released it
  // CHECK: hs-mem-double-free.c:[[@LINE-7]]:5: note: 'frame' is freed here
  return -1;
}

// A loop that frees without allocating again frees twice on its second
// iteration.
void loop_without_reallocation(char *p) {
  while (more())
    free(p);
  // CHECK: hs-mem-double-free.c:[[@LINE-1]]:5: error: 'p' may be freed twice: a path to this 'free' has already released it
  // CHECK: hs-mem-double-free.c:[[@LINE-2]]:5: note: 'p' is freed here
}

#define RELEASE(x) free(x)
void in_macro(char *p) {
  RELEASE(p);
  RELEASE(p);
  // CHECK: hs-mem-double-free.c:[[@LINE-1]]:3: error: 'p' is freed twice
  // CHECK: hs-mem-double-free.c:[[@LINE-5]]:20: note: expanded from macro 'RELEASE'
  // CHECK: hs-mem-double-free.c:[[@LINE-4]]:3: note: 'p' is freed here
}

// Negatives: the safe twins.
void reassigned(size_t n) {
  char *p = malloc(n);
  free(p);
  p = malloc(n);
  free(p);
}

void set_to_null(char *p) {
  free(p);
  p = NULL;
  free(p);
}

void different_branches(char *p, int x) {
  if (x)
    free(p);
  else
    free(p);
}

void free_then_return(char *p, int x) {
  if (x) {
    free(p);
    return;
  }
  free(p);
}

void other_block(char *p, char *q) {
  free(p);
  p = q;
  free(p);
}

// reset() may store a new block in p.
void address_taken(char *p) {
  free(p);
  reset(&p);
  free(p);
}

void loop_reallocating(size_t n) {
  char *p;
  for (int i = 0; i < 4; ++i) {
    p = malloc(n);
    free(p);
  }
}

int single_cleanup(size_t n) {
  char *p = malloc(n);
  char *q = malloc(n);
  int rc = -1;
  if (!p || !q)
    goto cleanup;
  rc = 0;
cleanup:
  free(q);
  free(p);
  return rc;
}

// A list walk: each node is freed once.
struct node {
  struct node *next;
};
void free_list(struct node *head) {
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
}

// A pointer declared in the loop body is a new variable on each iteration.
void declared_in_loop(size_t n) {
  while (more()) {
    char *p = malloc(n);
    free(p);
  }
}

// The release and the second one sit under branches that test the same
// variable: the path through both is most likely impossible.
void correlated(char *p, int rc) {
  if (rc != 0)
    free(p);
  more();
  if (rc == 0)
    free(p);
}

// Not the project's deallocator: only the custom rule reports it.
void custom(char *p) {
  my_release(p);
  my_release(p);
  // CUSTOM: hs-mem-double-free.c:[[@LINE-1]]:3: warning: 'p' is freed twice: every path to this 'my_release' has already released it; release it once, or set 'p' to NULL after releasing it [test-mem-double-release]
  // CUSTOM: hs-mem-double-free.c:[[@LINE-3]]:3: note: 'p' is freed here
}
