// RUN: warden check --no-config --only=hs-crypto-weak-algorithm --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-crypto-weak-algorithm %s --
//
// The label and the level, as SARIF.
// RUN: warden check --no-config --only=hs-crypto-weak-algorithm --fail-on=never --quiet --format sarif -o %t.sarif %s --
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Options, through a configuration (test/rules/Inputs): a project rule with
// its own tables (Blowfish, a wrapper, a name function, a constant) and
// advice, and the shipped rule with SHA-1 at the rule's level and its own
// advice for MD5.
// RUN: warden check --config %S/Inputs/weak-crypto-options.toml --only=test-crypto-blowfish --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/weak-crypto-options.toml --only=hs-crypto-weak-algorithm --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='warning:'

// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef __WCHAR_TYPE__ wchar_t;
typedef struct evp_md_st EVP_MD;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct MD5state_st MD5_CTX;
typedef struct SHAstate_st SHA_CTX;
typedef unsigned char DES_cblock[8];
typedef struct DES_ks DES_key_schedule;
typedef struct rc4_key_st RC4_KEY;

// OpenSSL, EVP.
const EVP_MD *EVP_md4(void);
const EVP_MD *EVP_md5(void);
const EVP_MD *EVP_md5_sha1(void);
const EVP_MD *EVP_sha1(void);
const EVP_MD *EVP_sha256(void);
const EVP_MD *EVP_sha512(void);
const EVP_CIPHER *EVP_des_cbc(void);
const EVP_CIPHER *EVP_des_ecb(void);
const EVP_CIPHER *EVP_des_ede3_cbc(void);
const EVP_CIPHER *EVP_rc2_cbc(void);
const EVP_CIPHER *EVP_rc4(void);
const EVP_CIPHER *EVP_aes_128_ecb(void);
const EVP_CIPHER *EVP_aes_128_cbc(void);
const EVP_CIPHER *EVP_aes_256_gcm(void);
const EVP_CIPHER *EVP_chacha20_poly1305(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, void *impl,
                       const unsigned char *key, const unsigned char *iv);
int EVP_Digest(const void *data, size_t count, unsigned char *md,
               unsigned int *size, const EVP_MD *type, void *impl);
const EVP_MD *EVP_get_digestbyname(const char *name);
const EVP_CIPHER *EVP_get_cipherbyname(const char *name);
const EVP_MD *EVP_get_digestbynid(int nid);
EVP_MD *EVP_MD_fetch(OSSL_LIB_CTX *ctx, const char *algorithm,
                     const char *properties);
EVP_CIPHER *EVP_CIPHER_fetch(OSSL_LIB_CTX *ctx, const char *algorithm,
                             const char *properties);
#define NID_md5 4
#define NID_sha256 672
#define SN_md5 "MD5"
// OpenSSL, low-level interfaces.
unsigned char *MD5(const unsigned char *d, size_t n, unsigned char *md);
int MD5_Init(MD5_CTX *c);
int MD5_Update(MD5_CTX *c, const void *data, size_t len);
int MD5_Final(unsigned char *md, MD5_CTX *c);
unsigned char *SHA1(const unsigned char *d, size_t n, unsigned char *md);
int SHA1_Init(SHA_CTX *c);
unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
void DES_set_key_unchecked(DES_cblock *key, DES_key_schedule *schedule);
void DES_ecb_encrypt(DES_cblock *input, DES_cblock *output,
                     DES_key_schedule *ks, int enc);
void DES_ede3_cbc_encrypt(const unsigned char *input, unsigned char *output,
                          long length, DES_key_schedule *ks1,
                          DES_key_schedule *ks2, DES_key_schedule *ks3,
                          DES_cblock *ivec, int enc);
void RC4_set_key(RC4_KEY *key, int len, const unsigned char *data);
void RC4(RC4_KEY *key, size_t len, const unsigned char *indata,
         unsigned char *outdata);
// mbedTLS.
typedef enum {
  MBEDTLS_MD_NONE = 0,
  MBEDTLS_MD_MD5 = 3,
  MBEDTLS_MD_SHA1 = 4,
  MBEDTLS_MD_SHA256 = 6,
} mbedtls_md_type_t;
typedef enum {
  MBEDTLS_CIPHER_AES_128_ECB = 2,
  MBEDTLS_CIPHER_AES_128_GCM = 10,
  MBEDTLS_CIPHER_DES_ECB = 32,
  MBEDTLS_CIPHER_DES_EDE3_CBC = 37,
} mbedtls_cipher_type_t;
typedef struct mbedtls_md_info_t mbedtls_md_info_t;
typedef struct mbedtls_cipher_info_t mbedtls_cipher_info_t;
const mbedtls_md_info_t *mbedtls_md_info_from_type(mbedtls_md_type_t md_type);
const mbedtls_md_info_t *mbedtls_md_info_from_string(const char *md_name);
const mbedtls_cipher_info_t *
mbedtls_cipher_info_from_type(mbedtls_cipher_type_t cipher_type);
int mbedtls_md5(const unsigned char *input, size_t ilen,
                unsigned char output[16]);
int mbedtls_sha1(const unsigned char *input, size_t ilen,
                 unsigned char output[20]);
int mbedtls_sha256(const unsigned char *input, size_t ilen,
                   unsigned char *output, int is224);
int mbedtls_des3_set3key_enc(void *ctx, const unsigned char key[24]);
int mbedtls_arc4_crypt(void *ctx, size_t length, const unsigned char *input,
                       unsigned char *output);
int mbedtls_aes_crypt_ecb(void *ctx, int mode, const unsigned char input[16],
                          unsigned char output[16]);
// wolfSSL.
typedef enum {
  WC_HASH_TYPE_MD5 = 3,
  WC_HASH_TYPE_SHA = 4,
  WC_HASH_TYPE_SHA256 = 6,
} wc_HashType;
int wc_InitMd5(void *md5);
int wc_Md5Update(void *md5, const unsigned char *data, unsigned int len);
int wc_InitSha(void *sha);
int wc_InitSha256(void *sha);
int wc_Des3_SetKey(void *des, const unsigned char *key,
                   const unsigned char *iv, int dir);
int wc_AesEcbEncrypt(void *aes, unsigned char *out, const unsigned char *in,
                     unsigned int sz);
int wc_Hash(wc_HashType hash_type, const unsigned char *data,
            unsigned int data_len, unsigned char *hash, unsigned int hash_len);
// Windows CNG and CryptoAPI.
long BCryptOpenAlgorithmProvider(void **alg, const wchar_t *id,
                                 const wchar_t *impl, unsigned long flags);
#define BCRYPT_MD5_ALGORITHM L"MD5"
#define BCRYPT_SHA256_ALGORITHM L"SHA256"
#define ALG_CLASS_HASH (4 << 13)
#define ALG_TYPE_ANY 0
#define ALG_SID_MD5 3
#define ALG_SID_SHA_256 12
#define CALG_MD5 (ALG_CLASS_HASH | ALG_TYPE_ANY | ALG_SID_MD5)
#define CALG_SHA_256 (ALG_CLASS_HASH | ALG_TYPE_ANY | ALG_SID_SHA_256)
int CryptCreateHash(void *prov, unsigned int alg, void *key,
                    unsigned long flags, void **hash);
// A project's own wrappers, checked by the custom rule only.
void BF_set_key(void *key, int len, const unsigned char *data);
int legacy_hash(const void *data, size_t n, unsigned char *out);
const void *lookup_cipher(const char *name);
enum project_alg { ALG_AES = 1, ALG_BLOWFISH = 2 };
int select_alg(enum project_alg alg);

void openssl_evp(EVP_CIPHER_CTX *ctx, const unsigned char *key,
                 const unsigned char *iv, const void *data, size_t n,
                 unsigned char *md) {
  EVP_Digest(data, n, md, 0, EVP_md5(), 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:30: error: 'EVP_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  // SARIF: "ruleId": "hs-crypto-weak-algorithm",
  // SARIF-NEXT: "ruleIndex": 0,
  // SARIF-NEXT: "level": "error",
  // SARIF-NEXT: "message": {
  // SARIF-NEXT: "text": "'EVP_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256)"
  // SARIF: "startLine": [[@LINE-7]],
  // SARIF: "properties": {
  // SARIF-NEXT: "algorithm": "MD5"
  EVP_Digest(data, n, md, 0, EVP_md4(), 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:30: error: 'EVP_md4' selects MD4, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  EVP_Digest(data, n, md, 0, EVP_md5_sha1(), 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:30: error: 'EVP_md5_sha1' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  EVP_Digest(data, n, md, 0, EVP_sha1(), 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:30: warning: 'EVP_sha1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  // STRICT: hs-crypto-weak-algorithm.c:[[@LINE-2]]:30: error: 'EVP_sha1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  // SARIF: "level": "warning",
  // SARIF-NEXT: "message": {
  // SARIF-NEXT: "text": "'EVP_sha1' selects SHA-1
  // SARIF: "algorithm": "SHA-1"
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_des_cbc' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
  EVP_EncryptInit_ex(ctx, EVP_des_ecb(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_des_ecb' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_des_ede3_cbc' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
  EVP_EncryptInit_ex(ctx, EVP_rc2_cbc(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_rc2_cbc' selects RC2, a broken cipher (CWE-327); use AES-GCM (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
  EVP_EncryptInit_ex(ctx, EVP_rc4(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_rc4' selects RC4, a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305 (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), 0, key, iv);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:27: error: 'EVP_aes_128_ecb' selects ECB mode, which encrypts equal blocks to equal ciphertext and so leaks patterns (CWE-327); use an authenticated mode such as GCM (EVP_aes_256_gcm) [hs-crypto-weak-algorithm]
}

void openssl_legacy(const unsigned char *d, size_t n, unsigned char *md,
                    MD5_CTX *c, SHA_CTX *s, DES_cblock *k,
                    DES_key_schedule *ks, RC4_KEY *rc4) {
  MD5(d, n, md);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  // STRICT: hs-crypto-weak-algorithm.c:[[@LINE-2]]:3: error: 'MD5' selects MD5, a broken hash (CWE-328); use the project's dose_digest() [hs-crypto-weak-algorithm]
  MD5_Init(c);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'MD5_Init' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  MD5_Update(c, d, n);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'MD5_Update' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  MD5_Final(md, c);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'MD5_Final' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  SHA1(d, n, md);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: warning: 'SHA1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  SHA1_Init(s);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: warning: 'SHA1_Init' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_DigestInit_ex with EVP_sha256()) [hs-crypto-weak-algorithm]
  DES_set_key_unchecked(k, ks);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'DES_set_key_unchecked' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM (EVP_EncryptInit_ex with EVP_aes_256_gcm()) [hs-crypto-weak-algorithm]
  DES_ecb_encrypt(k, k, ks, 1);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'DES_ecb_encrypt' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM (EVP_EncryptInit_ex with EVP_aes_256_gcm()) [hs-crypto-weak-algorithm]
  DES_ede3_cbc_encrypt(d, md, (long)n, ks, ks, ks, k, 1);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'DES_ede3_cbc_encrypt' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM (EVP_EncryptInit_ex with EVP_aes_256_gcm()) [hs-crypto-weak-algorithm]
  RC4_set_key(rc4, 16, d);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'RC4_set_key' selects RC4, a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305 (EVP_EncryptInit_ex with EVP_aes_256_gcm()) [hs-crypto-weak-algorithm]
  RC4(rc4, n, d, md);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'RC4' selects RC4, a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305 (EVP_EncryptInit_ex with EVP_aes_256_gcm()) [hs-crypto-weak-algorithm]
}

void openssl_names(OSSL_LIB_CTX *lib, int legacy) {
  EVP_get_digestbyname("MD5");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: error: "MD5" passed to 'EVP_get_digestbyname' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  EVP_get_digestbyname("sha1");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: warning: "sha1" passed to 'EVP_get_digestbyname' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  EVP_get_digestbyname(SN_md5);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: error: "MD5" passed to 'EVP_get_digestbyname' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-158]]:16: note: expanded from macro 'SN_md5'
  EVP_get_cipherbyname("DES-EDE3-CBC");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: error: "DES-EDE3-CBC" passed to 'EVP_get_cipherbyname' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM ("AES-256-GCM") [hs-crypto-weak-algorithm]
  EVP_get_cipherbyname("aes-128-ecb");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: error: "aes-128-ecb" passed to 'EVP_get_cipherbyname' selects ECB mode, which encrypts equal blocks to equal ciphertext and so leaks patterns (CWE-327); use an authenticated mode such as GCM ("AES-256-GCM") [hs-crypto-weak-algorithm]
  EVP_get_cipherbyname("RC4");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:24: error: "RC4" passed to 'EVP_get_cipherbyname' selects RC4, a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305 ("AES-256-GCM") [hs-crypto-weak-algorithm]
  EVP_MD_fetch(lib, "SHA-1", 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:21: warning: "SHA-1" passed to 'EVP_MD_fetch' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  EVP_CIPHER_fetch(lib, "des-cbc", 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:25: error: "des-cbc" passed to 'EVP_CIPHER_fetch' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM ("AES-256-GCM") [hs-crypto-weak-algorithm]
  EVP_MD_fetch(lib, legacy ? "MD5" : "SHA2-256", 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:30: error: "MD5" passed to 'EVP_MD_fetch' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  EVP_get_digestbynid(NID_md5);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:23: error: 'NID_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (NID_sha256) [hs-crypto-weak-algorithm]
}

void mbedtls(const unsigned char *d, size_t n, unsigned char *out, void *ctx) {
  mbedtls_md_info_from_type(MBEDTLS_MD_MD5);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:29: error: 'MBEDTLS_MD_MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (MBEDTLS_MD_SHA256) [hs-crypto-weak-algorithm]
  mbedtls_md_info_from_type(MBEDTLS_MD_SHA1);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:29: warning: 'MBEDTLS_MD_SHA1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (MBEDTLS_MD_SHA256) [hs-crypto-weak-algorithm]
  mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:33: error: 'MBEDTLS_CIPHER_AES_128_ECB' selects ECB mode, which encrypts equal blocks to equal ciphertext and so leaks patterns (CWE-327); use an authenticated mode such as GCM (MBEDTLS_CIPHER_AES_256_GCM) [hs-crypto-weak-algorithm]
  mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:33: error: 'MBEDTLS_CIPHER_DES_EDE3_CBC' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM (MBEDTLS_CIPHER_AES_256_GCM) [hs-crypto-weak-algorithm]
  mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_ECB);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:33: error: 'MBEDTLS_CIPHER_DES_ECB' selects DES, a cipher whose 56-bit key can be found by exhaustive search (CWE-327); use AES-GCM (MBEDTLS_CIPHER_AES_256_GCM) [hs-crypto-weak-algorithm]
  mbedtls_md_info_from_string("MD5");
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:31: error: "MD5" passed to 'mbedtls_md_info_from_string' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  mbedtls_md5(d, n, out);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'mbedtls_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (mbedtls_sha256) [hs-crypto-weak-algorithm]
  mbedtls_sha1(d, n, out);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: warning: 'mbedtls_sha1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (mbedtls_sha256) [hs-crypto-weak-algorithm]
  mbedtls_des3_set3key_enc(ctx, d);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'mbedtls_des3_set3key_enc' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM (mbedtls_gcm) [hs-crypto-weak-algorithm]
  mbedtls_arc4_crypt(ctx, n, d, out);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'mbedtls_arc4_crypt' selects RC4, a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305 (mbedtls_gcm) [hs-crypto-weak-algorithm]
  mbedtls_aes_crypt_ecb(ctx, 1, d, out);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'mbedtls_aes_crypt_ecb' selects ECB mode, which encrypts equal blocks to equal ciphertext and so leaks patterns (CWE-327); use an authenticated mode such as GCM (mbedtls_gcm) [hs-crypto-weak-algorithm]
  // Stored, then used: the selection is the store.
  mbedtls_md_type_t md = MBEDTLS_MD_SHA1;
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:26: warning: 'MBEDTLS_MD_SHA1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (MBEDTLS_MD_SHA256) [hs-crypto-weak-algorithm]
  md = MBEDTLS_MD_MD5;
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:8: error: 'MBEDTLS_MD_MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (MBEDTLS_MD_SHA256) [hs-crypto-weak-algorithm]
  mbedtls_md_info_from_type(md);
}

void wolfssl(void *h, const unsigned char *d, unsigned int n,
             unsigned char *out) {
  wc_InitMd5(h);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'wc_InitMd5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (wc_Sha256) [hs-crypto-weak-algorithm]
  wc_Md5Update(h, d, n);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'wc_Md5Update' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (wc_Sha256) [hs-crypto-weak-algorithm]
  wc_InitSha(h);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: warning: 'wc_InitSha' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (wc_Sha256) [hs-crypto-weak-algorithm]
  wc_Des3_SetKey(h, d, d, 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'wc_Des3_SetKey' selects 3DES, a 64-bit block cipher that NIST SP 800-131A disallows for encryption (CWE-327); use AES-GCM (wc_AesGcm) [hs-crypto-weak-algorithm]
  wc_AesEcbEncrypt(h, out, d, n);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'wc_AesEcbEncrypt' selects ECB mode, which encrypts equal blocks to equal ciphertext and so leaks patterns (CWE-327); use an authenticated mode such as GCM (wc_AesGcm) [hs-crypto-weak-algorithm]
  wc_Hash(WC_HASH_TYPE_MD5, d, n, out, 16);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:11: error: 'WC_HASH_TYPE_MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (WC_HASH_TYPE_SHA256) [hs-crypto-weak-algorithm]
  wc_Hash(WC_HASH_TYPE_SHA, d, n, out, 20);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:11: warning: 'WC_HASH_TYPE_SHA' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (WC_HASH_TYPE_SHA256) [hs-crypto-weak-algorithm]
}

void windows(void **alg, void *prov, void **hash) {
  BCryptOpenAlgorithmProvider(alg, BCRYPT_MD5_ALGORITHM, 0, 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:36: error: "MD5" passed to 'BCryptOpenAlgorithmProvider' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger ("SHA256") [hs-crypto-weak-algorithm]
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-159]]:30: note: expanded from macro 'BCRYPT_MD5_ALGORITHM'
  CryptCreateHash(prov, CALG_MD5, 0, 0, hash);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:25: error: 'CALG_MD5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (CALG_SHA_256) [hs-crypto-weak-algorithm]
}

// The address of a digest constructor, in a table of digests.
struct digest {
  const char *name;
  const EVP_MD *(*md)(void);
};
static const struct digest digests[] = {
    {"md5", EVP_md5},
    // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:13: error: 'EVP_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
    {"sha256", EVP_sha256},
};

#define DIGEST EVP_md5()
#define HASH_WITH(md) EVP_Digest(data, n, out, 0, md, 0)
void in_macro(const void *data, size_t n, unsigned char *out) {
  EVP_Digest(data, n, out, 0, DIGEST, 0);
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:31: error: 'EVP_md5' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-5]]:16: note: expanded from macro 'DIGEST'
  HASH_WITH(EVP_sha1());
  // CHECK: hs-crypto-weak-algorithm.c:[[@LINE-1]]:13: warning: 'EVP_sha1' selects SHA-1, a hash with practical collisions that NIST SP 800-131A disallows for digital signatures (CWE-328); use SHA-256 or stronger (EVP_sha256) [hs-crypto-weak-algorithm]
}

void project(const void *data, size_t n, unsigned char *out, void *key) {
  BF_set_key(key, 16, out);
  // CUSTOM: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: warning: 'BF_set_key' selects Blowfish, a 64-bit block cipher (CWE-327); use AES-GCM [test-crypto-blowfish]
  legacy_hash(data, n, out);
  // CUSTOM: hs-crypto-weak-algorithm.c:[[@LINE-1]]:3: error: 'legacy_hash' selects MD5, a broken hash (CWE-328); use SHA-256 or stronger [test-crypto-blowfish]
  lookup_cipher("BF-CBC");
  // CUSTOM: hs-crypto-weak-algorithm.c:[[@LINE-1]]:17: warning: "BF-CBC" passed to 'lookup_cipher' selects Blowfish, a 64-bit block cipher (CWE-327); use AES-GCM [test-crypto-blowfish]
  select_alg(ALG_BLOWFISH);
  // CUSTOM: hs-crypto-weak-algorithm.c:[[@LINE-1]]:14: warning: 'ALG_BLOWFISH' selects Blowfish, a 64-bit block cipher (CWE-327); use AES-GCM [test-crypto-blowfish]
}

// A project's own MD5 (RFC 1321 names) is reported where it is used, not
// inside its own implementation.
typedef struct {
  unsigned int state[4];
} RFC_MD5_CTX;
void MD5Transform(unsigned int state[4], const unsigned char block[64]) {
  (void)state;
  (void)block;
}
void MD5Init(RFC_MD5_CTX *ctx) { MD5Transform(ctx->state, 0); }

// Negatives: approved algorithms by every route, a member named like a
// digest, names compared or switched on, unevaluated uses.
struct hasher {
  const EVP_MD *(*EVP_md5)(void);
};
int negative(struct hasher *h, EVP_CIPHER_CTX *ctx, const void *data,
             size_t n, unsigned char *out, OSSL_LIB_CTX *lib,
             mbedtls_md_type_t type, void *hprov, void **alg, void *prov,
             void **hash) {
  EVP_Digest(data, n, out, 0, EVP_sha256(), 0);
  EVP_Digest(data, n, out, 0, EVP_sha512(), 0);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), 0, out, out);
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), 0, out, out);
  EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), 0, out, out);
  SHA256(data, n, out);
  EVP_get_digestbyname("SHA256");
  EVP_MD_fetch(lib, "SHA3-256", 0);
  EVP_get_cipherbyname("AES-256-GCM");
  EVP_get_digestbynid(NID_sha256);
  mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
  mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_GCM);
  mbedtls_sha256(data, n, out, 0);
  wc_InitSha256(hprov);
  wc_Hash(WC_HASH_TYPE_SHA256, data, 0, out, 32);
  BCryptOpenAlgorithmProvider(alg, BCRYPT_SHA256_ALGORITHM, 0, 0);
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, hash);
  h->EVP_md5();
  MD5Init(0);
  (void)sizeof(EVP_md5());
  if (type == MBEDTLS_MD_SHA1)
    return 1;
  switch (type) {
  case MBEDTLS_MD_MD5:
    return 2;
  default:
    return 0;
  }
}
