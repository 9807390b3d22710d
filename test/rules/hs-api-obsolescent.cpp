// RUN: warden check --no-config --only=hs-api-obsolescent --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-obsolescent %s -- -std=c++17
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-obsolescent --fail-on=warning %s -- -std=c++17
typedef __SIZE_TYPE__ size_t;
typedef long time_t;
typedef int pid_t;
typedef unsigned uid_t;
struct FILE;
struct tm;
extern "C" {
char *asctime(const tm *tm);
char *ctime(const time_t *t);
void bcopy(const void *s, void *d, size_t n);
void bzero(void *s, size_t n);
int bcmp(const void *a, const void *b, size_t n);
int getpw(uid_t uid, char *buf);
pid_t vfork(void);
void setbuf(FILE *f, char *buf);
void rewind(FILE *f);
size_t strftime(char *s, size_t n, const char *f, const tm *tm);
void *memset(void *s, int c, size_t n);
int fseek(FILE *f, long off, int whence);
}
namespace std {
using ::size_t;
using ::time_t;
using ::FILE;
using ::tm;
using ::asctime;
using ::ctime;
using ::setbuf;
using ::rewind;
using ::strftime;
using ::memset;
using ::fseek;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
void rewind(std::FILE *) {}
const char *ctime(const std::time_t *) { return "now"; }
void bzero(void *, size_t) {}
} // namespace app
struct Tape {
  void rewind();
  int vfork();
};
void log_text(const char *s);

void qualified(const std::tm *tm, const std::time_t *now, std::FILE *f,
               char *a, char *b) {
  log_text(std::asctime(tm));
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:17: warning: 'asctime' is obsolescent: it cannot report errors or bound its output; use 'strftime' [hs-api-obsolescent]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   log_text(std::asctime(tm));
  // CHECK-NEXT: {{^}}      |                 ^~~~~~~
  log_text(std::ctime(now));
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:17: warning: 'ctime' is obsolescent: it cannot report errors or bound its output; use 'strftime' with 'localtime_r' [hs-api-obsolescent]
  std::setbuf(f, nullptr);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:8: warning: 'setbuf' is obsolescent: it cannot report errors or bound its output; use 'setvbuf' and check its result [hs-api-obsolescent]
  std::rewind(f);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:8: warning: 'rewind' is obsolescent: it cannot report errors or bound its output; use 'fseek' and check its result [hs-api-obsolescent]
  ::bcopy(a, b, 4);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:5: warning: 'bcopy' is obsolescent: it cannot report errors or bound its output; use 'memmove' [hs-api-obsolescent]
  ::bzero(a, 4);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:5: warning: 'bzero' is obsolescent: it cannot report errors or bound its output; use 'memset' (or 'explicit_bzero' for secrets) [hs-api-obsolescent]
  if (::bcmp(a, b, 4) == 0)
    // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:9: warning: 'bcmp' is obsolescent: it cannot report errors or bound its output; use 'memcmp' [hs-api-obsolescent]
    return;
  char entry[256];
  ::getpw(0, entry);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:5: warning: 'getpw' is obsolescent: it cannot report errors or bound its output; use 'getpwuid_r' [hs-api-obsolescent]
  if (::vfork() == 0)
    // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:9: warning: 'vfork' is obsolescent: it cannot report errors or bound its output; use 'posix_spawn' or 'fork' [hs-api-obsolescent]
    return;
}

template <typename T> void clearAll(T &object) {
  bzero(&object, sizeof object);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:3: warning: 'bzero' is obsolescent
}

template <typename Stream> void restart(Stream *s) {
  std::rewind(s);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:8: warning: 'rewind' is obsolescent
}

void with_using_directive(const time_t *now, std::FILE *f) {
  using namespace std;
  log_text(ctime(now));
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:12: warning: 'ctime' is obsolescent
  setbuf(f, nullptr);
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:3: warning: 'setbuf' is obsolescent
}

#define TIMESTAMP(t) std::ctime(t)
void in_macro(const time_t *now) {
  log_text(TIMESTAMP(now));
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-1]]:12: warning: 'ctime' is obsolescent
  // CHECK: hs-api-obsolescent.cpp:[[@LINE-4]]:27: note: expanded from macro 'TIMESTAMP'
}

struct Settings {
  int rate;
};
void run(std::FILE *f, const std::time_t *now, Tape &tape, char *a) {
  Settings s;
  int n;
  clearAll(s);
  clearAll(n);
  restart(f);
  // Negatives: user functions and methods with the same names, and the
  // replacements.
  app::rewind(f);
  log_text(app::ctime(now));
  app::bzero(a, 4);
  tape.rewind();
  if (tape.vfork())
    return;
  std::memset(a, 0, 4);
  if (std::fseek(f, 0L, 0) != 0)
    return;
}
