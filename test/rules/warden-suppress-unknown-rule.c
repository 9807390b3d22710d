// A suppression naming a rule that does not exist is reported (with the
// closest id); the other rules of the same suppression still apply.
// RUN: warden check --no-config --only='hs-api-gets,hs-api-strtok,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=warning %s --
char *gets(char *s);
char *strtok(char *s, const char *d);

void misspelt(char *b) {
  gets(b); // warden-ignore hs-api-get: console only, limited by the UART driver
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: unknown rule 'hs-api-get' in a suppression; did you mean 'hs-api-gets'? [warden-suppress-unknown-rule]
}

void glob_matching_nothing(char *b) {
  gets(b); // warden-ignore hs-pai-*: console only, limited by the UART driver
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: warning: rule glob 'hs-pai-*' in a suppression matches no rule [warden-suppress-unknown-rule]
}

void one_of_two(char *b, char *s) {
  strtok(gets(b), ","); // warden-ignore hs-api-gets, hs-api-strtoc: console only, single threaded
  // CHECK: [[@LINE-1]]:3: warning: 'strtok' keeps hidden static state
  // CHECK: [[@LINE-2]]:25: warning: unknown rule 'hs-api-strtoc' in a suppression; did you mean 'hs-api-strtok'? [warden-suppress-unknown-rule]
}

// Negative: a known rule that is simply not enabled in this run is no
// problem (the suppression is kept for the runs that enable it).
void known(char *b) {
  gets(b); // warden-ignore hs-api-gets, hs-api-setjmp-longjmp: console only, limited by the UART driver
}

#define READ(b) gets(b)
void in_macro(char *b) {
  READ(b); // warden-ignore hs-api-getz: console only, limited by the UART driver
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-4]]:17: note: expanded from macro 'READ'
  // CHECK: [[@LINE-3]]:12: warning: unknown rule 'hs-api-getz' in a suppression; did you mean 'hs-api-gets'?
}
