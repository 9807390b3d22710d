// Input of ../banned-call-options.test; the CHECK lines are read from here.
typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
#define NULL ((void *)0)
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *__memcpy_chk(void *d, const void *s, size_t n, size_t dn);
int fflush(FILE *f);
FILE *freopen(const char *path, const char *mode, FILE *f);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
char *strtok(char *s, const char *delim);
char *strcpy(char *d, const char *s);
int system(const char *command);

void user_rules(char *dst, const char *src, size_t n, FILE *f) {
  memcpy(dst, src, n);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: warning: 'memcpy' copies a size the caller did not check against the destination; use 'copy_checked' from acme/mem.h [acme-mem-no-memcpy]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   memcpy(dst, src, n);
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  // ONLY: banned-call-options.c:[[@LINE-4]]:3: warning: 'memcpy' copies a size the caller did not check against the destination; use 'copy_checked' from acme/mem.h [acme-mem-no-memcpy]
  memmove(dst, src, n);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: warning: 'memmove' copies a size the caller did not check against the destination [acme-mem-no-memcpy]
  // ONLY: banned-call-options.c:[[@LINE-2]]:3: warning: 'memmove' copies
  // allowNullFirstArgument = []: a null destination is still reported.
  memcpy(NULL, src, 0);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: warning: 'memcpy' copies
  // ONLY: banned-call-options.c:[[@LINE-2]]:3: warning: 'memcpy' copies
  // The _FORTIFY_SOURCE forms of a user-chosen function are included.
  __builtin___memcpy_chk(dst, src, n, 16);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: warning: 'memcpy' copies
  // ONLY: banned-call-options.c:[[@LINE-2]]:3: warning: 'memcpy' copies
  __memcpy_chk(dst, src, n, 16);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: warning: 'memcpy' copies
  // ONLY: banned-call-options.c:[[@LINE-2]]:3: warning: 'memcpy' copies

  fflush(f);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: error: 'fflush' hides write errors of the stream [acme-io-stream-reset]
  freopen("/dev/null", "w", f);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: error: 'freopen' hides write errors of the stream [acme-io-stream-reset]
  // allowNullFirstArgument = ["fflush"]: only fflush may take a null first
  // argument (flush every stream).
  fflush(NULL);
  fflush(0);
  freopen(NULL, "rb", f);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: error: 'freopen' hides write errors of the stream [acme-io-stream-reset]
}

void shipped_rules(const char *text, char *line, char *dst) {
  // [rules.options] narrowed hs-api-ato-conversion to atoi; the shipped
  // reason and alternative are kept.
  int rate = atoi(text);
  // CHECK: banned-call-options.c:[[@LINE-1]]:14: warning: 'atoi' reports neither conversion errors nor overflow; use 'strtol' and check the end pointer, errno and range [hs-api-ato-conversion]
  long total = atol(text) + atoll(text) + (long)atof(text);
  (void)rate;
  (void)total;
  // [rules.levels] raised hs-api-strtok from warning to error.
  strtok(line, ",");
  // STRTOK: banned-call-options.c:[[@LINE-1]]:3: error: 'strtok' keeps hidden static state and writes into its input; use 'strtok_r' with an explicit save pointer [hs-api-strtok]
  // [rules.options] emptied allowNullFirstArgument of
  // hs-api-command-processor: system(NULL) is reported too.
  system(NULL);
  // CHECK: banned-call-options.c:[[@LINE-1]]:3: error: 'system' runs a command through the shell; use 'posix_spawn' or 'execve' with an argument vector [hs-api-command-processor]
  // hs-api-unbounded-strcpy is neither in a pack nor enabled.
  strcpy(dst, text);
}
