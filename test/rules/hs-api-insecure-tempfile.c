// RUN: warden check --no-config --only=hs-api-insecure-tempfile --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-insecure-tempfile %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef struct FILE FILE;
#define NULL ((void *)0)
char *tmpnam(char *s);
char *tmpnam_r(char *s);
char *tempnam(const char *dir, const char *prefix);
char *mktemp(char *tmpl);
int mkstemp(char *tmpl);
int mkostemp(char *tmpl, int flags);
char *mkdtemp(char *tmpl);
FILE *tmpfile(void);
FILE *fopen(const char *path, const char *mode);
void save_to(const char *path);

// No _FORTIFY_SOURCE or __builtin_ forms of these functions exist. The rule
// does not set allowNullFirstArgument, so tmpnam(NULL) is reported.
void positive(void) {
  char *path = tmpnam(NULL);
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:16: error: 'tmpnam' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   char *path = tmpnam(NULL);
  // CHECK-NEXT: {{^}}      |                ^~~~~~
  FILE *f = fopen(path, "w");
  (void)f;
  char buf[20];
  save_to(tmpnam_r(buf));
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:11: error: 'tmpnam_r' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  save_to(tempnam("/tmp", "upl"));
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:11: error: 'tempnam' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  char tmpl[] = "/tmp/upload-XXXXXX";
  save_to(mktemp(tmpl));
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:11: error: 'mktemp' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
}

void address_taken(void) {
  char *(*make_name)(char *) = mktemp;
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:32: error: 'mktemp' returns
  (void)make_name;
}

#define TEMP_NAME() tempnam(NULL, "log")
#define SAME(x) x
void in_macro(void) {
  save_to(TEMP_NAME());
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:11: error: 'tempnam' returns
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-5]]:21: note: expanded from macro 'TEMP_NAME'
  // A call written in a macro argument is reported where it is written.
  save_to(SAME(tmpnam(NULL)));
  // CHECK: hs-api-insecure-tempfile.c:[[@LINE-1]]:16: error: 'tmpnam' returns
}

// Negatives: creating and opening in one step, and a struct member that is
// not libc's.
struct namer {
  char *(*mktemp)(char *);
};
char *use_member(struct namer *n, char *tmpl) { return n->mktemp(tmpl); }
int negative(void) {
  char path[] = "/tmp/upload-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return -1;
  char path2[] = "/tmp/upload-XXXXXX";
  fd = mkostemp(path2, 0);
  if (fd < 0)
    return -1;
  char dir[] = "/tmp/dir-XXXXXX";
  if (mkdtemp(dir) == NULL)
    return -1;
  return tmpfile() == NULL ? -1 : 0;
}
