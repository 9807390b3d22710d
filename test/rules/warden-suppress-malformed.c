// Directives that cannot be read suppress nothing and are reported.
// RUN: warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only='warden-suppress-*' --fail-on=warning %s --
char *gets(char *s);

void unknown_field(char *b) {
  gets(b); // warden-ignore hs-api-gets: console only, limited by the driver; owner=qa
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: malformed suppression: unknown field 'owner'; expected ticket, expires, approver or risk [warden-suppress-malformed]
}

void bad_date(char *b) {
  gets(b); // warden-ignore hs-api-gets: console only, limited by the driver; expires=next year
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: malformed suppression: 'expires' must be a date written YYYY-MM-DD, not 'next year'
}

void impossible_date(char *b) {
  gets(b); // warden-ignore hs-api-gets: console only, limited by the driver; expires=2027-02-30
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: malformed suppression: 'expires' must be a date written YYYY-MM-DD, not '2027-02-30'
}

void no_rule(char *b) {
  gets(b); // warden-ignore: console only, limited by the UART driver
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: malformed suppression: no rule id; name the rules this suppresses, such as 'warden-ignore hs-api-strtok: why'
}

void not_a_rule(char *b) {
  gets(b); // warden-ignore because the console is local: trusted
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: malformed suppression: 'because the console is local' is not a rule id; write the rules, then ':' and the justification
}

void end_without_begin(void) {
  // warden-ignore-end
  // CHECK: [[@LINE-1]]:3: warning: 'warden-ignore-end' without a 'warden-ignore-begin'
}

void mismatched_end(char *b) {
  // warden-ignore-begin hs-api-gets: console only, limited by the UART driver
  gets(b);
  // warden-ignore-end hs-api-strtok
  // CHECK: [[@LINE-1]]:3: warning: 'warden-ignore-end' names 'hs-api-strtok' but the open block suppresses 'hs-api-gets'
}

// Prose that mentions the marker is not a directive.
// See docs: warden-ignore is how deviations are written.
void prose(void) {}

void unclosed(char *b) {
  // warden-ignore-begin hs-api-gets: console only, limited by the UART driver
  // CHECK: [[@LINE-1]]:3: warning: 'warden-ignore-begin' has no matching 'warden-ignore-end'; the block suppresses nothing
  gets(b);
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
}
