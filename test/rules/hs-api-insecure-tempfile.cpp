// RUN: warden check --no-config --only=hs-api-insecure-tempfile --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-insecure-tempfile %s -- -std=c++17
struct FILE;
extern "C" {
char *tmpnam(char *s);
char *tmpnam_r(char *s);
char *tempnam(const char *dir, const char *prefix);
char *mktemp(char *tmpl);
int mkstemp(char *tmpl);
FILE *tmpfile(void);
}
namespace std {
using ::FILE;
using ::tmpnam;
using ::tmpfile;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
char *tmpnam(char *s) { return s; }
char *mktemp(char *tmpl) { return tmpl; }
} // namespace app
struct Scratch {
  const char *tempnam() const;
  static char *mktemp(char *tmpl) { return tmpl; }
};
void save_to(const char *path);

void qualified(char *tmpl) {
  save_to(std::tmpnam(nullptr));
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:16: error: 'tmpnam' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   save_to(std::tmpnam(nullptr));
  // CHECK-NEXT: {{^}}      |                ^~~~~~
  char buf[20];
  save_to(::tmpnam_r(buf));
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:13: error: 'tmpnam_r' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  save_to(::tempnam(nullptr, "upl"));
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:13: error: 'tempnam' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
  save_to(::mktemp(tmpl));
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:13: error: 'mktemp' returns a predictable name that another process can claim first; use 'mkstemp', which creates and opens the file [hs-api-insecure-tempfile]
}

template <typename T, unsigned N> const T *nameInto(T (&buf)[N]) {
  return std::tmpnam(buf);
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:15: error: 'tmpnam' returns
}

template <typename Char> Char *uniqueName(Char *tmpl) {
  return mktemp(tmpl);
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:10: error: 'mktemp' returns
}

void with_using_directive() {
  using namespace std;
  char buf[20];
  save_to(tmpnam(buf));
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:11: error: 'tmpnam' returns
}

#define TEMP_NAME() ::tempnam(nullptr, "log")
void in_macro() {
  save_to(TEMP_NAME());
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-1]]:11: error: 'tempnam' returns
  // CHECK: hs-api-insecure-tempfile.cpp:[[@LINE-4]]:23: note: expanded from macro 'TEMP_NAME'
}

int run(const Scratch &scratch) {
  char small[20], large[64];
  save_to(nameInto(small));
  save_to(nameInto(large));
  char tmpl[] = "/tmp/upload-XXXXXX";
  save_to(uniqueName(tmpl));
  // Negatives: user functions and methods with the same names, and creating
  // the file in one step.
  save_to(app::tmpnam(small));
  save_to(app::mktemp(tmpl));
  save_to(scratch.tempnam());
  save_to(Scratch::mktemp(tmpl));
  char path[] = "/tmp/upload-XXXXXX";
  if (mkstemp(path) < 0)
    return -1;
  return std::tmpfile() ? 0 : -1;
}
