// A suppression without a justification, or with one shorter than the
// policy's minimum, suppresses nothing and is reported; the finding stays.
// RUN: warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only='hs-api-gets,warden-suppress-*' %s --

// The minimum length is a policy setting (default 10 characters).
// RUN: rm -rf %t && mkdir -p %t && printf '[suppressions]\nmin-justification = 60\n' > %t/strict.toml
// RUN: warden check --config %t/strict.toml --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'
// RUN: printf '[suppressions]\nmin-justification = 0\n' > %t/lax.toml
// RUN: warden check --config %t/lax.toml --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAX --implicit-check-not='{{warning|error|note}}:'
char *gets(char *s);

void none(char *b) {
  gets(b); // warden-ignore hs-api-gets
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: error: suppression of 'hs-api-gets' has no justification; write why the finding is acceptable after the rule list and ':' [warden-suppress-unjustified]
  // STRICT: [[@LINE-3]]:3: error: 'gets' reads a line
  // STRICT: [[@LINE-4]]:12: error: suppression of 'hs-api-gets' has no justification
  // LAX: [[@LINE-5]]:3: error: 'gets' reads a line
  // LAX: [[@LINE-6]]:12: error: suppression of 'hs-api-gets' has no justification
}

void empty(char *b) {
  gets(b); // warden-ignore hs-api-gets:
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: error: suppression of 'hs-api-gets' has no justification
  // STRICT: [[@LINE-3]]:3: error: 'gets' reads a line
  // STRICT: [[@LINE-4]]:12: error: suppression of 'hs-api-gets' has no justification
  // LAX: [[@LINE-5]]:3: error: 'gets' reads a line
  // LAX: [[@LINE-6]]:12: error: suppression of 'hs-api-gets' has no justification
}

void short_reason(char *b) {
  gets(b); // warden-ignore hs-api-gets: ok
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: error: suppression of 'hs-api-gets' has a justification of 2 characters; the policy requires at least 10 [warden-suppress-unjustified]
  // STRICT: [[@LINE-3]]:3: error: 'gets' reads a line
  // STRICT: [[@LINE-4]]:12: error: suppression of 'hs-api-gets' has a justification of 2 characters; the policy requires at least 60
}

void justified(char *b) {
  gets(b); // warden-ignore hs-api-gets: input limited to 16 bytes by the UART driver
  // STRICT: [[@LINE-1]]:3: error: 'gets' reads a line
  // STRICT: [[@LINE-2]]:12: error: suppression of 'hs-api-gets' has a justification of 44 characters; the policy requires at least 60
}

// A macro: the suppression at the use is judged like any other.
#define READ(b) gets(b)
void in_macro(char *b) {
  READ(b); // warden-ignore hs-api-gets
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-4]]:17: note: expanded from macro 'READ'
  // CHECK: [[@LINE-3]]:12: error: suppression of 'hs-api-gets' has no justification
  // STRICT: [[@LINE-4]]:3: error: 'gets' reads a line
  // STRICT: [[@LINE-7]]:17: note: expanded from macro 'READ'
  // STRICT: [[@LINE-6]]:12: error: suppression of 'hs-api-gets' has no justification
  // LAX: [[@LINE-7]]:3: error: 'gets' reads a line
  // LAX: [[@LINE-10]]:17: note: expanded from macro 'READ'
  // LAX: [[@LINE-9]]:12: error: suppression of 'hs-api-gets' has no justification
}
