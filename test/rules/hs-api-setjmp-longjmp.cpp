// RUN: warden check --no-config --only=hs-api-setjmp-longjmp --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-setjmp-longjmp %s -- -std=c++17
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-setjmp-longjmp --fail-on=warning %s -- -std=c++17
struct __jmp_buf_tag {
  long regs[8];
  int mask_was_saved;
};
typedef __jmp_buf_tag jmp_buf[1];
typedef __jmp_buf_tag sigjmp_buf[1];
extern "C" {
int setjmp(jmp_buf env);
int _setjmp(jmp_buf env);
int sigsetjmp(sigjmp_buf env, int savemask);
int __sigsetjmp(sigjmp_buf env, int savemask);
void longjmp(jmp_buf env, int val);
void _longjmp(jmp_buf env, int val);
void siglongjmp(sigjmp_buf env, int val);
}
namespace std {
using ::jmp_buf;
using ::longjmp;
// <csetjmp> only has setjmp as a macro; a library may still declare it here.
using ::setjmp;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
[[noreturn]] void longjmp(int code) { throw code; }
int setjmp(std::jmp_buf) { return 0; }
} // namespace app
struct Coroutine {
  int setjmp();
  [[noreturn]] void longjmp(int value);
};
int parseFrame(const char *buf);

static std::jmp_buf recover;
static sigjmp_buf sigrecover;

void qualified(const char *buf) {
  if (std::setjmp(recover) == 0)
    parseFrame(buf);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-2]]:12: warning: 'setjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   if (std::setjmp(recover) == 0)
  // CHECK-NEXT: {{^}}      |            ^~~~~~
  if (::_setjmp(recover) == 0)
    parseFrame(buf);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-2]]:9: warning: '_setjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (::sigsetjmp(sigrecover, 1) == 0)
    parseFrame(buf);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-2]]:9: warning: 'sigsetjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (::__sigsetjmp(sigrecover, 0) == 0)
    parseFrame(buf);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-2]]:9: warning: '__sigsetjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
}

void fail(int code) {
  if (code == 1)
    std::longjmp(recover, 1);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:10: warning: 'longjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  if (code == 2)
    ::_longjmp(recover, 2);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:7: warning: '_longjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
  ::siglongjmp(sigrecover, 3);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:5: warning: 'siglongjmp' transfers control without running cleanup code; use error codes returned up the call chain [hs-api-setjmp-longjmp]
}

template <typename T> void abortWith(T value) {
  std::longjmp(recover, static_cast<int>(value));
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:8: warning: 'longjmp' transfers
}

template <typename Buffer> int checkpoint(Buffer &env) {
  return setjmp(env);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:10: warning: 'setjmp' transfers
}

void with_using_directive(int code) {
  using namespace std;
  longjmp(recover, code);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:3: warning: 'longjmp' transfers
}

#define RESTORE_CONTEXT(env) std::longjmp(env, 1)
void in_macro() {
  RESTORE_CONTEXT(recover);
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-1]]:3: warning: 'longjmp' transfers
  // CHECK: hs-api-setjmp-longjmp.cpp:[[@LINE-4]]:35: note: expanded from macro 'RESTORE_CONTEXT'
}

struct FrameError {
  int code;
};
int run(const char *buf, Coroutine &co) {
  abortWith(1);
  abortWith(2.0);
  if (checkpoint(recover) != 0)
    return -1;
  // Negatives: user functions and methods with the same names, and errors
  // reported by return values or exceptions.
  if (app::setjmp(recover) != 0)
    app::longjmp(1);
  if (co.setjmp() != 0)
    co.longjmp(1);
  try {
    if (parseFrame(buf) != 0)
      throw FrameError{1};
  } catch (const FrameError &e) {
    return e.code;
  }
  return parseFrame(buf);
}
