// RUN: warden check --no-config --only=hs-cred-hardcoded-secret --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cred-hardcoded-secret %s --
//
// Length and entropy as SARIF properties; the secret itself appears nowhere
// in the log.
// RUN: warden check --no-config --only=hs-cred-hardcoded-secret --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
// RUN: FileCheck %s --check-prefix=NOLEAK --input-file=%t.sarif
// NOLEAK-NOT: Pump#Adm1n9
// NOLEAK-NOT: Tr1cky!Pass
// NOLEAK-NOT: MIIEowIBAAKCAQEA
//
// Options, through a configuration (test/rules/Inputs): a project rule with
// every table of its own, and the shipped rule with a minimum entropy, no
// literal scan and no parameter names.
// RUN: warden check --config %S/Inputs/hardcoded-secret-options.toml --only=test-cred-project --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/hardcoded-secret-options.toml --only=hs-cred-hardcoded-secret --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'

// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef __WCHAR_TYPE__ wchar_t;
typedef unsigned char uint8_t;
typedef struct st_mysql MYSQL;
typedef void CURL;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_USERPWD = 10005,
  CURLOPT_PASSWORD = 10174,
} CURLoption;
char *strcpy(char *dst, const char *src);
char *getenv(const char *name);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user,
                          const char *passwd, const char *db,
                          unsigned int port, const char *unix_socket,
                          unsigned long client_flag);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
unsigned char *HMAC(const void *evp_md, const void *key, int key_len,
                    const unsigned char *d, size_t n, unsigned char *md,
                    unsigned int *md_len);
int device_login(const char *user, const char *passcode);
void pump_set_pin(void *pump, const char *);
void log_line(const char *message);
typedef struct ssl_ctx_st SSL_CTX;
int SSL_CTX_use_PrivateKey_ASN1(int pk, SSL_CTX *ctx, const unsigned char *d,
                                long len);

// Variables.
static const char *service_password = "Pump#Adm1n9";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:39: error: hard-coded secret in 'service_password' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:39: error: hard-coded secret in 'service_password' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// SARIF: "ruleId": "hs-cred-hardcoded-secret",
// SARIF-NEXT: "ruleIndex": 0,
// SARIF-NEXT: "level": "error",
// SARIF-NEXT: "message": {
// SARIF-NEXT: "text": "hard-coded secret in 'service_password' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time"
// SARIF: "startLine": [[@LINE-8]],
// SARIF-NEXT: "startColumn": 39,
// SARIF: "properties": {
// SARIF-NEXT: "entropy": 3.28,
// SARIF-NEXT: "length": 11
static const char api_key[] = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:31: error: hard-coded secret in 'api_key' (32 characters, 4.8 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:31: error: hard-coded secret in 'api_key' (32 characters, 4.8 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
static const wchar_t *password_w = L"W1deS3cret";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:36: error: hard-coded secret in 'password_w' (10 characters, 3.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:36: error: hard-coded secret in 'password_w' (10 characters, 3.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
const char *weak_pin = "1234";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:24: error: hard-coded secret in 'weak_pin' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// A password hash is a credential too.
const char *admin_password_hash =
    "$2b$12$KIXQJFzZ1cX8f0xO6Vb7U.eT8o2bYpHn5rG1cFq3yZ0aJ9sLmNwQe";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:5: error: hard-coded secret in 'admin_password_hash' (60 characters, 5.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:5: error: hard-coded secret in 'admin_password_hash' (60 characters, 5.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]

// Fields: designated and positional initialisers, and assignments.
struct login {
  const char *user;
  const char *password;
  int port;
};
static const struct login service_login = {.user = "service",
                                           .password = "Adm1n!2024",
                                           // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:56: error: hard-coded secret in 'password' (10 characters, 3.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
                                           // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:56: error: hard-coded secret in 'password' (10 characters, 3.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
                                           .port = 22};
static const struct login logins[] = {
    {"clinician", "S3rv1ce!", 23},
    // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:19: error: hard-coded secret in 'password' (8 characters, 3.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
    // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:19: error: hard-coded secret in 'password' (8 characters, 3.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
    {"guest", "", 0},
};

struct vault {
  char passwd[32];
  const char *secret;
};

void assignments(struct vault *v, const char *from_ui) {
  v->secret = "letmein1";
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:15: error: hard-coded secret in 'secret' (8 characters, 2.8 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  strcpy(v->passwd, "qwerty123");
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:21: error: hard-coded secret copied into 'passwd' (9 characters, 3.2 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:21: error: hard-coded secret copied into 'passwd' (9 characters, 3.2 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // From the user, not from the source.
  v->secret = from_ui;
  strcpy(v->passwd, from_ui);
}

// Known credential parameters.
void calls(MYSQL *db, CURL *curl, const unsigned char *msg, unsigned char *md,
           void *pump) {
  mysql_real_connect(db, "localhost", "root", "r00tPass", "pacs", 3306, 0, 0);
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:47: error: hard-coded secret passed as 'passwd' of 'mysql_real_connect' (8 characters, 2.5 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  curl_easy_setopt(curl, CURLOPT_PASSWORD, "ftpS3cret");
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:44: error: hard-coded secret passed with 'CURLOPT_PASSWORD' to 'curl_easy_setopt' (9 characters, 2.9 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  curl_easy_setopt(curl, CURLOPT_USERPWD, "svc:Pa55word");
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:43: error: hard-coded secret passed with 'CURLOPT_USERPWD' to 'curl_easy_setopt' (12 characters, 3.4 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:43: error: hard-coded secret passed with 'CURLOPT_USERPWD' to 'curl_easy_setopt' (12 characters, 3.4 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  curl_easy_setopt(curl, CURLOPT_URL, "https://updates.example.com/v1");
  HMAC(0, "k3y-f0r-hmac", 12, msg, 4, md, 0);
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:11: error: hard-coded secret passed as 'key' of 'HMAC' (12 characters, 3.4 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:11: error: hard-coded secret passed as 'key' of 'HMAC' (12 characters, 3.4 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // Any function whose parameter is named like a secret.
  device_login("clinician", "8x4G2q9Z");
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:29: error: hard-coded secret passed as 'passcode' of 'device_login' (8 characters, 3.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // A setter, whose parameter has no name.
  pump_set_pin(pump, "4711");
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:22: error: hard-coded secret passed to 'pump_set_pin' (4 characters, 1.5 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
}

// A private key handed to OpenSSL as DER bytes in a string.
void use_key(SSL_CTX *ctx, const unsigned char *der_from_store, long len) {
  SSL_CTX_use_PrivateKey_ASN1(6, ctx,
                              (const unsigned char *)"\x30\x82\x01\x3b\x02\x01\x00\x02\x41\x00",
                              10);
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-2]]:54: error: hard-coded key passed as 'd' of 'SSL_CTX_use_PrivateKey_ASN1' (10 bytes, 2.7 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
  SSL_CTX_use_PrivateKey_ASN1(6, ctx, der_from_store, len);
}

// Key bytes.
static const unsigned char aes_key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae,
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:42: error: hard-coded key in 'aes_key' (16 bytes, 3.9 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:42: error: hard-coded key in 'aes_key' (16 bytes, 3.9 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
                                          0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88,
                                          0x09, 0xcf, 0x4f, 0x3c};
static const uint8_t hmac_key[] = "\x01\x23\x45\x67\x89\xab\xcd\xef";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:35: error: hard-coded key in 'hmac_key' (8 bytes, 3.0 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:35: error: hard-coded key in 'hmac_key' (8 bytes, 3.0 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]

// Credentials whatever they are bound to.
const char *upload_url = "https://svc:Tr1cky!Pass@updates.example.com/api";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:26: error: hard-coded password in a URL (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
static const char device_cert_key[] =
    "-----BEGIN RSA PRIVATE KEY-----\n"
    // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:5: error: hard-coded private key in a PEM literal (127 characters, 5.0 bits/character entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
    "MIIEowIBAAKCAQEAyV3t4m7PcmWTx0Qy9p2K1fGzX1z7D0rK8aPqj5rwL0aUoU9k\n"
    "-----END RSA PRIVATE KEY-----\n";
const char *auth_header = "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x";
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:27: error: hard-coded credential in an HTTP authorization value (26 characters, 4.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]

// Macros: a secret-named macro is reported where it is defined, once;
// a literal from another macro is reported where it is used.
#define DB_PASSWORD "m3d1c4l!"
// CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:9: error: hard-coded secret in macro 'DB_PASSWORD' (8 characters, 3.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
// STRICT: hs-cred-hardcoded-secret.c:[[@LINE-2]]:9: error: hard-coded secret in macro 'DB_PASSWORD' (8 characters, 3.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
#define FACTORY_DEFAULT "Fact0ry#1"
void macros(MYSQL *db) {
  mysql_real_connect(db, "localhost", "pacs", DB_PASSWORD, "pacs", 0, 0, 0);
  const char *password = FACTORY_DEFAULT;
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:26: error: hard-coded secret in 'password' (9 characters, 3.2 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-5]]:25: note: expanded from macro 'FACTORY_DEFAULT'
  // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-3]]:26: error: hard-coded secret in 'password' (9 characters, 3.2 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  // STRICT: hs-cred-hardcoded-secret.c:[[@LINE-7]]:25: note: expanded from macro 'FACTORY_DEFAULT'
  log_line(password);
}

// A default kept in the source is a default credential.
const char *fallback_pw(void) {
  const char *pw = getenv("PUMP_PW") ? getenv("PUMP_PW") : "fallback99";
  // CHECK: hs-cred-hardcoded-secret.c:[[@LINE-1]]:60: error: hard-coded secret in 'pw' (10 characters, 2.7 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  return pw;
}

// Negatives: the filters.
struct settings {
  const char *password_prompt;
  const char *token_delimiters;
};
void negative(MYSQL *db, const char *user_pw, void *pump, char *out) {
  const char *password = "";
  const char *passwd = "changeme";
  const char *secret = "xxxxxxxx";
  const char *api_token = "********";
  const char *client_secret = "${CLIENT_SECRET}";
  const char *service_secret = "$SERVICE_SECRET";
  const char *auth_token = "<token>";
  const char *access_token = "your_access_token_here";
  const char *pwd = "%s:%d";
  const char *password_file = "/etc/pump/password";
  const char *private_key = "/etc/ssl/private/pump.key";
  const char *secret_path = "server.key";
  const char *token = "AUTH_TOKEN";
  const char *credentials = "Invalid credentials, please try again.";
  const char *session_token = "access_token";
  const char *pass = "Password: ";
  const char *pin = "12";
  const char *keyword = "volume";
  const char *monkey = "banana12";
  const char *home_url = "https://user@updates.example.com/";
  int password_length = 12;
  struct settings s = {"Enter password", " \t,;"};
  static const unsigned char key_pad[16] = {0};
  static const unsigned char master_key_stub[16] = {1, 2, 3};
  static const unsigned char key_map[16] = {1, 2, 3, 4, 5, 6, 7, 8,
                                            9, 10, 11, 12, 13, 14, 15, 16};
  static const unsigned char iv[16] = {1, 2, 3, 4, 5, 6, 7, 8,
                                       9, 10, 11, 12, 13, 14, 15, 16};
  char user[16];
  strcpy(user, "clinician");
  mysql_real_connect(db, "localhost", "root", user_pw, "pacs", 0, 0, 0);
  device_login("clinician", user_pw);
  getenv("PUMP_PASSWORD");
  (void)password, (void)passwd, (void)secret, (void)api_token;
  (void)client_secret, (void)service_secret, (void)auth_token, (void)access_token, (void)pwd;
  (void)password_file, (void)private_key, (void)secret_path, (void)token;
  (void)credentials, (void)session_token, (void)pass, (void)pin;
  (void)keyword, (void)monkey, (void)home_url, (void)password_length;
  (void)s, (void)key_pad, (void)master_key_stub, (void)key_map, (void)iv;
}

// For the project rule of the configuration: its own names, tables and
// thresholds. Silent under the shipped rule.
enum pump_option { OPT_SERVICE_PIN = 7, OPT_RATE = 8 };
int pump_configure(int handle, enum pump_option opt, const char *value);
int pump_unlock(int handle, const char *code);
int door_open(int handle, const char *unlock);
int alarm_arm_with(int handle, const char *);
void copy_str(char *dst, const char *src);
void project(int h) {
  const char *unlock_code = "731";
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:29: warning: hard-coded secret in 'unlock_code' (3 characters, 1.6 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  const char *unlock_code_weak = "111";
  const char *unlock_code_default = "0000";
  const char *unlock_code_len = "1289";
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:33: warning: hard-coded secret in 'unlock_code_len' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  char unlock_code_buf[8];
  copy_str(unlock_code_buf, "5821");
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:29: warning: hard-coded secret copied into 'unlock_code_buf' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  pump_unlock(h, "4273");
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:18: warning: hard-coded secret passed as 'code' of 'pump_unlock' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  pump_configure(h, OPT_SERVICE_PIN, "9137");
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:38: warning: hard-coded secret passed with 'OPT_SERVICE_PIN' to 'pump_configure' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  pump_configure(h, OPT_RATE, "25ml");
  door_open(h, "8251");
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:16: warning: hard-coded secret passed as 'unlock' of 'door_open' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  alarm_arm_with(h, "6194");
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:21: warning: hard-coded secret passed to 'alarm_arm_with' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [test-cred-project]
  static const unsigned char seed[4] = {1, 2, 3, 4};
  // CUSTOM: hs-cred-hardcoded-secret.c:[[@LINE-1]]:40: warning: hard-coded key in 'seed' (4 bytes, 2.0 bits/byte entropy); load it from a protected key store at run time [test-cred-project]
  (void)unlock_code, (void)unlock_code_weak, (void)unlock_code_default;
  (void)unlock_code_len, (void)seed;
}
