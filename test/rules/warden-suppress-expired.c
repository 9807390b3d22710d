// A suppression past its expiry date suppresses nothing; --as-of judges
// expiry as of another day (a release date).
// RUN: warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet --as-of=2027-06-01 %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet --as-of=2026-01-01 %s -- 2>&1 \
// RUN:   | count 0
// RUN: %expect_exit 1 warden check --no-config --only='hs-api-gets,warden-suppress-*' --as-of=2027-06-01 %s --
// RUN: %expect_exit 0 warden check --no-config --only='hs-api-gets,warden-suppress-*' --as-of=2026-01-01 %s --
// RUN: %expect_exit 2 warden check --no-config --only='hs-api-gets' --as-of=2026-13-01 %s -- 2>&1 | FileCheck %s --check-prefix=BADDATE
// BADDATE: warden: error: invalid --as-of '2026-13-01'; expected a date written YYYY-MM-DD
char *gets(char *s);

void expired(char *b) {
  gets(b); // warden-ignore hs-api-gets: removed in release 2.0; expires=2027-01-31; ticket=PUMP-9
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-2]]:12: error: suppression of 'hs-api-gets' expired on 2027-01-31; review the deviation and renew or remove it [warden-suppress-expired]
}

void on_its_last_day(char *b) {
  gets(b); // warden-ignore hs-api-gets: removed in release 2.0; expires=2027-06-01
}

void current(char *b) {
  gets(b); // warden-ignore hs-api-gets: removed in release 3.0; expires=2028-01-31
}

#define READ(b) gets(b)
void in_macro(char *b) {
  READ(b); // warden-ignore hs-api-gets: removed in release 2.0; expires=2027-01-31
  // CHECK: [[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: [[@LINE-4]]:17: note: expanded from macro 'READ'
  // CHECK: [[@LINE-3]]:12: error: suppression of 'hs-api-gets' expired on 2027-01-31
}
