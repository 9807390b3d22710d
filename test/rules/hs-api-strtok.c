// RUN: warden check --no-config --only=hs-api-strtok --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// A warning-level rule: the default gate (--fail-on=error) passes, a gate at
// warning fails.
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-strtok %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-strtok --fail-on=warning %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
#define NULL ((void *)0)
char *strtok(char *s, const char *delim);
char *strtok_r(char *s, const char *delim, char **save);
size_t strcspn(const char *s, const char *reject);
size_t strspn(const char *s, const char *accept);
void handle(const char *field);

void positive(char *line) {
  for (char *f = strtok(line, ","); f; f = strtok(NULL, ","))
    handle(f);
  // CHECK: hs-api-strtok.c:[[@LINE-2]]:18: warning: 'strtok' keeps hidden static state and writes into its input; use 'strtok_r' with an explicit save pointer [hs-api-strtok]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   for (char *f = strtok(line, ","); f; f = strtok(NULL, ","))
  // CHECK-NEXT: {{^}}      |                  ^~~~~~
  // CHECK: hs-api-strtok.c:[[@LINE-5]]:44: warning: 'strtok' keeps
}

void address_taken(void) {
  char *(*split)(char *, const char *) = strtok;
  // CHECK: hs-api-strtok.c:[[@LINE-1]]:42: warning: 'strtok' keeps
  (void)split;
}

#define FIRST_FIELD(line) strtok(line, ",")
#define SAME(x) x
void in_macro(char *line) {
  handle(FIRST_FIELD(line));
  // CHECK: hs-api-strtok.c:[[@LINE-1]]:10: warning: 'strtok' keeps
  // CHECK: hs-api-strtok.c:[[@LINE-5]]:27: note: expanded from macro 'FIRST_FIELD'
  // A call written in a macro argument is reported where it is written.
  handle(SAME(strtok(line, ";")));
  // CHECK: hs-api-strtok.c:[[@LINE-1]]:15: warning: 'strtok' keeps
}

// glibc has no _FORTIFY_SOURCE form of strtok, but a __builtin_ spelling maps
// to the library name like every other builtin.
char *__builtin_strtok(char *s, const char *delim);
void builtin_form(char *line) {
  handle(__builtin_strtok(line, ","));
  // CHECK: hs-api-strtok.c:[[@LINE-1]]:10: warning: 'strtok' keeps
}

// Negatives: the reentrant tokeniser, parsing without writing, and a struct
// member that is not libc's.
struct tokenizer {
  char *(*strtok)(char *, const char *);
};
char *use_member(struct tokenizer *t, char *line) { return t->strtok(line, ","); }
void negative(char *line) {
  char *save = NULL;
  for (char *f = strtok_r(line, ",", &save); f; f = strtok_r(NULL, ",", &save))
    handle(f);
  size_t n = strcspn(line, ",");
  n += strspn(line + n, ",");
  (void)n;
}
