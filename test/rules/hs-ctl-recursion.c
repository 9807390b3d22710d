// RUN: warden check --no-config --only=hs-ctl-recursion --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-ctl-recursion %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-recursion --fail-on=warning %s --
typedef unsigned long size_t;
struct node {
  struct node *left, *right;
};

size_t count_nodes(const struct node *n) {
  // CHECK: hs-ctl-recursion.c:[[@LINE-1]]:8: warning: 'count_nodes' calls itself; the depth of recursion depends on the input and can exhaust the stack: use a loop, or bound the depth explicitly [hs-ctl-recursion]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | size_t count_nodes(const struct node *n) {
  // CHECK-NEXT: {{^}}      |        ^~~~~~~~~~~
  // CHECK: hs-ctl-recursion.c:[[@LINE+3]]:14: note: 'count_nodes' calls itself here
  if (n == 0)
    return 0;
  return 1 + count_nodes(n->left) + count_nodes(n->right);
}

// Indirect: reported once, at the first function of the cycle, with the
// calls around it. The prototype comes first; the definition is reported.
static int parse_expr(const char **p);
static int parse_factor(const char **p) {
  if (**p == '(') {
    ++*p;
    return parse_expr(p);
  }
  return *(*p)++ - '0';
}
static int parse_term(const char **p) {
  int v = parse_factor(p);
  while (**p == '*') {
    ++*p;
    v *= parse_factor(p);
  }
  return v;
}
static int parse_expr(const char **p) {
  int v = parse_term(p);
  while (**p == '+') {
    ++*p;
    v += parse_term(p);
  }
  return v;
}
// CHECK: hs-ctl-recursion.c:[[@LINE-23]]:12: warning: 'parse_factor' is recursive through 'parse_term' and 'parse_expr'; the depth of recursion depends on the input and can exhaust the stack: use a loop, or bound the depth explicitly [hs-ctl-recursion]
// CHECK: hs-ctl-recursion.c:[[@LINE-21]]:12: note: 'parse_factor' calls 'parse_expr' here
// CHECK: hs-ctl-recursion.c:[[@LINE-9]]:11: note: 'parse_expr' calls 'parse_term' here
// CHECK: hs-ctl-recursion.c:[[@LINE-18]]:11: note: 'parse_term' calls 'parse_factor' here

int parse(const char *text) { return parse_expr(&text); }

// Through a macro.
#define VISIT(n, f) ((n) ? f(n) : 0)
int depth(const struct node *n) {
  // CHECK: hs-ctl-recursion.c:[[@LINE-1]]:5: warning: 'depth' calls itself
  // CHECK: hs-ctl-recursion.c:[[@LINE+1]]:25: note: 'depth' calls itself here
  return VISIT(n->left, depth) + 1;
}

// Negatives: a chain without a cycle; a call through a function pointer
// (not followed); a declared-only function.
int leaf(int v) { return v + 1; }
int middle(int v) { return leaf(v) * 2; }
int top(int v) { return middle(v) + leaf(v); }
int apply(int (*f)(int), int v) { return f(v); }
int through_pointer(int v) { return apply(through_pointer, v - 1); }
int external(int v);
int calls_external(int v) { return external(v); }
