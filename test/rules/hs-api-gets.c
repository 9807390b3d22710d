// RUN: warden check --no-config --only=hs-api-gets --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-gets %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef struct FILE FILE;
extern FILE *stdin;
char *gets(char *s);
char *fgets(char *s, int n, FILE *f);
char *__builtin___gets_chk(char *s, unsigned long n);

void positive(void) {
  char line[64];
  gets(line);
  // CHECK: hs-api-gets.c:[[@LINE-1]]:3: error: 'gets' reads a line with no bound on its length; use 'fgets' with the buffer size [hs-api-gets]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   gets(line);
  // CHECK-NEXT: {{^}}      |   ^~~~
}

void address_taken(void) {
  char *(*reader)(char *) = gets;
  // CHECK: hs-api-gets.c:[[@LINE-1]]:29: error: 'gets' reads a line
  (void)reader;
}

#define READ_LINE(buf) gets(buf)
void in_macro(void) {
  char line[64];
  READ_LINE(line);
  // CHECK: hs-api-gets.c:[[@LINE-1]]:3: error: 'gets' reads a line
  // CHECK: hs-api-gets.c:[[@LINE-5]]:24: note: expanded from macro 'READ_LINE'
}

void fortified(void) {
  char line[64];
  __builtin___gets_chk(line, sizeof line);
  // CHECK: hs-api-gets.c:[[@LINE-1]]:3: error: 'gets' reads a line
}

// Negatives: the bounded reader, and a user function that is not libc's.
struct reader {
  int (*gets)(void);
};
int use_member(struct reader *r) { return r->gets(); }
void negative(void) {
  char line[64];
  fgets(line, sizeof line, stdin);
}
