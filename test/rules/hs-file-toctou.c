// RUN: warden check --no-config --only=hs-file-toctou --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-file-toctou %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-file-toctou --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a project's own
// check and use functions, by the positions of their paths.
// RUN: warden check --config %S/Inputs/toctou-options.toml --only=test-file-my-toctou --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
typedef struct FILE FILE;
typedef unsigned long size_t;
struct stat {
  long st_size;
  unsigned st_mode;
};
#define F_OK 0
#define W_OK 2
#define O_WRONLY 01
#define O_CREAT 0100
#define O_EXCL 0200
#define AT_FDCWD -100
int access(const char *path, int mode);
int stat(const char *path, struct stat *st);
int lstat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int faccessat(int dirfd, const char *path, int mode, int flags);
int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
FILE *fopen(const char *path, const char *mode);
int fileno(FILE *f);
int chmod(const char *path, unsigned mode);
int unlink(const char *path);
int rename(const char *from, const char *to);
int mkdir(const char *path, unsigned mode);
int execv(const char *path, char *const argv[]);
int snprintf(char *s, size_t n, const char *f, ...);
int printf(const char *f, ...);
// A project's own check and use, for the custom rule.
int file_exists(int flags, const char *path);
int archive_open(const char *path);

struct config {
  const char *log_path;
  char spool[64];
};

void positive(const char *path, struct config *cfg, char **argv) {
  if (access(path, W_OK) == 0) {
    FILE *f = fopen(path, "a");
    // CHECK: hs-file-toctou.c:[[@LINE-1]]:15: warning: 'fopen' opens 'path' after 'access' checked it; the file can be replaced in between: open the file first, then check the open file with 'fstat' [hs-file-toctou]
    // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |     FILE *f = fopen(path, "a");
    // CHECK-NEXT: {{^}}      |               ^~~~~
    // CHECK: hs-file-toctou.c:[[@LINE-5]]:7: note: 'path' checked by 'access' here
    (void)f;
  }
  // A member of the same object, and an early error return.
  struct stat st;
  if (stat(cfg->log_path, &st) != 0)
    return;
  chmod(cfg->log_path, 0600);
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:3: warning: 'chmod' changes 'cfg->log_path' after 'stat' checked it; the file can be replaced in between: open the file first, then use 'fchmod' on the descriptor
  // CHECK: hs-file-toctou.c:[[@LINE-4]]:7: note: 'cfg->log_path' checked by 'stat' here
  // The same string literal.
  if (lstat("/var/run/pump.pid", &st) == 0)
    unlink("/var/run/pump.pid");
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:5: warning: 'unlink' acts on "/var/run/pump.pid" after 'lstat' checked it; the file can be replaced in between: call 'unlink' without the check and handle its error
  // CHECK: hs-file-toctou.c:[[@LINE-3]]:7: note: "/var/run/pump.pid" checked by 'lstat' here
  // Both paths of rename are uses; the path at the *at position.
  if (faccessat(AT_FDCWD, cfg->spool, F_OK, 0) == 0)
    rename("/tmp/new", cfg->spool);
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:5: warning: 'rename' acts on 'cfg->spool' after 'faccessat' checked it
  // CHECK: note: 'cfg->spool' checked by 'faccessat' here
  if (access(argv[1], F_OK) != 0)
    mkdir(argv[1], 0700);
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:5: warning: 'mkdir' acts on 'argv[1]' after 'access' checked it; the file can be replaced in between: call 'mkdir' without the check and handle its error
  // CHECK: note: 'argv[1]' checked by 'access' here
  if (access(argv[0], 1) == 0)
    execv(argv[0], argv);
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:5: warning: 'execv' runs 'argv[0]' after 'access' checked it; the file can be replaced in between: open the file first, check it with 'fstat' and run it with 'fexecve'
  // CHECK: note: 'argv[0]' checked by 'access' here
}

// In a loop: the check and the use of one iteration.
void in_loop(const char **names, int n) {
  for (int i = 0; i < n; ++i) {
    const char *name = names[i];
    struct stat st;
    if (stat(name, &st) == 0 && st.st_size > 0)
      open(name, O_WRONLY);
    // CHECK: hs-file-toctou.c:[[@LINE-1]]:7: warning: 'open' opens 'name' after 'stat' checked it
    // CHECK: note: 'name' checked by 'stat' here
  }
}

#define CHECKED_OPEN(p) (access((p), F_OK) == 0 ? open((p), O_WRONLY) : -1)
int in_macro(const char *p) {
  return CHECKED_OPEN(p);
  // CHECK: hs-file-toctou.c:[[@LINE-1]]:10: warning: 'open' opens 'p' after 'access' checked it
  // CHECK: hs-file-toctou.c:[[@LINE-4]]:51: note: expanded from macro 'CHECKED_OPEN'
  // CHECK: hs-file-toctou.c:[[@LINE-3]]:10: note: 'p' checked by 'access' here
}

// The project's own functions, through the custom rule's options.
void custom(const char *path) {
  if (file_exists(0, path))
    archive_open(path);
  // CUSTOM: hs-file-toctou.c:[[@LINE-1]]:5: warning: 'archive_open' uses 'path' after 'file_exists' checked it; the file can be replaced in between: operate on an open descriptor, or drop the check and handle the error of 'archive_open' [test-file-my-toctou]
  // CUSTOM: hs-file-toctou.c:[[@LINE-3]]:7: note: 'path' checked by 'file_exists' here
}

// Negatives: the safe twins.
void negative(const char *path, const char *other, char *buf, size_t n) {
  struct stat st;
  // The fix: open, then fstat the descriptor.
  int fd = open(path, O_WRONLY);
  if (fd >= 0 && fstat(fd, &st) == 0)
    (void)st;
  // A check on one path and a use on another.
  if (access(other, F_OK) == 0)
    fopen(path, "r");
  // access() only to report an error.
  if (access(other, W_OK) != 0)
    printf("%s is not writable\n", other);
  // Exclusive creation fails if the file appeared.
  if (access(other, F_OK) != 0)
    open(other, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (access(other, F_OK) != 0)
    fopen(other, "wx");
  // The path variable changes between check and use.
  snprintf(buf, n, "%s/a", path);
  if (stat(buf, &st) == 0) {
    snprintf(buf, n, "%s/b", path);
    fopen(buf, "r");
  }
  const char *p = path;
  if (access(p, F_OK) == 0) {
    p = other;
    unlink(p);
  }
  // The check and the use are on exclusive branches.
  if (n > 0)
    access(path, F_OK);
  else
    unlink(path);
}

// Negative: a use before the check.
void use_then_check(const char *path) {
  unlink(path);
  access(path, F_OK);
}
