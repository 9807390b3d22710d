// RUN: warden check --no-config --only=hs-api-unbounded-sprintf --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-unbounded-sprintf %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) __builtin_va_end(ap)
int sprintf(char *d, const char *f, ...);
int vsprintf(char *d, const char *f, va_list ap);
int snprintf(char *d, size_t n, const char *f, ...);
int vsnprintf(char *d, size_t n, const char *f, va_list ap);
// glibc's _FORTIFY_SOURCE entry points.
int __sprintf_chk(char *d, int flag, size_t n, const char *f, ...);
int __vsprintf_chk(char *d, int flag, size_t n, const char *f, va_list ap);

void positive(const char *dose, int n) {
  char line[80];
  sprintf(line, "dose=%s", dose);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'sprintf' formats into a buffer with no size limit; use 'snprintf' with the buffer size [hs-api-unbounded-sprintf]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   sprintf(line, "dose=%s", dose);
  // CHECK-NEXT: {{^}}      |   ^~~~~~~
  int written = sprintf(line, "%d", n);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:17: error: 'sprintf' formats
  (void)written;
}

void log_line(char *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsprintf(out, fmt, ap);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'vsprintf' formats into a buffer with no size limit; use 'vsnprintf' with the buffer size [hs-api-unbounded-sprintf]
  va_end(ap);
}

void address_taken(void) {
  int (*format)(char *, const char *, va_list) = vsprintf;
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:50: error: 'vsprintf' formats
  (void)format;
}

#define FORMAT_DOSE(buf, v) sprintf(buf, "dose=%d", v)
#define SAME(x) x
void in_macro(int dose) {
  char line[80];
  FORMAT_DOSE(line, dose);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'sprintf' formats
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-6]]:29: note: expanded from macro 'FORMAT_DOSE'
  // A call written in a macro argument is reported where it is written.
  SAME(sprintf(line, "%d", dose));
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:8: error: 'sprintf' formats
}

void fortified(const char *dose, va_list ap) {
  char line[80];
  __builtin___sprintf_chk(line, 1, sizeof line, "dose=%s", dose);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'sprintf' formats
  __builtin___vsprintf_chk(line, 1, sizeof line, "dose=%s", ap);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'vsprintf' formats
  __sprintf_chk(line, 1, sizeof line, "dose=%s", dose);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'sprintf' formats
  __vsprintf_chk(line, 1, sizeof line, "dose=%s", ap);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'vsprintf' formats
  __builtin_sprintf(line, "dose=%s", dose);
  // CHECK: hs-api-unbounded-sprintf.c:[[@LINE-1]]:3: error: 'sprintf' formats
}

// Negatives: the bounded formatters, and a struct member that is not libc's.
struct formatter {
  int (*sprintf)(char *, const char *, ...);
  int (*vsprintf)(char *, const char *, va_list);
};
int use_member(struct formatter *f, char *out, va_list ap) {
  return f->sprintf(out, "%d", 1) + f->vsprintf(out, "%d", ap);
}
void negative(const char *dose, va_list ap) {
  char line[80];
  int n = snprintf(line, sizeof line, "dose=%s", dose);
  if (n < 0 || n >= (int)sizeof line)
    return;
  n = vsnprintf(line, sizeof line, "dose=%s", ap);
  (void)n;
}
