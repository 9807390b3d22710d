// Suppressions that break the project's policy suppress nothing and are
// reported: a level the policy keeps out of source comments, a missing
// approver, a rule glob where globs are not allowed.
// RUN: warden check --config %S/Inputs/forbidden-policy.toml --only='hs-api-gets,hs-api-strtok,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --config %S/Inputs/forbidden-policy.toml --only='hs-api-gets,hs-api-strtok,warden-suppress-*' %s --
// Without the policy (the defaults) every one of them suppresses.
// RUN: warden check --no-config --only='hs-api-gets,hs-api-strtok,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 | count 0
char *gets(char *s);
char *strtok(char *s, const char *d);

void error_in_source(char *b) {
  gets(b); // warden-ignore hs-api-gets: console only, limited by the UART driver; approver=Q. Lead
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: error: the policy does not allow suppressing error findings in source ([suppressions] inline-levels); record the deviation of 'hs-api-gets' in the register [warden-suppress-forbidden]
}

void warning_without_approver(char *s) {
  strtok(s, ","); // warden-ignore hs-api-strtok: boot code runs single threaded
  // CHECK: [[@LINE-1]]:3: warning: 'strtok' keeps hidden static state
  // CHECK: [[@LINE-2]]:19: error: suppression of 'hs-api-strtok' needs an approver for warning findings ([suppressions] approver-required) [warden-suppress-forbidden]
}

void warning_with_approver(char *s) {
  strtok(s, ","); // warden-ignore hs-api-strtok: boot code runs single threaded; approver=Q. Lead
}

void glob(char *s) {
  strtok(s, ","); // warden-ignore hs-api-*: boot code runs single threaded; approver=Q. Lead
  // CHECK: [[@LINE-1]]:3: warning: 'strtok' keeps hidden static state
  // CHECK: [[@LINE-2]]:19: error: rule glob 'hs-api-*' is not allowed by the policy ([suppressions] allow-globs); name the rules [warden-suppress-forbidden]
}

#define SPLIT(s) strtok(s, ",")
void in_macro(char *s) {
  SPLIT(s); // warden-ignore hs-api-strtok: boot code runs single threaded
  // CHECK: [[@LINE-1]]:3: warning: 'strtok' keeps hidden static state
  // CHECK: [[@LINE-4]]:18: note: expanded from macro 'SPLIT'
  // CHECK: [[@LINE-3]]:13: error: suppression of 'hs-api-strtok' needs an approver
}
