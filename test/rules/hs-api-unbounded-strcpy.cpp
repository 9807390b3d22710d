// RUN: warden check --no-config --only=hs-api-unbounded-strcpy --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-unbounded-strcpy %s -- -std=c++17
typedef __SIZE_TYPE__ size_t;
extern "C" {
char *strcpy(char *d, const char *s);
char *strcat(char *d, const char *s);
wchar_t *wcscpy(wchar_t *d, const wchar_t *s);
wchar_t *wcscat(wchar_t *d, const wchar_t *s);
char *stpcpy(char *d, const char *s);
int snprintf(char *d, size_t n, const char *f, ...);
size_t strlcpy(char *d, const char *s, size_t n);
}
namespace std {
using ::size_t;
using ::strcpy;
using ::strcat;
using ::wcscpy;
using ::wcscat;
using ::snprintf;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
char *strcpy(char *d, const char *) { return d; }
char *stpcpy(char *d, const char *) { return d; }
} // namespace app
namespace {
char *strcat(char *d, const char *, int) { return d; }
} // namespace
struct Buffer {
  char *strcpy(const char *s);
  static wchar_t *wcscat(wchar_t *d, const wchar_t *) { return d; }
};

void qualified(const char *src, const wchar_t *wsrc) {
  char name[32];
  wchar_t wname[32];
  std::strcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:8: error: 'strcpy' copies with no bound on the destination buffer; use 'snprintf' or 'strlcpy' with the destination size [hs-api-unbounded-strcpy]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::strcpy(name, src);
  // CHECK-NEXT: {{^}}      |        ^~~~~~
  std::strcat(name, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:8: error: 'strcat' copies with no bound on the destination buffer; use 'strlcat' or 'snprintf' with the destination size [hs-api-unbounded-strcpy]
  std::wcscpy(wname, wsrc);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:8: error: 'wcscpy' copies with no bound on the destination buffer; use 'wcsncpy' with the destination size and explicit termination [hs-api-unbounded-strcpy]
  ::wcscat(wname, wsrc);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:5: error: 'wcscat' copies with no bound on the destination buffer; use 'wcsncat' with the remaining space [hs-api-unbounded-strcpy]
  ::stpcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:5: error: 'stpcpy' copies with no bound on the destination buffer; use 'snprintf' with the destination size [hs-api-unbounded-strcpy]
}

template <typename T, size_t N> void copyInto(T (&dst)[N], const T *src) {
  std::strcpy(dst, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:8: error: 'strcpy' copies
}

template <typename T> struct Appender {
  void append(char *dst, T src) { strcat(dst, src); }
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:35: error: 'strcat' copies
};

void with_using_directive(const char *src) {
  using namespace std;
  char name[32];
  strcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:3: error: 'strcpy' copies
  auto *copy = &wcscpy;
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:17: error: 'wcscpy' copies
  (void)copy;
}

#define COPY_NAME(dst, src) std::strcpy(dst, src)
void in_macro(const char *src) {
  char name[32];
  COPY_NAME(name, src);
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-1]]:3: error: 'strcpy' copies
  // CHECK: hs-api-unbounded-strcpy.cpp:[[@LINE-5]]:34: note: expanded from macro 'COPY_NAME'
}

// Naming the function in an unevaluated operand neither calls it nor takes
// its address.
using CopyFunction = decltype(&std::strcpy);
static_assert(sizeof(&std::strcat) == sizeof(void (*)()), "function pointer");
CopyFunction selectCopy(bool bounded);

void run(const char *src, const wchar_t *wsrc, Buffer &b) {
  char small[8], large[64];
  copyInto(small, src);
  copyInto(large, src);
  Appender<const char *>().append(large, src);
  // Negatives: user functions and methods with the same names, and the
  // bounded copies.
  app::strcpy(small, src);
  app::stpcpy(small, src);
  strcat(small, src, 1);
  b.strcpy(src);
  wchar_t wname[8];
  Buffer::wcscat(wname, wsrc);
  std::snprintf(small, sizeof small, "%s", src);
  strlcpy(small, src, sizeof small);
}
