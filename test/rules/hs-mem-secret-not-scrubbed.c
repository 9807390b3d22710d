// RUN: warden check --no-config --only=hs-mem-secret-not-scrubbed --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-mem-secret-not-scrubbed %s --
//
// The fix-it, as a SARIF fix: memset(b, 0, n) becomes explicit_bzero(b, n).
// RUN: warden check --no-config --only=hs-mem-secret-not-scrubbed --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): the project's own
// name pattern, clearing function, deallocator and scrub function.
// RUN: warden check --config %S/Inputs/secret-scrub-options.toml --only=test-mem-scrub-pin --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/secret-scrub-options.toml --only=test-mem-scrub-pin --fail-on=never --quiet --format sarif -o %t.custom.sarif %s --
// RUN: FileCheck %s --check-prefix=CUSTOM-SARIF --input-file=%t.custom.sarif
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
void *malloc(size_t n);
void free(void *p);
void *memset(void *s, int c, size_t n);
void bzero(void *s, size_t n);
void explicit_bzero(void *s, size_t n);
void OPENSSL_cleanse(void *p, size_t n);
void read_secret(char *p, size_t n);
int check(const char *p);
void secure_clear(void *p, size_t n);
void pool_free(void *p);

int local_array(void) {
  char password[64];
  read_secret(password, sizeof password);
  int ok = check(password);
  memset(password, 0, sizeof password);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:3: warning: 'memset' clearing 'password' is a dead store the compiler may remove, since 'password' is not read again before it goes out of scope; clear secrets with 'explicit_bzero', 'memset_s' or 'OPENSSL_cleanse' [hs-mem-secret-not-scrubbed]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   memset(password, 0, sizeof password);
  // CHECK-NEXT: {{^}}      |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |   explicit_bzero
  // CHECK-NEXT: {{^}}      |                  ,{{ $}}
  // CHECK-NEXT: hs-mem-secret-not-scrubbed.c:[[@LINE+9]]:3: note: 'password' goes out of scope here
  // SARIF: "text": "'memset' clearing 'password' is a dead store
  // SARIF: "text": "use 'explicit_bzero'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-10]],
  // SARIF-NEXT: "startColumn": 3,
  // SARIF-NEXT: "endLine": [[@LINE-12]],
  // SARIF-NEXT: "endColumn": 9
  // SARIF: "text": "explicit_bzero"
  return ok;
}

void heap_block(size_t n) {
  char *session_key = malloc(n);
  read_secret(session_key, n);
  check(session_key);
  if (session_key)
    bzero(session_key, n);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:5: warning: 'bzero' clearing 'session_key' is a dead store the compiler may remove, since 'session_key' is not read again before it is freed; clear secrets
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+1]]:3: note: 'session_key' is freed here
  free(session_key);
}

struct credentials {
  char user[16];
  char secret[32];
};

void member_of_local(void) {
  struct credentials c, secrets;
  read_secret(c.secret, sizeof c.secret);
  check(c.secret);
  memset(c.secret, 0, sizeof c.secret);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:3: warning: 'memset' clearing 'secret' is a dead store the compiler may remove, since 'secret' is not read again before it goes out of scope
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+7]]:1: note: 'secret' goes out of scope here
  // The name of the variable or of a member on the way counts.
  read_secret(secrets.user, sizeof secrets.user);
  check(secrets.user);
  memset(&secrets, 0, sizeof secrets);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:3: warning: 'memset' clearing 'secrets' is a dead store the compiler may remove, since 'secrets' is not read again before it goes out of scope
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+1]]:1: note: 'secrets' goes out of scope here
}

#define WIPE(b) memset(b, 0, sizeof(b))
void in_macro(void) {
  char pin[8];
  read_secret(pin, sizeof pin);
  check(pin);
  WIPE(pin);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:3: warning: 'memset' clearing 'pin' is a dead store
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-7]]:17: note: expanded from macro 'WIPE'
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+1]]:1: note: 'pin' goes out of scope here
}

// In a loop the buffer's lifetime ends at the end of each iteration.
void in_loop(int n) {
  for (int i = 0; i < n; ++i) {
    char token[32];
    read_secret(token, sizeof token);
    check(token);
    memset(token, 0, sizeof token);
    // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:5: warning: 'memset' clearing 'token' is a dead store
    // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+1]]:3: note: 'token' goes out of scope here
  }
}

// Negatives: the safe twins.
void scrubbed(void) {
  char password[64];
  read_secret(password, sizeof password);
  check(password);
  explicit_bzero(password, sizeof password);
  char key[16];
  read_secret(key, sizeof key);
  check(key);
  OPENSSL_cleanse(key, sizeof key);
}

static void *(*volatile memset_v)(void *, int, size_t) = memset;
void volatile_pointer(void) {
  char secret[16];
  read_secret(secret, sizeof secret);
  check(secret);
  memset_v(secret, 0, sizeof secret);
}

int read_after(void) {
  char password[64];
  read_secret(password, sizeof password);
  memset(password, 0, sizeof password);
  read_secret(password, sizeof password);
  return check(password);
}

void not_a_secret(void) {
  char line[64];
  read_secret(line, sizeof line);
  check(line);
  memset(line, 0, sizeof line);
}

// Names are matched word by word: a keyword or a mapping is not a key or a
// PIN (DICOM code clears attribute keyword buffers), while camelCase and
// digits split words.
void not_secret_words(void) {
  char keyword[64];
  read_secret(keyword, sizeof keyword);
  check(keyword);
  memset(keyword, 0, sizeof keyword);
  char mapping[16];
  read_secret(mapping, sizeof mapping);
  check(mapping);
  memset(mapping, 0, sizeof mapping);
}
void secret_words(void) {
  char sessionKey128[16];
  read_secret(sessionKey128, sizeof sessionKey128);
  check(sessionKey128);
  memset(sessionKey128, 0, sizeof sessionKey128);
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE-1]]:3: warning: 'memset' clearing 'sessionKey128' is a dead store the compiler may remove, since 'sessionKey128' is not read again before it goes out of scope
  // CHECK: hs-mem-secret-not-scrubbed.c:[[@LINE+1]]:1: note: 'sessionKey128' goes out of scope here
}

// A parameter's block outlives the function: the caller may read it.
void clear_for_caller(char *key, size_t n) { memset(key, 0, n); }

// A heap block that is not freed here.
char *kept(size_t n) {
  char *token = malloc(n);
  memset(token, 0, n);
  return token;
}

// The project's own pattern, clearing function, deallocator and scrub
// function.
void custom(size_t n) {
  char *pin_block = malloc(n);
  read_secret(pin_block, n);
  check(pin_block);
  secure_clear(pin_block, n);
  pool_free(pin_block);
  // CUSTOM: hs-mem-secret-not-scrubbed.c:[[@LINE-2]]:3: warning: 'secure_clear' clearing 'pin_block' is a dead store the compiler may remove, since 'pin_block' is not read again before it is freed; clear secrets with 'explicit_bzero', 'memset_s' or 'OPENSSL_cleanse' [test-mem-scrub-pin]
  // CUSTOM: hs-mem-secret-not-scrubbed.c:[[@LINE-2]]:3: note: 'pin_block' is freed here
  // CUSTOM-SARIF: "text": "'secure_clear' clearing 'pin_block'
  // CUSTOM-SARIF-NOT: "fixes"
}
