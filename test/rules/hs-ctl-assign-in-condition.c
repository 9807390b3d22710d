// RUN: warden check --no-config --only=hs-ctl-assign-in-condition --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-ctl-assign-in-condition %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-assign-in-condition --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a rule with
// allowParenthesized = false and includeCompound = true.
// RUN: warden check --config %S/Inputs/assign-in-condition-options.toml --only=test-ctl-strict-assign --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
#define NULL ((void *)0)
#define EOF (-1)
void *malloc(size_t n);
int getchar(void);
int next(int *state);
void use(int v);

struct pump {
  int state;
};
enum { PUMP_STOPPED = 2 };

void positive(struct pump *p, int a, int b) {
  if (p->state = PUMP_STOPPED)
    use(1);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-2]]:16: warning: assignment used as the condition of 'if'; use '==' to compare, or test the assigned value explicitly, as in '(x = f()) != 0' [hs-ctl-assign-in-condition]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   if (p->state = PUMP_STOPPED)
  // CHECK-NEXT: {{^}}      |                ^
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-5]]:16: warning: assignment used as the condition of 'if'
  while (a = b)
    use(a);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-2]]:12: warning: assignment used as the condition of 'while'; use '==' to compare
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-3]]:12: warning: assignment used as the condition of 'while'
  do
    use(a);
  while (a = next(&b));
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-1]]:12: warning: assignment used as the condition of 'do-while'; use '==' to compare
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-2]]:12: warning: assignment used as the condition of 'do-while'
  for (int i = 0; i = b; ++i)
    use(i);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-2]]:21: warning: assignment used as the condition of 'for'; use '==' to compare
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-3]]:21: warning: assignment used as the condition of 'for'
  // The parentheses an assignment before '?' needs say nothing.
  use((a = b) ? 1 : 2);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-1]]:10: warning: assignment used as the condition of '?:'; use '==' to compare
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-2]]:10: warning: assignment used as the condition of '?:'
  // The right operand of a comma is the value tested.
  while (use(a), a = next(&b))
    ;
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-2]]:20: warning: assignment used as the condition of 'while'
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-3]]:20: warning: assignment used as the condition of 'while'
  // 'a = b && c' assigns the result of '&&'.
  if (a = b && p->state)
    use(a);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-2]]:9: warning: assignment used as the condition of 'if'
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-3]]:9: warning: assignment used as the condition of 'if'
}

#define CHECK_STATE(p, s) if ((p)->state = (s)) use(s)
void in_macro(struct pump *p) {
  CHECK_STATE(p, PUMP_STOPPED);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-1]]:3: warning: assignment used as the condition of 'if'
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   CHECK_STATE(p, PUMP_STOPPED);
  // CHECK: hs-ctl-assign-in-condition.c:[[@LINE-5]]:42: note: expanded from macro 'CHECK_STATE'
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-4]]:3: warning: assignment used as the condition of 'if'
  // STRICT: note: expanded from macro 'CHECK_STATE'
}

// Compound assignments cannot be a mistyped '=='; flagged only with
// includeCompound.
void compound(int n, int k) {
  if (n -= k)
    use(n);
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-2]]:9: warning: '-=' used as the condition of 'if'; test the assigned value explicitly, as in '(x -= n) != 0' [test-ctl-strict-assign]
  while (n >>= 1)
    use(n);
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-2]]:12: warning: '>>=' used as the condition of 'while'
}

// Extra parentheses mark the assignment as intended (as for
// -Wparentheses); flagged only without allowParenthesized.
void parenthesized(int a, int b) {
  if ((a = b))
    use(a);
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-2]]:10: warning: assignment used as the condition of 'if'
  use(((a = b)) ? 1 : 2);
  // STRICT: hs-ctl-assign-in-condition.c:[[@LINE-1]]:11: warning: assignment used as the condition of '?:'
}

// Negatives: the safe twins.
void negative(int a, int b, struct pump *p) {
  void *buf;
  int c;
  if ((buf = malloc(16)) != NULL)
    use(1);
  while ((c = getchar()) != EOF)
    use(c);
  if (a == b)
    use(a);
  for (a = 0; a < b; a = a + 1)
    use(a);
  // The assignment is an operand of '&&', not the condition.
  if (p && (a = p->state) > 0)
    use(a);
  a = b ? 1 : 2;
  use(a);
}
