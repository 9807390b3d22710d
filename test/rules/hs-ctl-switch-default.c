// RUN: warden check --no-config --only=hs-ctl-switch-default --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-ctl-switch-default %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-switch-default --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a rule with
// requireDefaultForEnums = true and maxListedEnumerators = 2.
// RUN: warden check --config %S/Inputs/switch-default-options.toml --only=test-ctl-strict-switch --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'
void use(int v);
void start(void);
void stop(void);

enum mode { MODE_IDLE, MODE_PRIME, MODE_INFUSE, MODE_BOLUS, MODE_KVO, MODE_ALARM, MODE_SERVICE, MODE_OFF };
typedef enum { UNIT_ML, UNIT_MG, UNIT_UNITS } unit_t;

void positive(int message_type, enum mode m, unit_t u, _Bool on) {
  switch (message_type) {
  case 1: start(); break;
  case 2: stop(); break;
  }
  // CHECK: hs-ctl-switch-default.c:[[@LINE-4]]:3: warning: switch has no 'default' label; add one that handles unexpected values [hs-ctl-switch-default]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-5]] |   switch (message_type) {
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  // STRICT: hs-ctl-switch-default.c:[[@LINE-7]]:3: warning: switch has no 'default' label; add one that handles unexpected values [test-ctl-strict-switch]

  // An enum switch that misses enumerators names them, five at most.
  switch (m) {
  case MODE_IDLE: break;
  }
  // CHECK: hs-ctl-switch-default.c:[[@LINE-3]]:3: warning: switch over enum 'mode' does not handle enumerators 'MODE_PRIME', 'MODE_INFUSE', 'MODE_BOLUS', 'MODE_KVO', 'MODE_ALARM' and 2 more and has no 'default' label; add the missing cases or a 'default' label [hs-ctl-switch-default]
  // STRICT: hs-ctl-switch-default.c:[[@LINE-4]]:3: warning: switch over enum 'mode' does not handle enumerators 'MODE_PRIME', 'MODE_INFUSE' and 5 more and has no 'default' label
  switch (u) {
  case UNIT_ML: break;
  }
  // CHECK: hs-ctl-switch-default.c:[[@LINE-3]]:3: warning: switch over enum 'unit_t' does not handle enumerators 'UNIT_MG' and 'UNIT_UNITS' and has no 'default' label; add the missing cases or a 'default' label
  // STRICT: hs-ctl-switch-default.c:[[@LINE-4]]:3: warning: switch over enum 'unit_t' does not handle enumerators 'UNIT_MG' and 'UNIT_UNITS' and has no
  switch (u) {
  case UNIT_ML:
  case UNIT_MG: break;
  }
  // CHECK: hs-ctl-switch-default.c:[[@LINE-4]]:3: warning: switch over enum 'unit_t' does not handle enumerator 'UNIT_UNITS' and has no 'default' label
  // STRICT: hs-ctl-switch-default.c:[[@LINE-5]]:3: warning: switch over enum 'unit_t' does not handle enumerator 'UNIT_UNITS'

  // A bool or a single case is still a switch (MISRA C 16.4).
  switch (on) {
  case 1: start(); break;
  case 0: stop(); break;
  }
  // CHECK: hs-ctl-switch-default.c:[[@LINE-4]]:3: warning: switch has no 'default' label
  // STRICT: hs-ctl-switch-default.c:[[@LINE-5]]:3: warning: switch has no 'default' label
  switch (message_type)
  case 7: use(7);
  // CHECK: hs-ctl-switch-default.c:[[@LINE-2]]:3: warning: switch has no 'default' label
  // STRICT: hs-ctl-switch-default.c:[[@LINE-3]]:3: warning: switch has no 'default' label
}

#define DISPATCH(v) switch (v) { case 0: start(); break; case 1: stop(); break; }
void in_macro(int v) {
  DISPATCH(v);
  // CHECK: hs-ctl-switch-default.c:[[@LINE-1]]:3: warning: switch has no 'default' label
  // CHECK: hs-ctl-switch-default.c:[[@LINE-4]]:21: note: expanded from macro 'DISPATCH'
  // STRICT: hs-ctl-switch-default.c:[[@LINE-3]]:3: warning: switch has no 'default' label
  // STRICT: note: expanded from macro 'DISPATCH'
}

// A complete enum switch needs no default, unless requireDefaultForEnums;
// GNU case ranges count.
void complete(unit_t u, enum mode m) {
  switch (u) {
  case UNIT_ML: use(1); break;
  case UNIT_MG: use(2); break;
  case UNIT_UNITS: use(3); break;
  }
  // STRICT: hs-ctl-switch-default.c:[[@LINE-5]]:3: warning: switch over enum 'unit_t' has no 'default' label; add one that handles values outside the enumerators [test-ctl-strict-switch]
  switch (m) {
  case MODE_IDLE ... MODE_OFF: use(0); break;
  }
  // STRICT: hs-ctl-switch-default.c:[[@LINE-3]]:3: warning: switch over enum 'mode' has no 'default' label
}

// Negatives: a default label anywhere in the switch.
void negative(int v, enum mode m) {
  switch (v) {
  case 1: start(); break;
  default: stop(); break;
  }
  switch (m) {
  default:
  case MODE_IDLE: use(0); break;
  }
  switch (v) {
  case 1:
    if (m == MODE_OFF) {
  default:
      use(v);
    }
  }
}
