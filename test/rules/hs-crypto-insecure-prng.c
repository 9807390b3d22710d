// RUN: warden check --no-config --only=hs-crypto-insecure-prng --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-crypto-insecure-prng %s --
//
// The escalation as a SARIF result (level, property, note at the store).
// RUN: warden check --no-config --only=hs-crypto-insecure-prng --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): a project rule for
// its own generator and seeding function, and the shipped rule with seeds
// off and its own sensitive and ignored names.
// RUN: warden check --config %S/Inputs/insecure-prng-options.toml --only=test-prng-project --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/insecure-prng-options.toml --only=hs-crypto-insecure-prng --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NAMES --implicit-check-not='{{warning|error|note}}:'

// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef long time_t;
typedef long ssize_t;
int rand(void);
int rand_r(unsigned *seed);
void srand(unsigned seed);
long random(void);
void srandom(unsigned seed);
double drand48(void);
long lrand48(void);
long nrand48(unsigned short xsubi[3]);
void srand48(long seed);
time_t time(time_t *t);
int getpid(void);
void *memcpy(void *dst, const void *src, size_t n);
int snprintf(char *s, size_t n, const char *format, ...);
ssize_t getrandom(void *buf, size_t n, unsigned flags);
unsigned arc4random(void);
void arc4random_buf(void *buf, size_t n);
int RAND_bytes(unsigned char *buf, int num);
void use(long v);
unsigned seed_from_urandom(void);
// A project's own generator and seeding function, for the custom rule.
int dev_rand(void);
void dev_seed(int device, unsigned seed);
unsigned uptime_ms(void);

static const char charset[] = "abcdefghijklmnopqrstuvwxyz0123456789";

// Generators whose values are not secrets: warnings.
void jitter(unsigned short xsubi[3], unsigned *state) {
  int delay = rand() % 100;
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:15: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:15: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use(delay);
  use(random());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:7: warning: 'random' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:7: warning: 'random' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use(lrand48());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:7: warning: 'lrand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:7: warning: 'lrand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use((long)(drand48() * 10));
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:14: warning: 'drand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:14: warning: 'drand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use(nrand48(xsubi));
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:7: warning: 'nrand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:7: warning: 'nrand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use(rand_r(state));
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:7: warning: 'rand_r' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:7: warning: 'rand_r' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // Names that look secret but hold no secret.
  int key_len = rand() % 16;
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:17: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:17: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  int token_count = rand();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:21: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:21: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  int monkey = rand();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:16: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:16: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  int divisor = rand() % 10 + 1;
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:17: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:17: error: 'rand' is a predictable pseudo-random generator and its value reaches 'divisor' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:7: note: the value is stored in 'divisor' here
  use(key_len + token_count + monkey + divisor);
}

// Seeds: constants and predictable values.
void seeds(unsigned seed) {
  srand(42);
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:9: warning: 'srand' seeds the generator with a constant, so every run repeats the same sequence (CWE-336); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  srand(time(0));
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:9: warning: 'srand' seeds the generator from 'time', which an attacker can guess (CWE-337); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  srandom((unsigned)time(0) ^ (unsigned)getpid());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:11: warning: 'srandom' seeds the generator from 'time', which an attacker can guess (CWE-337); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  srand48(getpid());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:11: warning: 'srand48' seeds the generator from 'getpid', which an attacker can guess (CWE-337); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  // Not predictable: a seed from the OS, or from the caller.
  srand(seed_from_urandom());
  srand(seed);
  srand(time(0) ^ seed_from_urandom());
}

// Escalations: the value reaches a secret.
struct session {
  char sid[17];
  unsigned nonce;
  unsigned char key[16];
};

void set_token(struct session *s, unsigned token);

void make_token(char *token, size_t n) {
  for (size_t i = 0; i + 1 < n; ++i)
    token[i] = charset[rand() % (sizeof charset - 1)];
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:24: error: 'rand' is a predictable pseudo-random generator and its value reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:14: note: the value is stored in 'token' here
    // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:24: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
    // SARIF: "level": "error",
    // SARIF-NEXT: "message": {
    // SARIF-NEXT: "text": "'rand' is a predictable pseudo-random generator and its value reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes()"
    // SARIF: "startLine": [[@LINE-7]],
    // SARIF-NEXT: "startColumn": 24,
    // SARIF: "relatedLocations": [
    // SARIF: "startLine": [[@LINE-10]],
    // SARIF-NEXT: "startColumn": 14,
    // SARIF: "text": "the value is stored in 'token' here"
    // SARIF: "properties": {
    // SARIF-NEXT: "flowsInto": "token"
  token[n - 1] = '\0';
}

void new_session(struct session *s) {
  int r = rand();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:11: error: 'rand' is a predictable pseudo-random generator and its value reaches 'nonce' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE+2]]:12: note: the value is stored in 'nonce' here
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:11: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  s->nonce = (unsigned)r;
  long bits = random();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:15: error: 'random' is a predictable pseudo-random generator and its value reaches 'key' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE+2]]:10: note: the value is stored in 'key' here
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:15: warning: 'random' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  memcpy(s->key, &bits, sizeof bits);
  snprintf(s->sid, sizeof s->sid, "%08lx", lrand48());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:44: error: 'lrand48' is a predictable pseudo-random generator and its value reaches 'sid' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:12: note: the value is stored in 'sid' here
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:44: warning: 'lrand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  set_token(s, (unsigned)rand());
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:26: error: 'rand' is a predictable pseudo-random generator and its value reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:16: note: the value is passed as 'token' of 'set_token' here
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:26: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
}

unsigned make_nonce(void) { return (unsigned)rand() ^ 0x5a5a5a5au; }
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:46: error: 'rand' is a predictable pseudo-random generator and its value reaches 'make_nonce' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:29: note: the value is returned from 'make_nonce' here
// NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:46: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]

void more_paths(int c, unsigned char *iv, size_t n) {
  int otp = 0;
  otp += rand() % 10;
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:10: error: 'rand' is a predictable pseudo-random generator and its value reaches 'otp' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:7: note: the value is stored in 'otp' here
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:10: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  use(otp);
  for (size_t i = 0; i < n; ++i)
    iv[i] = (unsigned char)(drand48() * 256);
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:29: error: 'drand48' is a predictable pseudo-random generator and its value reaches 'iv' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE-2]]:11: note: the value is stored in 'iv' here
    // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:29: warning: 'drand48' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // Through either branch.
  int v;
  if (c)
    v = rand();
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:9: error: 'rand' is a predictable pseudo-random generator and its value reaches 'salt' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
    // CHECK: hs-crypto-insecure-prng.c:[[@LINE+4]]:12: note: the value is stored in 'salt' here
    // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:9: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  else
    v = 0;
  unsigned salt = (unsigned)v;
  use(salt);
  // Overwritten before the store: no flow.
  int w = rand();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:11: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:11: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  w = 7;
  unsigned challenge = (unsigned)w;
  use(challenge);
}

#define RANDOM_BYTE() ((unsigned char)(rand() & 0xff))
void in_macro(unsigned char *session_key) { session_key[0] = RANDOM_BYTE(); }
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:62: error: 'rand' is a predictable pseudo-random generator and its value reaches 'session_key' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-3]]:40: note: expanded from macro 'RANDOM_BYTE'
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-3]]:60: note: the value is stored in 'session_key' here
// NAMES: hs-crypto-insecure-prng.c:[[@LINE-4]]:62: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
// NAMES: hs-crypto-insecure-prng.c:[[@LINE-6]]:40: note: expanded from macro 'RANDOM_BYTE'

// The generator as a function pointer.
int (*const generator)(void) = rand;
// CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:32: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
// NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:32: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]

// Safe twins: the OS generator and OpenSSL's.
void negative(unsigned char *key, char *token, size_t n) {
  getrandom(key, n, 0);
  arc4random_buf(token, n);
  unsigned nonce = arc4random();
  use(nonce);
  RAND_bytes(key, 16);
  (void)sizeof(rand());
}

// A project's generator, for the custom rule: flagged like rand, and seeded
// predictably from the uptime. Pairing codes are secret for the shipped rule
// as configured.
void project(unsigned char *pairing_code) {
  dev_seed(1, uptime_ms());
  // CUSTOM: hs-crypto-insecure-prng.c:[[@LINE-1]]:15: warning: 'dev_seed' seeds the generator from 'uptime_ms', which an attacker can guess (CWE-337); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [test-prng-project]
  pairing_code[0] = (unsigned char)dev_rand();
  // CUSTOM: hs-crypto-insecure-prng.c:[[@LINE-1]]:36: warning: 'dev_rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [test-prng-project]
  pairing_code[1] = (unsigned char)rand();
  // CHECK: hs-crypto-insecure-prng.c:[[@LINE-1]]:36: warning: 'rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-2]]:36: error: 'rand' is a predictable pseudo-random generator and its value reaches 'pairing_code' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // NAMES: hs-crypto-insecure-prng.c:[[@LINE-3]]:19: note: the value is stored in 'pairing_code' here
}
