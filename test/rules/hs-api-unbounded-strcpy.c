// RUN: warden check --no-config --only=hs-api-unbounded-strcpy --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-unbounded-strcpy %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
typedef __WCHAR_TYPE__ wchar_t;
char *strcpy(char *d, const char *s);
char *strcat(char *d, const char *s);
wchar_t *wcscpy(wchar_t *d, const wchar_t *s);
wchar_t *wcscat(wchar_t *d, const wchar_t *s);
char *stpcpy(char *d, const char *s);
char *strncpy(char *d, const char *s, size_t n);
wchar_t *wcsncpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wcsncat(wchar_t *d, const wchar_t *s, size_t n);
size_t strlcpy(char *d, const char *s, size_t n);
size_t strlcat(char *d, const char *s, size_t n);
int snprintf(char *d, size_t n, const char *f, ...);
void *memcpy(void *d, const void *s, size_t n);
// glibc's _FORTIFY_SOURCE entry points.
char *__strcpy_chk(char *d, const char *s, size_t n);
char *__strcat_chk(char *d, const char *s, size_t n);
char *__stpcpy_chk(char *d, const char *s, size_t n);
wchar_t *__wcscpy_chk(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *__wcscat_chk(wchar_t *d, const wchar_t *s, size_t n);

void positive(const char *src, const wchar_t *wsrc) {
  char name[32];
  wchar_t wname[32];
  strcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcpy' copies with no bound on the destination buffer; use 'snprintf' or 'strlcpy' with the destination size [hs-api-unbounded-strcpy]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   strcpy(name, src);
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  strcat(name, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcat' copies with no bound on the destination buffer; use 'strlcat' or 'snprintf' with the destination size [hs-api-unbounded-strcpy]
  wcscpy(wname, wsrc);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'wcscpy' copies with no bound on the destination buffer; use 'wcsncpy' with the destination size and explicit termination [hs-api-unbounded-strcpy]
  wcscat(wname, wsrc);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'wcscat' copies with no bound on the destination buffer; use 'wcsncat' with the remaining space [hs-api-unbounded-strcpy]
  char *end = stpcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:15: error: 'stpcpy' copies with no bound on the destination buffer; use 'snprintf' with the destination size [hs-api-unbounded-strcpy]
  (void)end;
}

void call_forms(char *dst, const char *src) {
  (strcpy)(dst, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:4: error: 'strcpy' copies
  // One call through an explicit dereference is still one finding, at the name.
  (*strcat)(dst, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:5: error: 'strcat' copies
}

void address_taken(void) {
  char *(*copy)(char *, const char *) = &stpcpy;
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:42: error: 'stpcpy' copies
  (void)copy;
}

#define COPY_NAME(dst, src) strcpy(dst, src)
#define APPEND(dst, src) wcscat(dst, src)
#define SAME(x) x
void in_macro(const char *src, const wchar_t *wsrc) {
  char name[32];
  wchar_t wname[32];
  COPY_NAME(name, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcpy' copies
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-8]]:29: note: expanded from macro 'COPY_NAME'
  APPEND(wname, wsrc);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'wcscat' copies
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-10]]:26: note: expanded from macro 'APPEND'
  // A call written in a macro argument is reported where it is written.
  SAME(strcat(name, src));
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:8: error: 'strcat' copies
}

void fortified(const char *src, const wchar_t *wsrc) {
  char name[32];
  wchar_t wname[32];
  __builtin___strcpy_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcpy' copies
  __builtin___strcat_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcat' copies
  __builtin___stpcpy_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'stpcpy' copies
  __strcpy_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcpy' copies
  __strcat_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcat' copies
  __stpcpy_chk(name, src, sizeof name);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'stpcpy' copies
  __wcscpy_chk(wname, wsrc, sizeof wname / sizeof *wname);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'wcscpy' copies
  __wcscat_chk(wname, wsrc, sizeof wname / sizeof *wname);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'wcscat' copies
  __builtin_strcpy(name, src);
  // CHECK: hs-api-unbounded-strcpy.c:[[@LINE-1]]:3: error: 'strcpy' copies
}

// Negatives: the bounded copies, and struct members that are not libc's.
struct copier {
  char *(*strcpy)(char *, const char *);
  char *(*stpcpy)(char *, const char *);
};
void use_member(struct copier *c, char *dst, const char *src) {
  c->strcpy(dst, src);
  c->stpcpy(dst, src);
}
// Naming the function in an unevaluated operand neither calls it nor takes
// its address.
__typeof__(strcpy) *copy_function;
_Static_assert(sizeof(&strcat) == sizeof(void (*)(void)), "function pointer");
void negative(const char *src, const wchar_t *wsrc) {
  char name[32];
  wchar_t wname[32];
  if (snprintf(name, sizeof name, "%s", src) >= (int)sizeof name)
    return;
  strlcpy(name, src, sizeof name);
  strlcat(name, src, sizeof name);
  strncpy(name, src, sizeof name - 1);
  name[sizeof name - 1] = '\0';
  wcsncpy(wname, wsrc, 31);
  wname[31] = 0;
  wcsncat(wname, wsrc, 1);
  memcpy(name, src, 4);
}
