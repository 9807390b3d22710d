// RUN: warden check --no-config --only=hs-init-uninitialized-local --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-init-uninitialized-local %s --
//
// The fix-it, as a SARIF fix: initialize the variable to zero.
// RUN: warden check --no-config --only=hs-init-uninitialized-local --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through [rules.options] (test/rules/Inputs): 'may be
// uninitialized' uses and pointers declared without an initializer.
// RUN: warden check --config %S/Inputs/uninitialized-local-options.toml --only=hs-init-uninitialized-local --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,OPTIONS --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
#define NULL ((void *)0)
int use(int);
void init(int *p);
void peek(const int *p);
int more(void);
void set_pump_rate(int rate);

int always(void) {
  int x;
  return x;
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:10: error: variable 'x' is uninitialized when used here; initialize it before this use [hs-init-uninitialized-local]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return x;
  // CHECK-NEXT: {{^}}      |          ^
  // CHECK-NEXT: hs-init-uninitialized-local.c:[[@LINE-5]]:7: note: variable 'x' is declared here
  // SARIF: "text": "variable 'x' is uninitialized when used here
  // SARIF: "text": "initialize 'x' where it is declared"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-9]],
  // SARIF-NEXT: "startColumn": 8,
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": " = 0"
}

int one_branch(int c) {
  int x;
  if (c)
    x = 1;
  return x;
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:10: error: variable 'x' is used uninitialized whenever 'if' condition is false; initialize it where it is declared or on every path to this use
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-4]]:7: note: uninitialized whenever 'if' condition is false
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-6]]:7: note: variable 'x' is declared here
}

void switch_default(int mode, int basal, int bolus) {
  int rate;
  switch (mode) {
  case 1:
    rate = basal;
    break;
  case 2:
    rate = bolus;
    break;
  default:
    break;
  }
  set_pump_rate(rate);
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:17: error: variable 'rate' is used uninitialized whenever switch default is taken
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-5]]:3: note: uninitialized whenever switch default is taken
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-14]]:7: note: variable 'rate' is declared here
}

// A switch with no default: clang cannot tell whether another value comes,
// so this is a 'maybe', reported only with reportMaybe.
void switch_without_default(int mode, int basal, int bolus) {
  int rate;
  switch (mode) {
  case 1:
    rate = basal;
    break;
  case 2:
    rate = bolus;
    break;
  }
  set_pump_rate(rate);
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-1]]:17: error: variable 'rate' may be uninitialized when used here
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-11]]:7: note: variable 'rate' is declared here
}

int logical(int c) {
  int x;
  c && (x = 1);
  return x;
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:10: error: variable 'x' is used uninitialized whenever '&&' condition is false
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-3]]:3: note: uninitialized whenever '&&' condition is false
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-5]]:7: note: variable 'x' is declared here
}

int self_reference(void) {
  int x = x + 1;
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:11: error: variable 'x' is uninitialized when used within its own initialization; initialize it from another value
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-2]]:7: note: variable 'x' is declared here
  return x;
}

// A pointer to const does not initialize: the callee only reads.
int const_pointer(void) {
  int x;
  peek(&x);
  return x;
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:10: error: variable 'x' is uninitialized when used here
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-4]]:7: note: variable 'x' is declared here
}

#define READ(v) use(v)
int in_macro(void) {
  int level;
  return READ(level);
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-1]]:15: error: variable 'level' is uninitialized when used here
  // CHECK: hs-init-uninitialized-local.c:[[@LINE-3]]:7: note: variable 'level' is declared here
}

// Only with reportMaybe: clang cannot name one branch.
int maybe(int c) {
  int x;
  while (more())
    x = c;
  return x;
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-1]]:10: error: variable 'x' may be uninitialized when used here; initialize it where it is declared or on every path to this use
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-5]]:7: note: variable 'x' is declared here
}

// Only with requirePointerInit.
int pointer_declaration(int *values) {
  int *cursor;
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-1]]:8: error: pointer 'cursor' is declared without an initializer; initialize it to NULL or to the object it will point to
  cursor = values;
  return *cursor;
}

// Negatives: the safe twins.
int all_branches(int c) {
  int x;
  if (c)
    x = 1;
  else
    x = 2;
  return x;
}

int out_parameter(void) {
  int x;
  init(&x);
  return x;
}

struct reading {
  int value;
  int unit;
};
void fill(void *p, int c, unsigned long n);
int aggregate(void) {
  struct reading r;
  fill(&r, 0, sizeof r);
  int samples[4];
  fill(samples, 0, sizeof samples);
  return r.value + samples[0];
}

// 'int x = x;' deliberately leaves x uninitialized: later uses are at most
// 'maybe' (as in clang), reported with reportMaybe only.
int idiom(int c) {
  int x = x;
  if (c)
    x = 1;
  return c ? x : 0;
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-1]]:14: error: variable 'x' may be uninitialized when used here
  // OPTIONS: hs-init-uninitialized-local.c:[[@LINE-5]]:7: note: variable 'x' is declared here
}

int *initialized_pointer(int *values) {
  int *cursor = NULL;
  if (values)
    cursor = values;
  return cursor;
}
