// RUN: warden check --no-config --only=hs-api-scanf-unbounded-string --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-scanf-unbounded-string %s --
//
// The fix-it, as a SARIF fix: the width goes right after the '%'.
// RUN: warden check --no-config --only=hs-api-scanf-unbounded-string --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own 'functions' table and suggestWidth = false, and the shipped
// rule with suggestWidth = false in [rules.options].
// RUN: warden check --config %S/Inputs/scanf-width-options.toml --only=test-fmt-my-scanf --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/scanf-width-options.toml --only=hs-api-scanf-unbounded-string --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOWIDTH --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef struct FILE FILE;
typedef __WCHAR_TYPE__ wchar_t;
typedef __builtin_va_list va_list;
extern FILE *stdin;
int scanf(const char *f, ...);
int fscanf(FILE *s, const char *f, ...);
int sscanf(const char *in, const char *f, ...);
int vsscanf(const char *in, const char *f, va_list ap);
int __isoc99_sscanf(const char *in, const char *f, ...);
int swscanf(const wchar_t *in, const wchar_t *f, ...);
long strtol(const char *s, char **end, int base);
void free(void *p);
// A project's own readers, checked by the custom rule of the configuration.
int my_scanf(const char *f, ...);
int read_record(int fd, const char *tag, const char *f, ...);

struct patient {
  char id[12];
  wchar_t name[20];
};

void positive(const char *line, struct patient *p, char *out) {
  char unit[8];
  int dose;
  scanf("%s", unit);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:10: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'unit' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   scanf("%s", unit);
  // CHECK-NEXT: {{^}}      |          ^
  // CHECK-NEXT: {{^}}      |           7
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:10: error: '%s' in 'scanf' reads a word with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
  // NOWIDTH-NEXT: {{^}} {{ *}}[[@LINE-6]] |   scanf("%s", unit);
  // NOWIDTH-NEXT: {{^}}      |          ^
  // NOWIDTH-NOT: {{^ +\| +[0-9]+$}}
  // SARIF: "text": "'%s' in 'scanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'unit'"
  // SARIF: "fixes": [
  // SARIF: "text": "read at most 7 characters"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-13]],
  // SARIF-NEXT: "startColumn": 11,
  // SARIF-NEXT: "endLine": [[@LINE-15]],
  // SARIF-NEXT: "endColumn": 11
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "7"

  // The destination of each conversion is found by its position, also
  // through a struct member and glibc's C99 name.
  sscanf(line, "%d %s", &dose, p->id);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:20: error: '%s' in 'sscanf' reads a word with no bound; use a field width such as '%11s' for the 12-byte buffer 'id' [hs-api-scanf-unbounded-string]
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:20: error: '%s' in 'sscanf' reads a word with no bound; give it
  __isoc99_sscanf(line, "%[^,],%d", unit, &dose);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:26: error: '%[^,]' in 'sscanf' reads a run of characters with no bound; use a field width such as '%7[^,]' for the 8-byte buffer 'unit' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   __isoc99_sscanf(line, "%[^,],%d", unit, &dose);
  // CHECK-NEXT: {{^}}      |                          ^
  // CHECK-NEXT: {{^}}      |                           7
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:26: error: '%[^,]' in 'sscanf' reads a run of characters with no bound; give it
  fscanf(stdin, "%ls", p->name);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:18: error: '%ls' in 'fscanf' reads a word with no bound; use a field width such as '%19ls' for the 20-character buffer 'name' [hs-api-scanf-unbounded-string]
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:18: error: '%ls' in 'fscanf'
  // A positional conversion takes its width after the 'n$'.
  sscanf(line, "%1$s", unit);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:17: error: '%1$s' in 'sscanf' reads a word with no bound; use a field width such as '%1$7s' for the 8-byte buffer 'unit' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   sscanf(line, "%1$s", unit);
  // CHECK-NEXT: {{^}}      |                 ^
  // CHECK-NEXT: {{^}}      |                    7
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:17: error: '%1$s' in 'sscanf'
  // glibc reads a zero width as no width.
  sscanf(line, "%0s", unit);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:17: error: '%0s' in 'sscanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'unit' [hs-api-scanf-unbounded-string]
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:17: error: '%0s' in 'sscanf'
  // SARIF: "text": "'%0s' in 'sscanf' reads a word
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-5]],
  // SARIF-NEXT: "startColumn": 18,
  // SARIF-NEXT: "endLine": [[@LINE-7]],
  // SARIF-NEXT: "endColumn": 19
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "7"

  // Destinations of unknown size: a pointer, a va_list.
  sscanf(line, "%s", out);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:17: error: '%s' in 'sscanf' reads a word with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   sscanf(line, "%s", out);
  // CHECK-NEXT: {{^}}      |                 ^
  // CHECK-NOT: {{^}}      |
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:17: error: '%s' in 'sscanf'
  // Each unbounded conversion is a finding of its own.
  sscanf(line, "%s=%s", unit, out);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:17: error: '%s' in 'sscanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'unit'
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:20: error: '%s' in 'sscanf' reads a word with no bound; give it a field width
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-3]]:17: error: '%s' in 'sscanf'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-4]]:20: error: '%s' in 'sscanf'
}

void variadic_list(const char *line, va_list ap) {
  vsscanf(line, "%s", ap);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:18: error: '%s' in 'vsscanf' reads a word with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:18: error: '%s' in 'vsscanf'
}

void wide(const wchar_t *line) {
  wchar_t word[10];
  char bytes[10];
  swscanf(line, L"%ls", word);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:19: error: '%ls' in 'swscanf' reads a word with no bound; use a field width such as '%9ls' for the 10-character buffer 'word' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   swscanf(line, L"%ls", word);
  // CHECK-NEXT: {{^}}      |                   ^
  // CHECK-NEXT: {{^}}      |                    9
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:19: error: '%ls' in 'swscanf'
  // A wide format stores each character as a multibyte sequence, so a width
  // in characters does not bound the bytes: no width is suggested.
  swscanf(line, L"%s", bytes);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:19: error: '%s' in 'swscanf' reads a word with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:19: error: '%s' in 'swscanf'
}

#define READ_WORD(buf) scanf("%s", buf)
#define WORD_FORMAT "%s"
#define SAME(x) x
void in_macro(void) {
  char word[16];
  // The whole call in a macro: reported at the expansion, and no fix, which
  // would change every other expansion of the macro too.
  READ_WORD(word);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:3: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%15s' for the 16-byte buffer 'word' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   READ_WORD(word);
  // CHECK-NEXT: {{^}}      |   ^~~~~~~~~
  // CHECK-NEXT: hs-api-scanf-unbounded-string.c:[[@LINE-11]]:30: note: expanded from macro 'READ_WORD'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:3: error: '%s' in 'scanf'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-13]]:30: note: expanded from macro 'READ_WORD'
  // The format in a macro.
  scanf(WORD_FORMAT, word);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:9: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%15s' for the 16-byte buffer 'word' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   scanf(WORD_FORMAT, word);
  // CHECK-NEXT: {{^}}      |         ^~~~~~~~~~~
  // CHECK-NEXT: hs-api-scanf-unbounded-string.c:[[@LINE-18]]:21: note: expanded from macro 'WORD_FORMAT'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:9: error: '%s' in 'scanf'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-20]]:21: note: expanded from macro 'WORD_FORMAT'
  // A literal written in a macro argument is the user's own text: exact
  // location and fix.
  SAME(scanf("%s", word));
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:15: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%15s' for the 16-byte buffer 'word' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   SAME(scanf("%s", word));
  // CHECK-NEXT: {{^}}      |               ^
  // CHECK-NEXT: {{^}}      |                15
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-5]]:15: error: '%s' in 'scanf'
}

void custom_function(void) {
  char tag[16];
  // Checked by the custom rule only, whose table names my_scanf (format
  // first) and not scanf, and which does not suggest widths.
  my_scanf("%s", tag);
  // CUSTOM: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:13: warning: '%s' in 'my_scanf' reads a word with no bound; give it a field width one less than the buffer size [test-fmt-my-scanf]
  // CUSTOM-NEXT: {{^}} {{ *}}[[@LINE-2]] |   my_scanf("%s", tag);
  // CUSTOM-NEXT: {{^}}      |             ^
  // CUSTOM-NEXT: hs-api-scanf-unbounded-string.c:[[@LINE+2]]:26: warning: '%s' in 'read_record' reads a word
  // The format is the third argument; the tag is not a format.
  read_record(0, "%s", "x%s", tag);
  // Not in the custom rule's table.
  scanf("%s", tag);
  // CHECK: hs-api-scanf-unbounded-string.c:[[@LINE-1]]:10: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%15s'
  // NOWIDTH: hs-api-scanf-unbounded-string.c:[[@LINE-2]]:10: error: '%s' in 'scanf' reads a word with no bound; give it
}

// Negatives: bounded, suppressed and allocating conversions, conversions
// that are not strings, '%%', formats that are not literals, and parsing
// with strtol.
void negative(const char *line, const char *format) {
  char name[16];
  char *copy;
  int n;
  scanf("%15s", name);
  scanf("%15[^\n]", name);
  scanf("%*s %d", &n);
  scanf("%*[^\n]");
  scanf("%ms", &copy);
  scanf("%m[a-z]", &copy);
  free(copy);
  scanf("%d %c %5c %%s", &n, name, name);
  sscanf(line, format, name);
  char *end;
  long v = strtol(line, &end, 10);
  (void)v;
}
