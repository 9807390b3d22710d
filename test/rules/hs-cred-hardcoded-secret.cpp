// RUN: warden check --no-config --only=hs-cred-hardcoded-secret --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cred-hardcoded-secret %s -- -std=c++17

// Test hygiene: no system headers; the library declarations the test needs
// are in a header of its own, marked as a system header.
#include "Inputs/secret-std.h"

typedef unsigned char uint8_t;

// Variables of string classes, brace and literal forms.
static const std::string kApiKey = "AKIAIOSFODNN7EXAMPLE";
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:36: error: hard-coded secret in 'kApiKey' (20 characters, 3.7 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
std::string admin_password{"Tr0ub4dor&3"};
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:28: error: hard-coded secret in 'admin_password' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
constexpr char kClientSecret[] = "9f8e7d6c5b4a39281706";
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:34: error: hard-coded secret in 'kClientSecret' (20 characters, 3.9 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
const auto session_token = std::string("c0ffee-b4be-f00d");
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:40: error: hard-coded secret in 'session_token' (16 characters, 2.9 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]

struct Config {
  std::string user;
  std::string password = "D3fault!Pw";
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:26: error: hard-coded secret in 'password' (10 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  int port = 104;
};

class Client {
public:
  Client() : token_("tok_9xQ2mZ7vL1") {}
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:21: error: hard-coded secret in 'token_' (14 characters, 3.8 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  void setApiKey(const std::string &);
  void configure(Config &c) {
    c.password = "Ch4ngedPw!";
    // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:18: error: hard-coded secret in 'password' (10 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
    setApiKey("k-7f3a9c2e1b");
    // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:15: error: hard-coded secret passed to 'setApiKey' (12 characters, 3.6 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  }

private:
  std::string token_;
};

struct Credentials {
  Credentials(const char *user, const char *password);
};

void connect(const char *host, const char *password = "adm1nDefault");
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:55: error: hard-coded secret in 'password' (12 characters, 3.4 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]

// A template: one finding for every instantiation.
template <typename T> T makeSecret() {
  const char *secret = "tmpl-S3cret";
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:24: error: hard-coded secret in 'secret' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  return T(secret);
}

static const std::array<uint8_t, 16> aes_key = {
    {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
    // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:5: error: hard-coded key in 'aes_key' (16 bytes, 4.0 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]
     0x0c, 0x0d, 0x0e, 0x0f}};
static const std::vector<uint8_t> signing_key = {1, 2, 3, 4, 5, 6, 7, 8, 9};
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:49: error: hard-coded key in 'signing_key' (9 bytes, 3.2 bits/byte entropy); load it from a protected key store at run time [hs-cred-hardcoded-secret]

#define SERVICE_PIN "2580"
// CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:9: error: hard-coded secret in macro 'SERVICE_PIN' (4 characters, 2.0 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
void run(Client &client) {
  Config positional{"service", "P0sitional!"};
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:32: error: hard-coded secret in 'password' (11 characters, 3.3 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  Credentials creds("admin", "S3cr3t!x");
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:30: error: hard-coded secret passed as 'password' of 'Credentials' (8 characters, 2.8 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  using namespace std::string_literals;
  auto api_token = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"s;
  // CHECK: hs-cred-hardcoded-secret.cpp:[[@LINE-1]]:20: error: hard-coded secret in 'api_token' (40 characters, 4.1 bits/character entropy); load it from a protected store or the environment at run time [hs-cred-hardcoded-secret]
  const char *pin = SERVICE_PIN;
  Config cfg;
  client.configure(cfg);
  makeSecret<std::string>();
  makeSecret<const char *>();
  (void)positional, (void)creds, (void)api_token, (void)pin;
}

// Negatives.
void negative(Client &client, const char *from_vault) {
  std::string password;
  std::string password_hint = "the name of your first pet";
  const std::string token_type = "Bearer";
  std::string secret = std::getenv("PUMP_SECRET");
  Credentials creds("admin", from_vault);
  Config empty{"service", ""};
  std::string api_key = "";
  (void)password, (void)password_hint, (void)token_type, (void)secret;
  (void)creds, (void)empty, (void)api_key;
}
