//===- WeakCryptoChecker.cpp - Broken or deprecated algorithms ------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "crypto/WeakCryptoChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace crypto;

namespace {

/// What the checker knows about its own labels: the advice shown after
/// "selects <label>, " and whether the algorithm is a hash (to name the
/// replacement in the right API family).
struct KnownLabel {
  llvm::StringLiteral Label;
  llvm::StringLiteral Advice;
  bool Hash;
};

constexpr KnownLabel KnownLabels[] = {
    {"MD2", "a broken hash (CWE-328); use SHA-256 or stronger", true},
    {"MD4", "a broken hash (CWE-328); use SHA-256 or stronger", true},
    {"MD5", "a broken hash (CWE-328); use SHA-256 or stronger", true},
    {"SHA-1",
     "a hash with practical collisions that NIST SP 800-131A disallows for "
     "digital signatures (CWE-328); use SHA-256 or stronger",
     true},
    {"DES",
     "a cipher whose 56-bit key can be found by exhaustive search (CWE-327); "
     "use AES-GCM",
     false},
    {"3DES",
     "a 64-bit block cipher that NIST SP 800-131A disallows for encryption "
     "(CWE-327); use AES-GCM",
     false},
    {"RC2", "a broken cipher (CWE-327); use AES-GCM", false},
    {"RC4",
     "a broken stream cipher (CWE-327); use AES-GCM or ChaCha20-Poly1305",
     false},
    {"ECB mode",
     "which encrypts equal blocks to equal ciphertext and so leaks patterns "
     "(CWE-327); use an authenticated mode such as GCM",
     false},
};

constexpr llvm::StringLiteral GenericAdvice =
    "an algorithm that NIST SP 800-131A does not approve (CWE-327); use an "
    "approved algorithm such as SHA-256 or AES-GCM";

const KnownLabel *knownLabel(llvm::StringRef Label) {
  for (const KnownLabel &K : KnownLabels)
    if (K.Label == Label)
      return &K;
  return nullptr;
}

StringMap defaultAdvice() {
  StringMap M;
  for (const KnownLabel &K : KnownLabels)
    M[K.Label.str()] = K.Advice.str();
  return M;
}

/// The replacement in the API family the user wrote, derived from how the
/// weak name is spelled. Empty when the family is not recognised.
std::string familyHint(llvm::StringRef Spelled, bool Hash, bool LiteralName) {
  if (LiteralName)
    return Hash ? "\"SHA256\"" : "\"AES-256-GCM\"";
  if (Spelled.starts_with("EVP_") || Spelled.starts_with("wolfSSL_EVP_"))
    return Hash ? "EVP_sha256" : "EVP_aes_256_gcm";
  if (Spelled.starts_with("mbedtls_"))
    return Hash ? "mbedtls_sha256" : "mbedtls_gcm";
  if (Spelled.starts_with("MBEDTLS_"))
    return Hash ? "MBEDTLS_MD_SHA256" : "MBEDTLS_CIPHER_AES_256_GCM";
  if (Spelled.starts_with("wc_"))
    return Hash ? "wc_Sha256" : "wc_AesGcm";
  if (Spelled.starts_with("WC_"))
    return Hash ? "WC_HASH_TYPE_SHA256" : "";
  if (Spelled.starts_with("NID_"))
    return Hash ? "NID_sha256" : "NID_aes_256_gcm";
  if (Spelled.starts_with("CALG_"))
    return Hash ? "CALG_SHA_256" : "CALG_AES_256";
  // OpenSSL's low-level interfaces (MD5_Init, SHA1, DES_*, RC4, ...) are
  // deprecated as a whole since 3.0: point to EVP.
  for (llvm::StringRef Legacy :
       {"MD2", "MD4", "MD5", "SHA1", "DES_", "RC2", "RC4", "AES_"})
    if (Spelled.starts_with(Legacy))
      return Hash ? "EVP_DigestInit_ex with EVP_sha256()"
                  : "EVP_EncryptInit_ex with EVP_aes_256_gcm()";
  return "";
}

/// The text of a literal, lowercased, with non-ASCII code units as '?'.
std::string lowerText(const StringLiteral &SL) {
  std::string Text;
  Text.reserve(SL.getLength());
  for (unsigned I = 0; I < SL.getLength(); ++I) {
    uint32_t C = SL.getCodeUnit(I);
    Text.push_back(C < 0x80 ? llvm::toLower(char(C)) : '?');
  }
  return Text;
}

std::string writtenText(const StringLiteral &SL) {
  std::string Text;
  for (unsigned I = 0; I < SL.getLength() && I < 40; ++I) {
    uint32_t C = SL.getCodeUnit(I);
    Text.push_back(C >= 0x20 && C < 0x7f ? char(C) : '?');
  }
  if (SL.getLength() > 40)
    Text += "...";
  return Text;
}

AST_MATCHER_P(FunctionDecl, weakFunction, WeakCryptoChecker *, Checker) {
  return Checker->functionLabel(Node).has_value();
}

AST_MATCHER_P(FunctionDecl, takesAlgorithmName, WeakCryptoChecker *,
              Checker) {
  return Checker->hasNameArgument(Node);
}

AST_MATCHER_P(Expr, weakConstant, WeakCryptoChecker *, Checker) {
  llvm::StringRef Name;
  SourceLocation Loc;
  return Checker->constantLabel(&Node, Name, Loc).has_value();
}

AST_MATCHER_P(CallExpr, hasWeakConstantArgument, WeakCryptoChecker *,
              Checker) {
  for (const Expr *Arg : Node.arguments()) {
    llvm::StringRef Name;
    SourceLocation Loc;
    if (Checker->constantLabel(Arg, Name, Loc))
      return true;
  }
  return false;
}

} // namespace

std::vector<OptionSpec> WeakCryptoChecker::optionSpecs() {
  return {
      OptionSpec::map(
          "functions",
          "Functions that select a weak algorithm, by name, with the "
          "algorithm's label; '*' in a name matches any characters "
          "(\"EVP_*_ecb\"). Exact names win over patterns, and longer "
          "literal prefixes over shorter ones",
          {
              // OpenSSL, low-level interfaces and EVP.
              {"MD2*", "MD2"},
              {"MD4*", "MD4"},
              {"MD5*", "MD5"},
              {"SHA1*", "SHA-1"},
              {"EVP_md2", "MD2"},
              {"EVP_md4", "MD4"},
              {"EVP_md5", "MD5"},
              {"EVP_md5_sha1", "MD5"},
              {"EVP_sha1", "SHA-1"},
              {"DES_*", "DES"},
              {"DES_ede*", "3DES"},
              {"DES_ecb3_encrypt", "3DES"},
              {"EVP_des_*", "DES"},
              {"EVP_des_ede*", "3DES"},
              {"EVP_desx_cbc", "DES"},
              {"RC2_*", "RC2"},
              {"EVP_rc2_*", "RC2"},
              {"RC4", "RC4"},
              {"RC4_*", "RC4"},
              {"EVP_rc4*", "RC4"},
              {"EVP_*_ecb", "ECB mode"},
              {"AES_ecb_encrypt", "ECB mode"},
              // mbedTLS.
              {"mbedtls_md2*", "MD2"},
              {"mbedtls_md4*", "MD4"},
              {"mbedtls_md5*", "MD5"},
              {"mbedtls_sha1*", "SHA-1"},
              {"mbedtls_des_*", "DES"},
              {"mbedtls_des3_*", "3DES"},
              {"mbedtls_arc4_*", "RC4"},
              {"mbedtls_*_crypt_ecb", "ECB mode"},
              // wolfSSL, native and OpenSSL-compatible.
              {"wc_InitMd4", "MD4"},
              {"wc_Md4*", "MD4"},
              {"wc_InitMd5*", "MD5"},
              {"wc_Md5*", "MD5"},
              {"wc_InitSha", "SHA-1"},
              {"wc_InitSha_ex", "SHA-1"},
              {"wc_ShaUpdate", "SHA-1"},
              {"wc_ShaFinal", "SHA-1"},
              {"wc_ShaFinalRaw", "SHA-1"},
              {"wc_ShaFree", "SHA-1"},
              {"wc_ShaHash", "SHA-1"},
              {"wc_ShaGetHash", "SHA-1"},
              {"wc_ShaCopy", "SHA-1"},
              {"wc_Des_*", "DES"},
              {"wc_Des3_*", "3DES"},
              {"wc_Des3Init", "3DES"},
              {"wc_Des3Free", "3DES"},
              {"wc_Arc4*", "RC4"},
              {"wc_Rc2*", "RC2"},
              {"wc_AesEcb*", "ECB mode"},
              {"wolfSSL_EVP_md4", "MD4"},
              {"wolfSSL_EVP_md5", "MD5"},
              {"wolfSSL_EVP_sha1", "SHA-1"},
              {"wolfSSL_EVP_des_*", "DES"},
              {"wolfSSL_EVP_des_ede3_*", "3DES"},
              {"wolfSSL_EVP_rc4", "RC4"},
              {"wolfSSL_EVP_*_ecb", "ECB mode"},
          })
          .validate(validators::wildcardKeys()),
      OptionSpec::map(
          "algorithmNames",
          "Algorithm names that select a weak algorithm when passed as a "
          "string to one of 'nameFunctions', lowercase, with their label; "
          "compared case-insensitively, '*' matches any characters",
          {
              {"md2", "MD2"},
              {"md4", "MD4"},
              {"md5", "MD5"},
              {"md5-sha1", "MD5"},
              {"ssl3-md5", "MD5"},
              {"rsa-md5", "MD5"},
              {"sha1", "SHA-1"},
              {"sha-1", "SHA-1"},
              {"ssl3-sha1", "SHA-1"},
              {"rsa-sha1", "SHA-1"},
              {"des", "DES"},
              {"des-*", "DES"},
              {"desx*", "DES"},
              {"des-ede*", "3DES"},
              {"des3", "3DES"},
              {"3des", "3DES"},
              {"3des_112", "3DES"},
              {"rc2*", "RC2"},
              {"rc4*", "RC4"},
              {"*-ecb", "ECB mode"},
              {"chainingmodeecb", "ECB mode"},
          })
          .validate(validators::wildcardKeys()),
      OptionSpec::map(
          "nameFunctions",
          "Functions that take an algorithm name, with the 1-based position "
          "of the name argument",
          {
              {"EVP_get_digestbyname", "1"},
              {"EVP_get_cipherbyname", "1"},
              {"EVP_MD_fetch", "2"},
              {"EVP_CIPHER_fetch", "2"},
              {"EVP_Q_digest", "2"},
              {"EVP_DigestSignInit_ex", "3"},
              {"EVP_DigestVerifyInit_ex", "3"},
              {"EVP_PKEY_CTX_set_rsa_oaep_md_name", "2"},
              {"EVP_PKEY_CTX_set_rsa_mgf1_md_name", "2"},
              {"OSSL_PARAM_construct_utf8_string", "2"},
              {"mbedtls_md_info_from_string", "1"},
              {"mbedtls_cipher_info_from_string", "1"},
              {"wolfSSL_EVP_get_digestbyname", "1"},
              {"wolfSSL_EVP_get_cipherbyname", "1"},
              {"BCryptOpenAlgorithmProvider", "2"},
              {"BCryptSetProperty", "3"},
          })
          .validate(validators::positiveIntegerValues()),
      OptionSpec::map(
          "constants",
          "Enumerators, and object-like macros spelled as a whole argument "
          "or initialiser, that name a weak algorithm, with its label; '*' "
          "matches any characters. Reported when passed to a function or "
          "stored in a variable, not when compared or used as a case label",
          {
              {"MBEDTLS_MD_MD2", "MD2"},
              {"MBEDTLS_MD_MD4", "MD4"},
              {"MBEDTLS_MD_MD5", "MD5"},
              {"MBEDTLS_MD_SHA1", "SHA-1"},
              {"MBEDTLS_CIPHER_DES_*", "DES"},
              {"MBEDTLS_CIPHER_DES_EDE*", "3DES"},
              {"MBEDTLS_CIPHER_ARC4_128", "RC4"},
              {"MBEDTLS_CIPHER_*_ECB", "ECB mode"},
              {"MBEDTLS_CIPHER_ID_DES", "DES"},
              {"MBEDTLS_CIPHER_ID_3DES", "3DES"},
              {"MBEDTLS_CIPHER_ID_ARC4", "RC4"},
              {"MBEDTLS_MODE_ECB", "ECB mode"},
              {"WC_HASH_TYPE_MD2", "MD2"},
              {"WC_HASH_TYPE_MD4", "MD4"},
              {"WC_HASH_TYPE_MD5", "MD5"},
              {"WC_HASH_TYPE_MD5_SHA", "MD5"},
              {"WC_HASH_TYPE_SHA", "SHA-1"},
              {"WC_MD5", "MD5"},
              {"WC_SHA", "SHA-1"},
              {"WC_CIPHER_DES", "DES"},
              {"WC_CIPHER_DES3", "3DES"},
              {"WC_CIPHER_ARC4", "RC4"},
              {"WC_CIPHER_*_ECB", "ECB mode"},
              {"NID_md2", "MD2"},
              {"NID_md4", "MD4"},
              {"NID_md5*", "MD5"},
              {"NID_sha1*", "SHA-1"},
              {"NID_dsaWithSHA1*", "SHA-1"},
              {"NID_ecdsa_with_SHA1", "SHA-1"},
              {"NID_des_*", "DES"},
              {"NID_des_ede*", "3DES"},
              {"NID_desx_cbc", "DES"},
              {"NID_rc2_*", "RC2"},
              {"NID_rc4*", "RC4"},
              {"NID_*_ecb", "ECB mode"},
              {"CALG_MD2", "MD2"},
              {"CALG_MD4", "MD4"},
              {"CALG_MD5", "MD5"},
              {"CALG_SHA", "SHA-1"},
              {"CALG_SHA1", "SHA-1"},
              {"CALG_DES", "DES"},
              {"CALG_DESX", "DES"},
              {"CALG_3DES", "3DES"},
              {"CALG_3DES_112", "3DES"},
              {"CALG_RC2", "RC2"},
              {"CALG_RC4", "RC4"},
          })
          .validate(validators::wildcardKeys()),
      OptionSpec::list("warningAlgorithms",
                       "Labels reported at warning instead of the rule's "
                       "level (never above it): algorithms that are "
                       "deprecated rather than broken",
                       {"SHA-1"}),
      OptionSpec::map(
          "advice",
          "What is wrong with an algorithm and what to use instead, by "
          "label, completing \"'f' selects <label>, ...\"; labels missing "
          "here get the built-in advice, or a generic one",
          defaultAdvice()),
  };
}

WeakCryptoChecker::WeakCryptoChecker(const RuleBinding &Binding,
                                     TranslationUnitContext &TU)
    : Checker(Binding, TU), Functions(options().getMap("functions")),
      AlgorithmNames(options().getMap("algorithmNames")),
      Constants(options().getMap("constants")),
      NameFunctions(options().getPositionMap("nameFunctions")),
      WarningAlgorithms(options().getList("warningAlgorithms")),
      Advice(options().getMap("advice")), RuleLevel(Binding.Severity) {}

std::optional<llvm::StringRef>
WeakCryptoChecker::functionLabel(const FunctionDecl &FD) {
  auto [It, Inserted] = FunctionCache.try_emplace(FD.getCanonicalDecl());
  if (Inserted) {
    llvm::StringRef Name = libraryNameOf(FD);
    if (!Name.empty())
      It->second = Functions.lookup(Name);
  }
  return It->second;
}

bool WeakCryptoChecker::hasNameArgument(const FunctionDecl &FD) const {
  llvm::StringRef Name = libraryNameOf(FD);
  return !Name.empty() && NameFunctions.contains(Name);
}

std::optional<llvm::StringRef>
WeakCryptoChecker::constantLabel(const Expr *E, llvm::StringRef &Name,
                                 SourceLocation &Loc) {
  if (Constants.empty() || !E)
    return std::nullopt;
  E = E->IgnoreImpCasts();
  // Dependent code and ParenListExpr have no (usable) type.
  if (E->getType().isNull() || E->isTypeDependent() || E->isValueDependent() ||
      !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  // A macro that is the whole expression: NID_md5 (an integer literal) or
  // CALG_MD5 (a parenthesised expression of other macros). Checked first
  // so that WC_MD5, a macro for an enumerator, is named as written.
  const SourceManager &SM = context().sourceManager();
  const LangOptions &LO = context().langOptions();
  SourceLocation Begin = E->getBeginLoc(), End = E->getEndLoc();
  if (Begin.isMacroID() && End.isMacroID()) {
    llvm::StringRef Macro = Lexer::getImmediateMacroName(Begin, SM, LO);
    auto [It, Inserted] = MacroCache.try_emplace(Macro);
    if (Inserted)
      It->second = Constants.lookup(Macro);
    if (It->second && Macro == Lexer::getImmediateMacroName(End, SM, LO))
      if (auto Label = It->second) {
        Name = Macro;
        SourceLocation At = Begin;
        while (SM.isMacroArgExpansion(At))
          At = SM.getImmediateSpellingLoc(At);
        Loc = SM.getImmediateExpansionRange(At).getBegin();
        return Label;
      }
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens());
  if (!DRE)
    return std::nullopt;
  const auto *ECD = dyn_cast<EnumConstantDecl>(DRE->getDecl());
  if (!ECD)
    return std::nullopt;
  auto [It, Inserted] = EnumeratorCache.try_emplace(ECD);
  if (Inserted && ECD->getIdentifier())
    It->second = Constants.lookup(ECD->getName());
  if (It->second) {
    Name = ECD->getName();
    Loc = DRE->getLocation();
  }
  return It->second;
}

void WeakCryptoChecker::registerMatchers(MatchFinder *Finder) {
  auto Weak = functionDecl(weakFunction(this)).bind("function");
  Finder->addMatcher(callExpr(callee(Weak)).bind("call"), this);
  // Taking the address (a table of digest constructors) is the same use.
  Finder->addMatcher(declRefExpr(to(Weak)).bind("reference"), this);
  if (!NameFunctions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(takesAlgorithmName(this)).bind("namer")))
            .bind("namecall"),
        this);
  if (!Constants.empty()) {
    Finder->addMatcher(callExpr(hasWeakConstantArgument(this)).bind("ccall"),
                       this);
    Finder->addMatcher(
        varDecl(hasInitializer(weakConstant(this))).bind("cvar"), this);
    Finder->addMatcher(
        binaryOperator(hasOperatorName("="), hasRHS(weakConstant(this)))
            .bind("cassign"),
        this);
  }
}

void WeakCryptoChecker::reportUse(SourceLocation Loc, const std::string &What,
                                  llvm::StringRef Spelled,
                                  llvm::StringRef Label, bool LiteralName) {
  std::string Message = What + " selects " + Label.str() + ", ";
  const KnownLabel *Known = knownLabel(Label);
  auto It = Advice.find(Label.str());
  if (It != Advice.end() && !It->second.empty())
    Message += It->second;
  else if (Known)
    Message += Known->Advice;
  else
    Message += GenericAdvice;
  // The replacement API only goes with the built-in advice: a project's own
  // advice may recommend something else.
  if (Known && llvm::StringRef(Message).ends_with(Known->Advice)) {
    std::string Hint = familyHint(Spelled, Known->Hash, LiteralName);
    if (!Hint.empty())
      Message += " (" + Hint + ")";
  }
  FindingBuilder B = report(Loc, Message);
  B.property("algorithm", Label.str());
  if (llvm::is_contained(WarningAlgorithms, Label))
    B.severity(std::min(RuleLevel, Level::Warning));
}

void WeakCryptoChecker::checkNameArgument(const Expr *Arg,
                                          llvm::StringRef Function,
                                          SourceLocation At) {
  Arg = Arg->IgnoreParenCasts();
  if (const auto *CO = dyn_cast<ConditionalOperator>(Arg)) {
    checkNameArgument(CO->getTrueExpr(), Function, At);
    checkNameArgument(CO->getFalseExpr(), Function, At);
    return;
  }
  // A named constant: constexpr const char *kDigest = "MD5". Reported at
  // the use, where the algorithm is selected.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (VD && VD->getType().isConstant(context().astContext()) &&
        VD->getInit() &&
        At.isInvalid())
      checkNameArgument(VD->getInit(), Function, DRE->getLocation());
    return;
  }
  const auto *SL = dyn_cast<StringLiteral>(Arg);
  if (!SL)
    return;
  auto Label = AlgorithmNames.lookup(lowerText(*SL));
  if (!Label)
    return;
  reportUse(At.isValid() ? At : SL->getBeginLoc(),
            "\"" + writtenText(*SL) + "\" passed to '" + Function.str() + "'",
            "", *Label, /*LiteralName=*/true);
}

void WeakCryptoChecker::check(const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  const LangOptions &LO = R.Context->getLangOpts();

  auto ReportConstant = [&](const Expr *E) {
    llvm::StringRef Name;
    SourceLocation Loc;
    if (auto Label = constantLabel(E, Name, Loc))
      reportUse(Loc, "'" + Name.str() + "'", Name, *Label, false);
  };
  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("ccall")) {
    for (const Expr *Arg : Call->arguments())
      ReportConstant(Arg);
    return;
  }
  if (const auto *VD = R.Nodes.getNodeAs<VarDecl>("cvar")) {
    ReportConstant(VD->getInit());
    return;
  }
  if (const auto *BO = R.Nodes.getNodeAs<BinaryOperator>("cassign")) {
    ReportConstant(BO->getRHS());
    return;
  }

  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("namecall")) {
    const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("namer");
    llvm::StringRef Name = libraryNameOf(*FD);
    auto It = NameFunctions.find(Name);
    if (It == NameFunctions.end() || It->second > Call->getNumArgs())
      return;
    checkNameArgument(Call->getArg(It->second - 1), Name);
    return;
  }

  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("function");
  auto Label = functionLabel(*FD);
  if (!Label)
    return;
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  const DeclRefExpr *Ref =
      Call ? calleeDeclRef(Call->getCallee())
           : R.Nodes.getNodeAs<DeclRefExpr>("reference");
  if (Call && Ref)
    // The call is visited before its callee: do not report the callee
    // again as a reference.
    ReportedCallees.insert(Ref);
  else if (!Call && ReportedCallees.contains(Ref))
    return;
  if (Ref && Ref->isNonOdrUse() == NOUR_Unevaluated)
    return;
  SourceLocation Loc = Ref ? Ref->getLocation() : Call->getExprLoc();
  // A project's own MD5 implementation calling its helpers is not a use of
  // MD5: skip calls of functions defined in the file of the call.
  if (const FunctionDecl *Def = FD->getDefinition())
    if (SM.getFileID(SM.getExpansionLoc(Def->getLocation())) ==
        SM.getFileID(SM.getExpansionLoc(Loc)))
      return;
  // Name what the user wrote when a library macro renames the function
  // (OpenSSL: #define EVP_des_cfb EVP_des_cfb64).
  llvm::StringRef Spelled = systemMacroName(Loc, SM, LO);
  if (Spelled.empty() || !Functions.lookup(Spelled))
    Spelled = libraryNameOf(*FD);
  reportUse(Loc, "'" + Spelled.str() + "'", Spelled, *Label, false);
}

} // namespace warden::checkers
