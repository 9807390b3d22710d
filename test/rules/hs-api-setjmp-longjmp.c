// RUN: warden check --no-config --only=hs-api-setjmp-longjmp --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// A warning-level rule: the default gate (--fail-on=error) passes, a gate at
// warning fails.
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-setjmp-longjmp %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-setjmp-longjmp --fail-on=warning %s --
// Test hygiene: declare what the test needs instead of including system headers.
struct __jmp_buf_tag {
  long regs[8];
  int mask_was_saved;
};
typedef struct __jmp_buf_tag jmp_buf[1];
typedef struct __jmp_buf_tag sigjmp_buf[1];
int setjmp(jmp_buf env);
int _setjmp(jmp_buf env);
int sigsetjmp(sigjmp_buf env, int savemask);
int __sigsetjmp(sigjmp_buf env, int savemask);
void longjmp(jmp_buf env, int val);
void _longjmp(jmp_buf env, int val);
void siglongjmp(sigjmp_buf env, int val);
int parse_frame(const char *buf);
void log_error(int code);

static jmp_buf recover;
static sigjmp_buf sigrecover;

void positive(const char *buf) {
  if (setjmp(recover) == 0)
    parse_frame(buf);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-2]]:7: warning: 'setjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   if (setjmp(recover) == 0)
  // CHECK-NEXT: {{^}}      |       ^~~~~~
  if (_setjmp(recover) == 0)
    parse_frame(buf);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-2]]:7: warning: '_setjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (sigsetjmp(sigrecover, 1) == 0)
    parse_frame(buf);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-2]]:7: warning: 'sigsetjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (__sigsetjmp(sigrecover, 0) == 0)
    parse_frame(buf);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-2]]:7: warning: '__sigsetjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
}

void fail(int code) {
  if (code == 1)
    longjmp(recover, 1);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:5: warning: 'longjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (code == 2)
    _longjmp(recover, 2);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:5: warning: '_longjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  siglongjmp(sigrecover, 3);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:3: warning: 'siglongjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
}

void address_taken(void) {
  void (*jump)(jmp_buf, int) = longjmp;
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:32: warning: 'longjmp' transfers
  (void)jump;
}

// Macros over the functions, as <setjmp.h> itself defines setjmp over _setjmp.
#define SAVE_CONTEXT(env) _setjmp(env)
#define RESTORE_CONTEXT(env) longjmp(env, 1)
#define SAME(x) x
void in_macro(void) {
  if (SAVE_CONTEXT(recover))
    // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:7: warning: '_setjmp' transfers
    // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-6]]:27: note: expanded from macro 'SAVE_CONTEXT'
    return;
  RESTORE_CONTEXT(recover);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:3: warning: 'longjmp' transfers
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-9]]:30: note: expanded from macro 'RESTORE_CONTEXT'
  // A call written in a macro argument is reported where it is written.
  SAME(siglongjmp(sigrecover, 1));
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:8: warning: 'siglongjmp' transfers
}

// GCC's lightweight setjmp/longjmp builtins are the same construct.
void builtin_forms(void *frame[5]) {
  if (__builtin_setjmp(frame) == 0)
    // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:7: warning: 'setjmp' transfers
    return;
  __builtin_longjmp(frame, 1);
  // CHECK: hs-api-setjmp-longjmp.c:[[@LINE-1]]:3: warning: 'longjmp' transfers
}

// Negatives: errors returned up the call chain with a goto to a cleanup
// label, and a struct member that is not libc's.
struct unwinder {
  void (*longjmp)(jmp_buf, int);
  int (*setjmp)(jmp_buf);
};
void use_member(struct unwinder *u) {
  if (u->setjmp(recover) == 0)
    u->longjmp(recover, 1);
}
int negative(const char *buf) {
  int rc = parse_frame(buf);
  if (rc != 0)
    goto cleanup;
  rc = parse_frame(buf + 1);
cleanup:
  log_error(rc);
  return rc;
}
