// A suppression that matches no finding is reported, but only for files
// this run analysed completely: a partial run never calls a suppression in
// a header unused, and a suppression of a rule that is not enabled is not
// judged.
// RUN: rm -rf %t && mkdir -p %t && cp %S/Inputs/unused/* %t/ && cd %t
// RUN: %make_cdb build a.c b.c
// RUN: cd %t && warden check --no-config -p build --only='hs-api-gets,hs-api-strtok,warden-suppress-*' --fail-on=never --quiet 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FULL --implicit-check-not='{{warning|error|note}}:'
// FULL: a.c:4:13: warning: suppression of 'hs-api-gets' matches no finding; remove it [warden-suppress-unused]
// FULL: shared.h:4:3: warning: 'strtok' keeps hidden static state
// FULL: shared.h:4:19: warning: suppression of 'hs-api-gets' matches no finding; remove it [warden-suppress-unused]

// Only a.c: its own unused suppression is reported, the header's is not.
// RUN: cd %t && warden check --no-config -p build a.c --only='hs-api-gets,hs-api-strtok,warden-suppress-*' --fail-on=never --quiet 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PARTIAL --implicit-check-not='{{warning|error|note}}:'
// PARTIAL: a.c:4:13: warning: suppression of 'hs-api-gets' matches no finding; remove it [warden-suppress-unused]
// PARTIAL: shared.h:4:3: warning: 'strtok' keeps hidden static state

// Exit codes: unused suppressions are warnings.
// RUN: cd %t && %expect_exit 1 warden check --no-config -p build --only='hs-api-gets,warden-suppress-*' --fail-on=warning
// RUN: cd %t && %expect_exit 0 warden check --no-config -p build --only='hs-api-gets,warden-suppress-*'

// This file itself: a suppression in a macro definition that no use needs.
// RUN: warden check --no-config --only='hs-api-gets,warden-suppress-*' --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
char *gets(char *s);
#define CLEAR(b) b[0] = 0 // warden-ignore hs-api-gets: never needed
// CHECK: [[@LINE-1]]:27: warning: suppression of 'hs-api-gets' matches no finding; remove it [warden-suppress-unused]
void use(char *b) { CLEAR(b); }
