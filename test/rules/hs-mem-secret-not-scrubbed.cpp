// RUN: warden check --no-config --only=hs-mem-secret-not-scrubbed --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
extern "C" void *memset(void *s, int c, size_t n);
namespace std {
using ::memset;
}
void use(const unsigned char *p);

// Stores into an object in its destructor are dead once it returns.
class SessionKey {
public:
  ~SessionKey() {
    use(key_);
    std::memset(key_, 0, sizeof key_);
    // CHECK: hs-mem-secret-not-scrubbed.cpp:[[@LINE-1]]:10: warning: 'memset' clearing 'key_' is a dead store the compiler may remove, since 'key_' is not read again before the object is destroyed
    // CHECK: hs-mem-secret-not-scrubbed.cpp:[[@LINE+1]]:3: note: the object is destroyed here
  }
  void rotate();

private:
  unsigned char key_[32];
};

// A member function called afterwards may read the member.
class Token {
public:
  ~Token() {
    std::memset(token_, 0, sizeof token_);
    audit();
  }
  void audit() const;

private:
  unsigned char token_[16];
};

template <size_t N> void wipe_after_use() {
  unsigned char secret[N];
  use(secret);
  memset(secret, 0, N);
  // CHECK: hs-mem-secret-not-scrubbed.cpp:[[@LINE-1]]:3: warning: 'memset' clearing 'secret' is a dead store
  // CHECK: hs-mem-secret-not-scrubbed.cpp:[[@LINE+1]]:1: note: 'secret' goes out of scope here
}
template void wipe_after_use<16>();
template void wipe_after_use<32>();

// Not in a destructor: the object lives on.
void SessionKey::rotate() { memset(key_, 0, sizeof key_); }
