// RUN: warden check --no-config --only=hs-api-unbounded-sprintf --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-unbounded-sprintf %s -- -std=c++17
typedef __SIZE_TYPE__ size_t;
typedef __builtin_va_list va_list;
extern "C" {
int sprintf(char *d, const char *f, ...);
int vsprintf(char *d, const char *f, va_list ap);
int snprintf(char *d, size_t n, const char *f, ...);
int vsnprintf(char *d, size_t n, const char *f, va_list ap);
}
namespace std {
using ::size_t;
using ::va_list;
using ::sprintf;
using ::vsprintf;
using ::snprintf;
using ::vsnprintf;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
template <typename... Args> int sprintf(char *, const char *, Args...) { return 0; }
int vsprintf(char *, const char *, std::va_list) { return 0; }
} // namespace app
struct Formatter {
  int sprintf(const char *f, ...);
};

void qualified(int dose, std::va_list ap) {
  char line[80];
  std::sprintf(line, "dose=%d", dose);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:8: error: 'sprintf' formats into a buffer with no size limit; use 'snprintf' with the buffer size [hs-api-unbounded-sprintf]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::sprintf(line, "dose=%d", dose);
  // CHECK-NEXT: {{^}}      |        ^~~~~~~
  std::vsprintf(line, "dose=%d", ap);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:8: error: 'vsprintf' formats into a buffer with no size limit; use 'vsnprintf' with the buffer size [hs-api-unbounded-sprintf]
  ::sprintf(line, "dose=%d", dose);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:5: error: 'sprintf' formats
}

template <typename T> void formatValue(char *line, T value) {
  std::sprintf(line, "%d", value);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:8: error: 'sprintf' formats
}

template <size_t N> int formatInto(char (&line)[N], const char *f, std::va_list ap) {
  return vsprintf(line, f, ap);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:10: error: 'vsprintf' formats
}

void with_using_directive(int dose) {
  using namespace std;
  char line[80];
  sprintf(line, "%d", dose);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:3: error: 'sprintf' formats
}

#define FORMAT_DOSE(buf, v) std::sprintf(buf, "dose=%d", v)
void in_macro(int dose) {
  char line[80];
  FORMAT_DOSE(line, dose);
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-1]]:3: error: 'sprintf' formats
  // CHECK: hs-api-unbounded-sprintf.cpp:[[@LINE-5]]:34: note: expanded from macro 'FORMAT_DOSE'
}

void run(std::va_list ap, Formatter &f) {
  char small[8], large[64];
  formatValue(small, 1);
  formatValue(large, 2);
  formatInto(small, "%d", ap);
  formatInto(large, "%d", ap);
  // Negatives: user functions and methods with the same names, and the
  // bounded formatters.
  app::sprintf(small, "%d", 1);
  app::vsprintf(small, "%d", ap);
  f.sprintf("%d", 1);
  std::snprintf(small, sizeof small, "%d", 1);
  std::vsnprintf(large, sizeof large, "%d", ap);
}
