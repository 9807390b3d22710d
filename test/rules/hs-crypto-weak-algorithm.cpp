// RUN: warden check --no-config --only=hs-crypto-weak-algorithm --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-crypto-weak-algorithm %s -- -std=c++17

// Test hygiene: declare what the test needs instead of including system headers.
extern "C" {
typedef struct evp_md_st EVP_MD;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
const EVP_MD *EVP_md5(void);
const EVP_MD *EVP_sha1(void);
const EVP_MD *EVP_sha256(void);
const EVP_CIPHER *EVP_des_ede3_cbc(void);
const EVP_CIPHER *EVP_aes_256_ecb(void);
EVP_MD *EVP_MD_fetch(OSSL_LIB_CTX *ctx, const char *algorithm,
                     const char *properties);
unsigned char *MD5(const unsigned char *d, unsigned long n, unsigned char *md);
}

namespace crypto {
// Not the library function: same name, a user namespace.
const EVP_MD *EVP_md5() { return nullptr; }
} // namespace crypto

// A wrapper class whose methods are named like the library's.
class Digest {
public:
  static Digest MD5() { return Digest(); }
  const EVP_MD *md() const { return EVP_sha256(); }
};

// A template selects the same algorithm in every instantiation: one finding.
template <typename T> const EVP_MD *legacyDigest(T) {
  return ::EVP_sha1();
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:12: warning: 'EVP_sha1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
}

// A dependent name: the algorithm comes from the type.
template <typename Policy> const EVP_MD *policyDigest() {
  return Policy::digest();
}
struct Modern {
  static const EVP_MD *digest() { return EVP_sha256(); }
};

struct Cipher {
  const EVP_CIPHER *(*make)(void);
};

void run(OSSL_LIB_CTX *lib, const unsigned char *d, unsigned char *md) {
  legacyDigest(1);
  legacyDigest(2.0);
  policyDigest<Modern>();
  const EVP_CIPHER *c = EVP_des_ede3_cbc();
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:25: error: 'EVP_des_ede3_cbc' selects 3DES
  auto ecb = [] { return EVP_aes_256_ecb(); };
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:26: error: 'EVP_aes_256_ecb' selects ECB mode
  Cipher table{EVP_des_ede3_cbc};
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:16: error: 'EVP_des_ede3_cbc' selects 3DES
  constexpr const char *kLegacy = "MD5";
  EVP_MD_fetch(lib, kLegacy, nullptr);
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:21: error: "MD5" passed to 'EVP_MD_fetch' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  EVP_MD_fetch(lib, "md5", nullptr);
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:21: error: "md5" passed to 'EVP_MD_fetch' selects MD5
  ::MD5(d, 16, md);
  // CHECK: hs-crypto-weak-algorithm.cpp:[[@LINE-1]]:5: error: 'MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  crypto::EVP_md5();
  Digest::MD5();
  (void)c;
  (void)ecb;
  (void)table;
  static_assert(sizeof(EVP_md5()) == sizeof(void *), "unevaluated");
}
