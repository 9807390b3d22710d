// RUN: warden check --no-config --only=hs-err-unchecked-privilege-drop --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-err-unchecked-privilege-drop %s --
//
// Option: the shipped rule with allowVoidCast = true (test/rules/Inputs).
// RUN: warden check --config %S/Inputs/unchecked-result-options.toml --only=hs-err-unchecked-privilege-drop --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VOIDOK --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned long size_t;
int setuid(uid_t uid);
int setgid(gid_t gid);
int seteuid(uid_t uid);
int setresuid(uid_t r, uid_t e, uid_t s);
int setgroups(size_t n, const gid_t *groups);
int initgroups(const char *user, gid_t group);
void exit(int status) __attribute__((noreturn));

void positive(uid_t uid, gid_t gid) {
  setgroups(0, 0);
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-1]]:3: error: result of 'setgroups' is ignored; a failed call leaves the process privileged, so check it and stop on failure [hs-err-unchecked-privilege-drop]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   setgroups(0, 0);
  // CHECK-NEXT: {{^}}      |   ^~~~~~~~~
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-4]]:3: error: result of 'setgroups' is ignored
  setgid(gid);
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-1]]:3: error: result of 'setgid' is ignored
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-2]]:3: error: result of 'setgid' is ignored
  // A cast to void does not handle the failure (POS37-C).
  (void)setuid(uid);
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-1]]:9: error: result of 'setuid' is discarded with a cast to 'void'; a failed call leaves the process privileged, so check it and stop on failure [hs-err-unchecked-privilege-drop]
  // A result stored and never read.
  int rc = seteuid(uid);
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-1]]:12: error: result of 'seteuid' is stored in 'rc' but never read
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-2]]:7: note: 'rc' is declared here
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-3]]:12: error: result of 'seteuid' is stored in 'rc' but never read
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-4]]:7: note: 'rc' is declared here
  // Read only by a cast to void, which does not count when casts are not
  // accepted.
  int rc2 = setresuid(uid, uid, uid);
  (void)rc2;
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-2]]:13: error: result of 'setresuid' is stored in 'rc2' but never read
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-3]]:7: note: 'rc2' is declared here
}

#define DROP_TO(uid) setuid(uid)
void in_macro(uid_t uid) {
  DROP_TO(uid);
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-1]]:3: error: result of 'setuid' is ignored
  // CHECK: hs-err-unchecked-privilege-drop.c:[[@LINE-4]]:22: note: expanded from macro 'DROP_TO'
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-3]]:3: error: result of 'setuid' is ignored
  // VOIDOK: hs-err-unchecked-privilege-drop.c:[[@LINE-6]]:22: note: expanded from macro 'DROP_TO'
}

// Negatives: every result is checked, the failure stops the process.
void negative(const char *user, uid_t uid, gid_t gid) {
  if (setgroups(0, 0) != 0 || initgroups(user, gid) != 0)
    exit(1);
  if (setgid(gid) != 0)
    exit(1);
  int rc = setuid(uid);
  if (rc != 0)
    exit(1);
}
