// RUN: warden check --no-config --only=hs-crypto-insecure-prng --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-crypto-insecure-prng %s -- -std=c++17
//
// The 'engines' option: a project's own engine class.
// RUN: warden check --config %S/Inputs/insecure-prng-options.toml --only=test-prng-project --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'

// Test hygiene: no system headers; the library declarations the test needs
// are in a header of its own, marked as a system header.
#include "Inputs/prng-std.h"

namespace acme {
// A project's own generator, for the 'engines' option.
class Lfsr {
public:
  Lfsr();
  unsigned operator()();
};
} // namespace acme

static const char kCharset[] = "abcdefghijklmnopqrstuvwxyz0123456789";

// A template: one finding for every instantiation.
template <typename T> T noise() { return static_cast<T>(std::rand() % 7); }
// CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:62: warning: 'std::rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]

class Session {
public:
  Session() : nonce_(static_cast<unsigned>(std::rand())) {}
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:49: error: 'std::rand' is a predictable pseudo-random generator and its value reaches 'nonce_' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:15: note: the value is stored in 'nonce_' here
  void init() {
    for (int i = 0; i < 16; ++i)
      token_ += kCharset[std::rand() % 36];
      // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:31: error: 'std::rand' is a predictable pseudo-random generator and its value reaches 'token_' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
      // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:14: note: the value is stored in 'token_' here
  }

private:
  unsigned nonce_;
  std::string token_;
};

// A global initialiser: the value goes straight into a secret.
static unsigned session_seed = static_cast<unsigned>(std::rand());
// CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:59: error: 'std::rand' is a predictable pseudo-random generator and its value reaches 'session_seed' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
// CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:17: note: the value is stored in 'session_seed' here

void engines(unsigned char *key, std::string &token, int *cards, int n) {
  std::mt19937 fixed;
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:16: warning: 'std::mt19937' is default-constructed, so every run repeats the same sequence (CWE-336); seed it from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  std::mt19937 constant(42);
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:25: warning: 'std::mt19937' is seeded with a constant, so every run repeats the same sequence (CWE-336); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  std::mt19937 clock(std::chrono::system_clock::now().time_since_epoch().count());
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:22: warning: 'std::mt19937' is seeded from 'now', which an attacker can guess (CWE-337); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  std::random_device rd;
  std::mt19937 gen(rd());
  gen.seed(7);
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:12: warning: 'std::mt19937' is seeded with a constant, so every run repeats the same sequence (CWE-336); seed from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  gen.seed();
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:7: warning: 'std::mt19937' is reset to its default seed, so every run repeats the same sequence (CWE-336); seed it from getrandom() or std::random_device [hs-crypto-insecure-prng]
  std::minstd_rand lcg{};
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:20: warning: 'std::minstd_rand' is default-constructed, so every run repeats the same sequence (CWE-336); seed it from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [hs-crypto-insecure-prng]
  std::uniform_int_distribution<int> dist(0, 255);
  // A simulation: not a secret.
  int roll = dist(gen);
  (void)roll;
  for (int i = 0; i < 16; ++i)
    key[i] = static_cast<unsigned char>(dist(gen));
    // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:46: error: 'std::mt19937' is not a cryptographically secure generator and its output reaches 'key' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
    // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:12: note: the value is stored in 'key' here
  token.push_back(kCharset[lcg() % 36]);
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:28: error: 'std::minstd_rand' is not a cryptographically secure generator and its output reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:9: note: the value is stored in 'token' here
  std::random_shuffle(cards, cards + n);
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:8: warning: 'std::random_shuffle' shuffles with an unspecified generator, often rand(), and was removed in C++17 (CWE-338); use std::shuffle with an engine seeded from std::random_device [hs-crypto-insecure-prng]
  std::random_shuffle(cards, cards + n, gen);
  std::shuffle(cards, cards + n, gen);
  std::generate(token.begin(), token.end(), std::rand);
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:50: error: 'std::rand' is a predictable pseudo-random generator and its value reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:17: note: the value is stored in 'token' here
  auto pick = [] { return std::rand(); };
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:32: warning: 'std::rand' is a predictable pseudo-random generator (CWE-338); use getrandom(), arc4random() or RAND_bytes() for values an attacker must not guess [hs-crypto-insecure-prng]
  auto fill = [&token] { token[0] = kCharset[std::rand() % 36]; };
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:51: error: 'std::rand' is a predictable pseudo-random generator and its value reaches 'token' (CWE-338); use getrandom(), arc4random() or RAND_bytes() [hs-crypto-insecure-prng]
  // CHECK: hs-crypto-insecure-prng.cpp:[[@LINE-2]]:35: note: the value is stored in 'token' here
  pick();
  fill();
  noise<int>();
  noise<long>();
  acme::Lfsr lfsr;
  // CUSTOM: hs-crypto-insecure-prng.cpp:[[@LINE-1]]:14: warning: 'acme::Lfsr' is default-constructed, so every run repeats the same sequence (CWE-336); seed it from getrandom() or std::random_device, and use a cryptographically secure generator for secrets [test-prng-project]
  (void)lfsr;
}

// Safe twins: the OS generator; an engine seeded from std::random_device
// used for a simulation.
void negative(unsigned char *key, int *samples) {
  getrandom(key, 16, 0);
  std::random_device rd;
  std::mt19937 sim(rd());
  std::uniform_int_distribution<int> dist(0, 9);
  samples[0] = dist(sim);
}
