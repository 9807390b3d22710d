// RUN: warden check --no-config --only=hs-err-unchecked-io --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-err-unchecked-io --fail-on=warning %s --
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own functions and advice that refuses casts to void, and the
// shipped rule with allowVoidCast, unreadVariables, ignoreStandardStreams,
// ignoreReadOnlyClose and ignoreErrorPathCleanup all false.
// RUN: warden check --config %S/Inputs/unchecked-result-options.toml --only=test-err-unchecked-flush --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/unchecked-result-options.toml --only=hs-err-unchecked-io --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef struct FILE FILE;
typedef unsigned long size_t;
typedef long ssize_t;
typedef long off_t;
#define NULL ((void *)0)
extern FILE *stdout;
extern FILE *stderr;
#define stderr stderr
#define O_RDONLY 0
#define O_WRONLY 1
#define O_CREAT 0100
int open(const char *path, int flags, ...);
FILE *xfopen(const char *path, const char *mode);
int flock(int fd, int operation);
FILE *fopen(const char *path, const char *mode);
size_t fread(void *p, size_t size, size_t n, FILE *f);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
int fclose(FILE *f);
int fflush(FILE *f);
int fputs(const char *s, FILE *f);
int remove(const char *path);
int rename(const char *from, const char *to);
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
int fsync(int fd);
off_t lseek(int fd, off_t offset, int whence);
ssize_t __read_chk(int fd, void *buf, size_t n, size_t buflen);
int printf(const char *format, ...);
int fprintf(FILE *f, const char *format, ...);
void perror(const char *s);
void report_error(void);

void positive(FILE *log, int fd, char *buf) {
  fwrite(buf, 1, 16, log);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fwrite' is ignored; check it and handle the failure, or cast it to 'void' if the failure does not matter [hs-err-unchecked-io]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   fwrite(buf, 1, 16, log);
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  // STRICT: hs-err-unchecked-io.c:[[@LINE-4]]:3: warning: result of 'fwrite' is ignored; check it
  write(fd, buf, 4), close(fd);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'write' is ignored
  // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:22: warning: result of 'close' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:3: warning: result of 'write' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-4]]:22: warning: result of 'close' is ignored
  if (buf[0])
    fflush(log);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:5: warning: result of 'fflush' is ignored
  // CUSTOM: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fflush' is ignored; a lost flush loses the therapy log [test-err-unchecked-flush]
  // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fflush' is ignored
  else
    fclose(log);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:5: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fclose' is ignored
  for (lseek(fd, 0, 0); buf[0]; fsync(fd))
    buf++;
  // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:8: warning: result of 'lseek' is ignored
  // CHECK: hs-err-unchecked-io.c:[[@LINE-3]]:33: warning: result of 'fsync' is ignored
  // CUSTOM: hs-err-unchecked-io.c:[[@LINE-4]]:33: warning: result of 'fsync' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-5]]:8: warning: result of 'lseek'
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:33: warning: result of 'fsync'
  while (buf[0])
    read(fd, buf, 1);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:5: warning: result of 'read' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'read' is ignored
  // The _FORTIFY_SOURCE form.
  __read_chk(fd, buf, 1, 16);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'read' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'read' is ignored
  // Both branches of a discarded conditional are discarded.
  buf[1] ? remove("a") : rename("a", "b");
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:12: warning: result of 'remove' is ignored
  // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:26: warning: result of 'rename' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:12: warning: result of 'remove'
  // STRICT: hs-err-unchecked-io.c:[[@LINE-4]]:26: warning: result of 'rename'
  // Only the left operand of && and || is tested.
  buf[2] && fputs("x", log);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:13: warning: result of 'fputs' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:13: warning: result of 'fputs'
label:
  close(fd);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'close' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'close'
  switch (fd) {
  case 1:
    close(fd);
    // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:5: warning: result of 'close' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'close'
    break;
  }
  // The left operand of a comma is discarded wherever the comma is.
  int rc = (fflush(log), 0);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:13: warning: result of 'fflush' is ignored
  // CUSTOM: hs-err-unchecked-io.c:[[@LINE-2]]:13: warning: result of 'fflush' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:13: warning: result of 'fflush' is ignored
  (void)rc;
}

// A result stored in a local variable that is never read.
void unread(int fd, char *buf) {
  ssize_t n = read(fd, buf, 8);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:15: warning: result of 'read' is stored in 'n' but never read; check it and handle the failure, or cast it to 'void' if the failure does not matter [hs-err-unchecked-io]
  // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:11: note: 'n' is declared here
  int status;
  status = close(fd);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:12: warning: result of 'close' is stored in 'status' but never read
  // CHECK: hs-err-unchecked-io.c:[[@LINE-3]]:7: note: 'status' is declared here
  status = 0;
}

// The cast to void says the failure does not matter: accepted unless
// allowVoidCast is false.
void void_cast(FILE *f, int fd) {
  (void)fclose(f);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:9: warning: result of 'fclose' is discarded with a cast to 'void'; check it and handle the failure, or cast it to 'void' if the failure does not matter [hs-err-unchecked-io]
  (void)fflush(f);
  // CUSTOM: hs-err-unchecked-io.c:[[@LINE-1]]:9: warning: result of 'fflush' is discarded with a cast to 'void'; a lost flush loses the therapy log [test-err-unchecked-flush]
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:9: warning: result of 'fflush' is discarded
  int rc = close(fd);
  (void)rc;
}

#define CLOSE_QUIETLY(fd) close(fd)
#define MUST(call)                                                             \
  do {                                                                         \
    if ((call) < 0)                                                            \
      report_error();                                                          \
  } while (0)
void in_macro(int fd) {
  CLOSE_QUIETLY(fd);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'close' is ignored
  // CHECK: hs-err-unchecked-io.c:[[@LINE-9]]:27: note: expanded from macro 'CLOSE_QUIETLY'
  // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:3: warning: result of 'close' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-11]]:27: note: expanded from macro 'CLOSE_QUIETLY'
  MUST(close(fd));
}

// Negatives: every result is used.
int negative(const char *path, char *buf, int fd) {
  FILE *f = fopen(path, "r");
  if (f == 0)
    return -1;
  if (fread(buf, 1, 16, f) != 16 || fclose(f) != 0)
    return -1;
  ssize_t n;
  while ((n = read(fd, buf, 16)) > 0)
    buf += n;
  int rc = close(fd);
  if (rc < 0)
    return rc;
  printf("%s\n", buf);          // not in the list
  return write(fd, buf, 1) < 0 ? -1 : fsync(fd);
}

// A statement expression's last statement is its value, not discarded.
int statement_expression(int fd) {
  return ({ int unused_fd = fd; close(unused_fd); });
}

// Output to stdout and stderr is diagnostics: ignoring its failure is the
// norm (OpenJPEG opj_decompress.c: fputs(..., stderr); DCMTK dcostrms.cc:
// fflush(stdout); storescp.cc: close(0), close(1), close(2) before
// detaching). Reading from them is not exempt.
void standard_streams(char *buf) {
  fputs("usage\n", stderr);
  fflush(stdout);
  fwrite(buf, 1, 4, stdout);
  write(2, "x", 1);
  close(0);
  close(1);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'fputs' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'fflush' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'fwrite' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'write' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'close' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-6]]:3: warning: result of 'close' is ignored
  read(0, buf, 1);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'read' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'read' is ignored
  write(3, "x", 1);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'write' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'write' is ignored
}

// Closing what the function opened read-only loses no data (DCMTK
// dcdict.cc, dcasccff.cc, OpenJPEG convert.c readers: fclose(f) on the error
// paths of a parser). Closing a stream opened for writing, or one received
// from the caller, is flagged.
int read_only_close(const char *path, char *buf, FILE *given) {
  FILE *in = NULL;
  in = fopen(path, "rb");
  if (!in)
    return -1;
  if (fread(buf, 1, 4, in) != 4) {
    fclose(in);
    // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:5: warning: result of 'fclose' is ignored
    return -1;
  }
  fclose(in);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  close(fd);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'close' is ignored
  FILE *out = fopen(path, "r+");
  if (fputs("x", out) < 0)
    return -1;
  fclose(out);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'fclose' is ignored
  int log = open(path, O_WRONLY | O_CREAT, 0600);
  if (write(log, buf, 1) != 1)
    return -1;
  close(log);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'close' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'close' is ignored
  fclose(given);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'fclose' is ignored
  // Opened for writing but only tested, locked and closed: creating an
  // empty file, a lock file (DCMTK dcmqrdbi.cc: fopen(index, "ab") then
  // fclose; lockfd = open(file, O_RDWR) then flock and close).
  FILE *touch = fopen(path, "ab");
  if (touch == NULL)
    return -1;
  fclose(touch);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  int lock = open(path, 2);
  if (lock < 0)
    return -1;
  if (flock(lock, 2) == 0)
    flock(lock, 8);
  close(lock);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'close' is ignored
  // A project's wrapper named like fopen, with a literal mode (DCMTK
  // ofxml.cc: FILE *f = xfopen(filename, "rb")).
  FILE *wrapped = xfopen(path, "rb");
  fclose(wrapped);
  // STRICT: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  FILE *wrapped_out = xfopen(path, "wb");
  if (fputs("x", wrapped_out) < 0)
    return -1;
  fclose(wrapped_out);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'fclose' is ignored
  // Reopened for writing on another path.
  FILE *maybe = fopen(path, "r");
  if (buf[0])
    maybe = fopen(path, "w");
  if (fputs("x", maybe) < 0)
    return -1;
  fclose(maybe);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'fclose' is ignored
  return 0;
}

// Cleanup in a branch that reports a failure: the data is lost either way
// and the caller is told (OpenJPEG convert.c: fclose(fdest); return 1; and
// goto fin; opj_compress.c: remove(outfile) when encoding failed).
int error_path_cleanup(const char *path, char *buf, int fd) {
  FILE *out = fopen(path, "wb");
  if (!out)
    return -1;
  if (fwrite(buf, 1, 4, out) != 4) {
    fclose(out);
    remove(path);
    return -1;
    // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fclose' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'remove' is ignored
  }
  if (buf[1]) {
    close(fd);
    goto fail;
    // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'close' is ignored
  }
  // A branch that returns success, or an unknown value, is not a failure
  // path; neither are other functions than the closing ones.
  if (buf[2]) {
    fclose(out);
    return 0;
    // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fclose' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fclose' is ignored
  }
  if (buf[3]) {
    fflush(out);
    return -1;
    // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fflush' is ignored
    // CUSTOM: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fflush' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-4]]:5: warning: result of 'fflush' is ignored
  }
  // An error message on stderr, then a return of a status variable
  // (OpenJPEG convert.c imagetopnm: fprintf(stderr, "\tAborting\n");
  // fclose(fdest); return fails;). A message on stdout is not one, nor is
  // a message followed by a return of a success constant.
  int fails = 1;
  if (buf[4]) {
    fprintf(stderr, "aborting\n");
    fclose(out);
    return fails;
    // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fclose' is ignored
  }
  if (buf[5]) {
    perror(path);
    close(fd);
    return fails;
    // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'close' is ignored
  }
  if (buf[6]) {
    fprintf(stderr, "written\n");
    fclose(out);
    return 0;
    // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fclose' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fclose' is ignored
  }
  if (buf[7]) {
    fprintf(stdout, "done\n");
    fclose(out);
    return fails;
    // CHECK: hs-err-unchecked-io.c:[[@LINE-2]]:5: warning: result of 'fclose' is ignored
    // STRICT: hs-err-unchecked-io.c:[[@LINE-3]]:5: warning: result of 'fclose' is ignored
  }
  fclose(out);
  // CHECK: hs-err-unchecked-io.c:[[@LINE-1]]:3: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.c:[[@LINE-2]]:3: warning: result of 'fclose' is ignored
  return 0;
fail:
  return -1;
}
