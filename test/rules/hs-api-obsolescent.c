// RUN: warden check --no-config --only=hs-api-obsolescent --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// A warning-level rule: the default gate (--fail-on=error) passes, a gate at
// warning fails.
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-obsolescent %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-obsolescent --fail-on=warning %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
typedef long time_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef struct FILE FILE;
struct tm;
struct passwd;
struct posix_spawn_file_actions;
struct posix_spawnattr;
#define NULL ((void *)0)
#define SEEK_SET 0
#define _IOFBF 0
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);
void bcopy(const void *s, void *d, size_t n);
void bzero(void *s, size_t n);
int bcmp(const void *a, const void *b, size_t n);
int getpw(uid_t uid, char *buf);
pid_t vfork(void);
void setbuf(FILE *f, char *buf);
void rewind(FILE *f);
size_t strftime(char *s, size_t n, const char *f, const struct tm *tm);
struct tm *localtime_r(const time_t *t, struct tm *result);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void explicit_bzero(void *s, size_t n);
int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t n,
               struct passwd **result);
int posix_spawn(pid_t *pid, const char *path,
                const struct posix_spawn_file_actions *actions,
                const struct posix_spawnattr *attr, char *const argv[],
                char *const envp[]);
pid_t fork(void);
int setvbuf(FILE *f, char *buf, int mode, size_t n);
int fseek(FILE *f, long off, int whence);
void log_text(const char *s);

void positive(const struct tm *tm, const time_t *now, FILE *f, char *a,
              char *b) {
  log_text(asctime(tm));
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:12: warning: 'asctime' is obsolescent: it cannot report errors or bound its output; use 'strftime' [hs-api-obsolescent]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   log_text(asctime(tm));
  // CHECK-NEXT: {{^}}      |            ^~~~~~~
  log_text(ctime(now));
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:12: warning: 'ctime' is obsolescent: it cannot report errors or bound its output; use 'strftime' with 'localtime_r' [hs-api-obsolescent]
  bcopy(a, b, 4);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'bcopy' is obsolescent: it cannot report errors or bound its output; use 'memmove' [hs-api-obsolescent]
  bzero(a, 4);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'bzero' is obsolescent: it cannot report errors or bound its output; use 'memset' (or 'explicit_bzero' for secrets) [hs-api-obsolescent]
  if (bcmp(a, b, 4) == 0)
    // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:7: warning: 'bcmp' is obsolescent: it cannot report errors or bound its output; use 'memcmp' [hs-api-obsolescent]
    return;
  char entry[256];
  getpw(0, entry);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'getpw' is obsolescent: it cannot report errors or bound its output; use 'getpwuid_r' [hs-api-obsolescent]
  pid_t child = vfork();
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:17: warning: 'vfork' is obsolescent: it cannot report errors or bound its output; use 'posix_spawn' or 'fork' [hs-api-obsolescent]
  (void)child;
  setbuf(f, NULL);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'setbuf' is obsolescent: it cannot report errors or bound its output; use 'setvbuf' and check its result [hs-api-obsolescent]
  rewind(f);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'rewind' is obsolescent: it cannot report errors or bound its output; use 'fseek' and check its result [hs-api-obsolescent]
}

void address_taken(void) {
  void (*reset)(FILE *) = rewind;
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:27: warning: 'rewind' is obsolescent
  (void)reset;
}

#define CLEAR(buf) bzero(buf, sizeof buf)
#define SAME(x) x
void in_macro(const time_t *now) {
  char secret[16];
  CLEAR(secret);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'bzero' is obsolescent
  // CHECK: hs-api-obsolescent.c:[[@LINE-6]]:20: note: expanded from macro 'CLEAR'
  // A call written in a macro argument is reported where it is written.
  log_text(SAME(ctime(now)));
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:17: warning: 'ctime' is obsolescent
}

// The __builtin_ spellings that _FORTIFY_SOURCE headers and some libcs use.
void builtin_forms(char *a, char *b) {
  __builtin_bcopy(a, b, 4);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'bcopy' is obsolescent
  __builtin_bzero(a, 4);
  // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:3: warning: 'bzero' is obsolescent
  if (__builtin_bcmp(a, b, 4))
    // CHECK: hs-api-obsolescent.c:[[@LINE-1]]:7: warning: 'bcmp' is obsolescent
    return;
}

// Negatives: the replacements, and struct members that are not libc's.
struct stream_ops {
  void (*rewind)(FILE *);
  void (*setbuf)(FILE *, char *);
  char *(*ctime)(const time_t *);
};
void use_members(struct stream_ops *ops, FILE *f, const time_t *now) {
  ops->rewind(f);
  ops->setbuf(f, NULL);
  log_text(ops->ctime(now));
}
void negative(const time_t *now, struct tm *tm, FILE *f, char *a, char *b,
              struct passwd *pwd, struct passwd **found, char *const argv[],
              char *const envp[]) {
  char when[32];
  if (localtime_r(now, tm) && strftime(when, sizeof when, "%F %T", tm))
    log_text(when);
  memmove(b, a, 4);
  memset(a, 0, 4);
  explicit_bzero(a, 4);
  if (memcmp(a, b, 4) == 0)
    return;
  char buf[256];
  if (getpwuid_r(0, pwd, buf, sizeof buf, found) != 0)
    return;
  pid_t pid;
  if (posix_spawn(&pid, "/bin/true", NULL, NULL, argv, envp) != 0)
    return;
  if (fork() < 0)
    return;
  if (setvbuf(f, NULL, _IOFBF, 4096) != 0)
    return;
  if (fseek(f, 0L, SEEK_SET) != 0)
    return;
}
