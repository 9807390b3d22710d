// RUN: warden check --no-config --only=hs-flp-equality --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-flp-equality %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-flp-equality --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a rule with
// allowZeroComparison = true and allowSelfComparison = false.
// RUN: warden check --config %S/Inputs/float-equality-options.toml --only=test-flp-zero-ok --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ZERO --implicit-check-not='{{warning|error|note}}:'
#define INFINITY (__builtin_inff())
#define HUGE_VAL (__builtin_huge_val())
void stop_infusion(void);

struct dose {
  double delivered_ml, prescribed_ml;
  float rate;
};

void positive(struct dose *d, int count, long double l, _Float16 h) {
  if (d->delivered_ml == d->prescribed_ml)
    stop_infusion();
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:23: warning: floating-point values compared with '=='; rounding makes exact equality unreliable: compare with a tolerance, as in 'fabs(a - b) <= eps * fmax(fabs(a), fabs(b))' [hs-flp-equality]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   if (d->delivered_ml == d->prescribed_ml)
  // CHECK-NEXT: {{^}}      |                       ^~
  // ZERO: hs-flp-equality.c:[[@LINE-5]]:23: warning: floating-point values compared with '=='; rounding makes exact equality unreliable: compare with a tolerance, as in 'fabs(a - b) <= eps * fmax(fabs(a), fabs(b))' [test-flp-zero-ok]
  if (d->rate != 2.5f)
    stop_infusion();
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:15: warning: floating-point values compared with '!='; rounding
  // ZERO: hs-flp-equality.c:[[@LINE-3]]:15: warning: floating-point values compared with '!='
  // An integer compared with a floating value is converted to it.
  if (count == d->rate)
    stop_infusion();
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:13: warning: floating-point values compared with '=='
  // ZERO: hs-flp-equality.c:[[@LINE-3]]:13: warning: floating-point values compared with '=='
  if (l == 1 || h == 1)
    stop_infusion();
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:9: warning: floating-point values compared with '=='
  // CHECK: hs-flp-equality.c:[[@LINE-3]]:19: warning: floating-point values compared with '=='
  // ZERO: hs-flp-equality.c:[[@LINE-4]]:9: warning: floating-point values compared with '=='
  // ZERO: hs-flp-equality.c:[[@LINE-5]]:19: warning: floating-point values compared with '=='
}

// A comparison with zero is flagged too (CERT FLP02-C), unless
// allowZeroComparison.
double ratio(double a, double b) {
  if (b == 0.0)
    return 0;
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:9: warning: floating-point values compared with '=='
  if (-0.0 != a || b == 0)
    return 1;
  // CHECK: hs-flp-equality.c:[[@LINE-2]]:12: warning: floating-point values compared with '!='
  // CHECK: hs-flp-equality.c:[[@LINE-3]]:22: warning: floating-point values compared with '=='
  return a / b;
}

// The NaN test 'x != x' is accepted unless allowSelfComparison is off.
int is_nan(double x, struct dose *d) {
  return x != x || d->rate != d->rate;
  // ZERO: hs-flp-equality.c:[[@LINE-1]]:12: warning: floating-point values compared with '!='
  // ZERO: hs-flp-equality.c:[[@LINE-2]]:28: warning: floating-point values compared with '!='
}

#define SAME(a, b) ((a) == (b))
int in_macro(double a, double b) {
  return SAME(a, b);
  // CHECK: hs-flp-equality.c:[[@LINE-1]]:10: warning: floating-point values compared with '=='
  // CHECK: hs-flp-equality.c:[[@LINE-4]]:25: note: expanded from macro 'SAME'
  // ZERO: hs-flp-equality.c:[[@LINE-3]]:10: warning: floating-point values compared with '=='
  // ZERO: note: expanded from macro 'SAME'
}

// Negatives: integers, infinities (exact), ordering comparisons.
int negative(int a, int b, double x, float y) {
  if (x == INFINITY || y != -INFINITY || x == HUGE_VAL)
    return 1;
  return a == b || x < y || x >= 1.0;
}
