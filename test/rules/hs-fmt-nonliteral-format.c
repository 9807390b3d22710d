// RUN: warden check --no-config --only=hs-fmt-nonliteral-format --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-fmt-nonliteral-format %s --
//
// The fix-it, as a SARIF fix.
// RUN: warden check --no-config --only=hs-fmt-nonliteral-format --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// whose 'functions' table names the project's logging functions, with
// useFormatAttribute = false.
// RUN: warden check --config %S/Inputs/nonliteral-format-options.toml --only=test-fmt-log-event --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
typedef __WCHAR_TYPE__ wchar_t;
typedef __builtin_va_list va_list;
typedef struct FILE FILE;
#define NULL ((void *)0)
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) __builtin_va_end(ap)
#define LOG_ERR 3
extern FILE *stderr;
int printf(const char *f, ...);
int fprintf(FILE *s, const char *f, ...);
int snprintf(char *d, size_t n, const char *f, ...);
int vprintf(const char *f, va_list ap);
void syslog(int prio, const char *f, ...);
void vsyslog(int prio, const char *f, va_list ap);
void warnx(const char *f, ...);
int wprintf(const wchar_t *f, ...);
int __printf_chk(int flag, const char *f, ...);
int __snprintf_chk(char *d, size_t n, int flag, size_t dn, const char *f, ...);
char *gettext(const char *id) __attribute__((format_arg(1)));
char *dgettext(const char *domain, const char *id) __attribute__((format_arg(2)));
char *ngettext(const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(1), format_arg(2)));
long strtol(const char *s, char **end, int base);
// The project's logging functions. log_event and audit declare their format
// with the attribute; log_sink is named in the custom rule's table only;
// log_plain is neither.
void log_event(int level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void audit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_sink(const char *fmt, va_list ap);
void log_plain(int level, const char *text);

const char *banner = "ready\n";

void show(const char *text, char *line, size_t n) {
  printf(text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   printf(text);
  // CHECK-NEXT: {{^}}      |          ^~~~
  // CHECK-NEXT: {{^}}      |          "%s",
  // SARIF: "text": "format string of 'printf' is not a string literal; use a literal format such as \"%s\" and pass the text as an argument"
  // SARIF: "fixes": [
  // SARIF: "text": "print the text with a \"%s\" format"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-9]],
  // SARIF-NEXT: "startColumn": 10,
  // SARIF-NEXT: "endLine": [[@LINE-11]],
  // SARIF-NEXT: "endColumn": 10
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "\"%s\", "
  fprintf(stderr, text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:19: error: format string of 'fprintf' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  snprintf(line, n, text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:21: error: format string of 'snprintf' is not a string literal
  warnx(text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:9: error: format string of 'warnx' is not a string literal
  printf(banner);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal
  // The functions and attributes of _FORTIFY_SOURCE.
  __printf_chk(1, text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:19: error: format string of 'printf' is not a string literal
  __snprintf_chk(line, n, 1, n, text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:33: error: format string of 'snprintf' is not a string literal
  // The text of a translation is as good as its message id.
  printf(gettext(text));
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal
  // Both branches must be literals.
  printf(text ? text : "-");
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal
  printf(text ?: "-");
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal
  // Functions declared with the format attribute are checked too.
  log_event(LOG_ERR, text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:22: error: format string of 'log_event' is not a string literal
  // CUSTOM: hs-fmt-nonliteral-format.c:[[@LINE-2]]:22: warning: format string of 'log_event' is not a string literal; use a literal format such as "%s" and pass the text as an argument [test-fmt-log-event]
  audit(text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:9: error: format string of 'audit' is not a string literal
}

void report_alarm(const char *device) {
  char message[64];
  snprintf(message, sizeof message, "alarm on %s", device);
  syslog(LOG_ERR, message);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:19: error: format string of 'syslog' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   syslog(LOG_ERR, message);
  // CHECK-NEXT: {{^}}      |                   ^~~~~~~
  // CHECK-NEXT: {{^}}      |                   "%s",
}

void wide(const wchar_t *text) {
  wprintf(text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:11: error: format string of 'wprintf' is not a string literal; use a literal format such as L"%ls" and pass the text as an argument [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   wprintf(text);
  // CHECK-NEXT: {{^}}      |           ^~~~
  // CHECK-NEXT: {{^}}      |           L"%ls",
}

// A parameter used as a format with data arguments, or passed on to a
// vprintf-style function, makes a formatting wrapper: the attribute on the
// wrapper moves the check to its callers.
void print_value(const char *fmt, int value) {
  printf(fmt, value);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is the parameter 'fmt' of 'print_value', not a string literal; declare 'print_value' with __attribute__((format(printf, 1, 0))) so that the formats of its callers are checked [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   printf(fmt, value);
  // CHECK-NEXT: {{^}}      |          ^~~
  // CHECK-NOT: {{^ +\| +"}}
}
void log_message(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:11: error: format string of 'vprintf' is the parameter 'fmt' of 'log_message', not a string literal; declare 'log_message' with __attribute__((format(printf, 1, 2))) so that the formats of its callers are checked [hs-fmt-nonliteral-format]
  va_end(ap);
}
void vlog_priority(int prio, const char *fmt, va_list ap) {
  vsyslog(prio, fmt, ap);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:17: error: format string of 'vsyslog' is the parameter 'fmt' of 'vlog_priority', not a string literal; declare 'vlog_priority' with __attribute__((format(printf, 2, 0))) so that the formats of its callers are checked [hs-fmt-nonliteral-format]
}

// Wrappers declared with the attribute: their callers are checked, so
// forwarding the format is fine (as for -Wformat-nonliteral).
void log_event(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  // The custom rule trusts log_event through its table.
  log_sink(fmt, ap);
  va_end(ap);
}
void audit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  // With useFormatAttribute = false, the attribute does not count.
  log_sink(fmt, ap);
  // CUSTOM: hs-fmt-nonliteral-format.c:[[@LINE-1]]:12: warning: format string of 'log_sink' is the parameter 'fmt' of 'audit', not a string literal; add 'audit = 1' to the 'functions' option of this rule so that the formats of its callers are checked [test-fmt-log-event]
  va_end(ap);
}

#define LOG_TEXT(t) printf(t)
#define BANNER banner
void in_macro(const char *text) {
  // No fix in macro arguments: the comma it adds would split the argument.
  LOG_TEXT(text);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:12: error: format string of 'printf' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   LOG_TEXT(text);
  // CHECK-NEXT: {{^}}      |            ^~~~
  // CHECK-NOT: {{^ +\| +"}}
  printf(BANNER);
  // CHECK: hs-fmt-nonliteral-format.c:[[@LINE-1]]:10: error: format string of 'printf' is not a string literal
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   printf(BANNER);
  // CHECK-NEXT: {{^}}      |          ^~~~~~
  // CHECK-NEXT: hs-fmt-nonliteral-format.c:[[@LINE-12]]:16: note: expanded from macro 'BANNER'
}

// Negatives: literal formats and what -Wformat-nonliteral accepts as such,
// constant tables of literals, functions this rule does not know, and
// parsing with strtol.
static const char kDoseFormat[] = "dose=%d\n";
const char *const kUnitFormat = "unit=%s\n";
static const char *const kStates[] = {"idle %d\n", "infusing %d\n"};
#define GREETING "hello %s\n"
void negative(const char *text, int n, char *line, size_t size) {
  printf("%d\n", n);
  printf("%s", text);
  snprintf(line, size, "%s", text);
  syslog(LOG_ERR, "alarm %s", text);
  printf(GREETING, text);
  LOG_TEXT("literal\n");
  printf(kDoseFormat, n);
  printf(kUnitFormat, text);
  printf(kStates[n & 1], n);
  printf(n ? "on\n" : "off\n");
  printf(gettext("dose=%d\n"), n);
  printf(dgettext("pump", "dose=%d\n"), n);
  printf(ngettext("%d dose\n", "%d doses\n", n), n);
  printf(__func__);
  printf(NULL);
  log_event(LOG_ERR, "pump %d", n);
  log_plain(LOG_ERR, text);
  long v = strtol(text, NULL, 10);
  (void)v;
}
