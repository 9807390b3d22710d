// RUN: warden check --no-config --only=hs-api-ato-conversion --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// A warning-level rule: the default gate (--fail-on=error) passes, a gate at
// warning fails.
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-ato-conversion %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-ato-conversion --fail-on=warning %s --
// Test hygiene: declare what the test needs instead of including system headers.
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
double strtod(const char *s, char **end);
// glibc redirects strto* to these C23 names; they are the safe functions too.
long __isoc23_strtol(const char *s, char **end, int base);
extern int errno;
void use(long long v);

void positive(const char *field) {
  int rate = atoi(field);
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:14: warning: 'atoi' reports neither conversion errors nor overflow; use 'strtol' and check the end pointer, errno and range [hs-api-ato-conversion]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   int rate = atoi(field);
  // CHECK-NEXT: {{^}}      |              ^~~~
  use(rate);
  use(atol(field));
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:7: warning: 'atol' reports neither conversion errors nor overflow; use 'strtol' and check the end pointer, errno and range [hs-api-ato-conversion]
  use(atoll(field));
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:7: warning: 'atoll' reports neither conversion errors nor overflow; use 'strtoll' and check the end pointer, errno and range [hs-api-ato-conversion]
  double dose = atof(field);
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:17: warning: 'atof' reports neither conversion errors nor overflow; use 'strtod' and check the end pointer and errno [hs-api-ato-conversion]
  (void)dose;
}

void address_taken(void) {
  double (*parse)(const char *) = atof;
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:35: warning: 'atof' reports
  (void)parse;
}

#define PARSE_RATE(text) atoi(text)
#define SAME(x) x
void in_macro(const char *field) {
  use(PARSE_RATE(field));
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:7: warning: 'atoi' reports
  // CHECK: hs-api-ato-conversion.c:[[@LINE-5]]:26: note: expanded from macro 'PARSE_RATE'
  // A call written in a macro argument is reported where it is written.
  use(SAME(atol(field)));
  // CHECK: hs-api-ato-conversion.c:[[@LINE-1]]:12: warning: 'atol' reports
}

// Negatives: the checked conversions, and a struct member that is not libc's.
struct parser {
  int (*atoi)(const char *);
};
int use_member(struct parser *p, const char *field) { return p->atoi(field); }
int negative(const char *field) {
  char *end;
  errno = 0;
  long rate = strtol(field, &end, 10);
  if (errno || end == field || *end != '\0' || rate < 0 || rate > 1000)
    return -1;
  use(strtoul(field, &end, 10));
  use(strtoll(field, &end, 10));
  use(__isoc23_strtol(field, &end, 10));
  double dose = strtod(field, &end);
  if (errno || end == field)
    return -1;
  (void)dose;
  return 0;
}
