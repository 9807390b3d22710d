//===- HardcodedSecretChecker.cpp - Credentials in the source -------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "crypto/HardcodedSecretChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/LiteralSupport.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include <cmath>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace crypto;

namespace {

constexpr llvm::StringLiteral SecretAdvice =
    "load it from a protected store or the environment at run time";
constexpr llvm::StringLiteral KeyAdvice =
    "load it from a protected key store at run time";

/// The characters of a literal as bytes; code units above 0xff (wide
/// literals) become '?', which is enough for the filters and the entropy.
std::string literalText(const StringLiteral &SL) {
  if (SL.getCharByteWidth() == 1)
    return SL.getString().str();
  std::string Text;
  Text.reserve(SL.getLength());
  for (unsigned I = 0; I < SL.getLength(); ++I) {
    uint32_t C = SL.getCodeUnit(I);
    Text.push_back(C < 0x100 ? char(C) : '?');
  }
  return Text;
}

/// Shannon entropy in bits per symbol.
double entropyOf(llvm::ArrayRef<uint8_t> Bytes) {
  if (Bytes.empty())
    return 0;
  unsigned Counts[256] = {};
  for (uint8_t B : Bytes)
    ++Counts[B];
  double H = 0;
  for (unsigned C : Counts)
    if (C) {
      double P = double(C) / Bytes.size();
      H -= P * std::log2(P);
    }
  return H;
}

double entropyOf(llvm::StringRef Text) {
  return entropyOf(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(Text.data()), Text.size()));
}

double rounded(double X) { return std::round(X * 100) / 100; }

/// printf conversions ("%s", "%08x"), std::format and fmt fields ("{}",
/// "{0}", "{:x}").
bool looksLikeFormat(llvm::StringRef Text) {
  for (size_t I = Text.find('%'); I != llvm::StringRef::npos;
       I = Text.find('%', I + 1)) {
    size_t J = I + 1;
    while (J < Text.size() && llvm::StringRef("-+ #0").contains(Text[J]))
      ++J;
    while (J < Text.size() && (llvm::isDigit(Text[J]) || Text[J] == '*' ||
                               Text[J] == '.'))
      ++J;
    while (J < Text.size() && llvm::StringRef("hljztL").contains(Text[J]))
      ++J;
    if (J < Text.size() &&
        llvm::StringRef("diouxXeEfFgGaAcspn").contains(Text[J]))
      return true;
  }
  return Text.contains("{}") || Text.contains("{0}") || Text.contains("{:");
}

bool hasWhitespace(llvm::StringRef Text) {
  return llvm::any_of(Text, [](char C) { return llvm::isSpace(C); });
}

/// "/etc/ssl/private/device.key", "./certs", "C:\\keys\\x.pem",
/// "server.key".
bool looksLikePath(llvm::StringRef Text) {
  if (hasWhitespace(Text))
    return false;
  auto PathChar = [](char C) {
    return llvm::isAlnum(C) || llvm::StringRef("._-/\\~:").contains(C);
  };
  bool AllPathChars = llvm::all_of(Text, PathChar);
  if (AllPathChars &&
      (Text.starts_with("/") || Text.starts_with("./") ||
       Text.starts_with("../") || Text.starts_with("~/") ||
       Text.starts_with("\\\\") ||
       (Text.size() > 2 && llvm::isAlpha(Text[0]) && Text[1] == ':' &&
        (Text[2] == '\\' || Text[2] == '/'))))
    return true;
  // A file name with an extension, in a directory or with a key or
  // certificate extension.
  size_t Dot = Text.rfind('.');
  if (!AllPathChars || Dot == llvm::StringRef::npos || Dot == 0)
    return false;
  std::string Ext = Text.substr(Dot + 1).lower();
  if (Ext.empty() || Ext.size() > 5 ||
      !llvm::all_of(Ext, [](char C) { return llvm::isAlnum(C); }))
    return false;
  if (Text.contains('/') || Text.contains('\\'))
    return true;
  for (llvm::StringRef Known : {"pem", "key", "crt", "cer", "der", "p12",
                                "pfx", "jks", "csr", "txt", "json", "conf",
                                "cfg", "ini", "xml", "yaml", "yml", "db"})
    if (Ext == Known)
      return true;
  return false;
}

/// "DB_PASSWORD", "$DB_PASSWORD": the name of an environment variable or a
/// setting, or a reference to one, not its value. ("$2b$12$..." is a
/// password hash and stays.)
bool looksLikeVariableName(llvm::StringRef Text) {
  if (Text.consume_front("$"))
    return !Text.empty() && !llvm::isDigit(Text[0]) &&
           llvm::all_of(Text, [](char C) { return llvm::isAlnum(C) || C == '_'; });
  if (Text.empty() || !llvm::isUpper(Text[0]) || !Text.contains('_'))
    return false;
  return llvm::all_of(Text, [](char C) {
    return llvm::isUpper(C) || llvm::isDigit(C) || C == '_';
  });
}

/// The password of a URL's user information (scheme://user:password@host),
/// or an empty string.
llvm::StringRef urlPassword(llvm::StringRef Text) {
  size_t Scheme = Text.find("://");
  if (Scheme == llvm::StringRef::npos || Scheme == 0)
    return {};
  llvm::StringRef Rest = Text.substr(Scheme + 3);
  Rest = Rest.take_until([](char C) {
    return C == '/' || C == '?' || C == '#' || llvm::isSpace(C);
  });
  size_t At = Rest.rfind('@');
  if (At == llvm::StringRef::npos)
    return {};
  llvm::StringRef UserInfo = Rest.take_front(At);
  size_t Colon = UserInfo.find(':');
  if (Colon == llvm::StringRef::npos)
    return {};
  return UserInfo.substr(Colon + 1);
}

/// The credential of an HTTP authorisation value: "Basic dXNlcjpwYXNz",
/// "Authorization: Bearer eyJ...".
llvm::StringRef authorizationCredential(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.starts_with_insensitive("authorization:"))
    Text = Text.drop_front(14).ltrim();
  for (llvm::StringRef Scheme : {"Basic ", "Bearer "})
    if (Text.starts_with_insensitive(Scheme)) {
      llvm::StringRef Credential = Text.drop_front(Scheme.size()).trim();
      if (!Credential.empty() && !hasWhitespace(Credential))
        return Credential;
    }
  return {};
}

bool isPemPrivateKey(llvm::StringRef Text) {
  return Text.contains("-----BEGIN ") && Text.contains("PRIVATE KEY-----");
}

/// The string literals an expression evaluates to: through casts,
/// temporaries, string constructors (std::string("..."), OFString("...")),
/// brace initialisers, user-defined literals ("..."s) and both arms of a
/// conditional (getenv("PW") ? getenv("PW") : "fallback").
void collectLiterals(const Expr *E,
                     llvm::SmallVectorImpl<const StringLiteral *> &Out,
                     unsigned Depth = 0) {
  while (E && Depth++ < 16) {
    E = E->IgnoreParenCasts();
    if (const auto *SL = dyn_cast<StringLiteral>(E)) {
      Out.push_back(SL);
      return;
    }
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E)) {
      E = EWC->getSubExpr();
      continue;
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BTE->getSubExpr();
      continue;
    }
    if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E)) {
      E = UDL->getCookedLiteral();
      continue;
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
      collectLiterals(CO->getTrueExpr(), Out, Depth);
      E = CO->getFalseExpr();
      continue;
    }
    if (const auto *BCO = dyn_cast<BinaryConditionalOperator>(E)) {
      E = BCO->getFalseExpr();
      continue;
    }
    if (const auto *IL = dyn_cast<InitListExpr>(E)) {
      if (IL->getNumInits() != 1)
        return;
      E = IL->getInit(0);
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      // A string class built from a literal, possibly with a length.
      if (CE->getNumArgs() == 0)
        return;
      for (unsigned I = 1; I < CE->getNumArgs(); ++I)
        if (!isa<CXXDefaultArgExpr>(CE->getArg(I)) &&
            (CE->getArg(I)->getType().isNull() ||
             !CE->getArg(I)->getType()->isIntegerType()))
          return;
      E = CE->getArg(0);
      continue;
    }
    return;
  }
}

AST_MATCHER_P(NamedDecl, secretOrKeyNamed, HardcodedSecretChecker *, Checker) {
  return Checker->secretName(&Node) || Checker->keyName(&Node);
}

AST_MATCHER_P(InitListExpr, initialisesSecretField, HardcodedSecretChecker *,
              Checker) {
  if (!Node.isSemanticForm() || Node.getType().isNull())
    return false;
  const auto *RT = Node.getType()->getAs<RecordType>();
  return RT && !Checker->secretFieldsOf(*RT->getDecl()).empty();
}

AST_MATCHER_P(CallExpr, hasCredentialArgument, HardcodedSecretChecker *,
              Checker) {
  const FunctionDecl *FD = Node.getDirectCallee();
  if (!FD || isa<CXXOperatorCallExpr>(Node))
    return false;
  return Checker->callHits(FD, {Node.getArgs(), Node.getNumArgs()}, nullptr);
}

AST_MATCHER_P(CXXConstructExpr, constructsWithCredential,
              HardcodedSecretChecker *, Checker) {
  return Checker->callHits(Node.getConstructor(),
                           {Node.getArgs(), Node.getNumArgs()}, nullptr);
}

AST_MATCHER_P(StringLiteral, credentialLiteral, HardcodedSecretChecker *,
              Checker) {
  return Checker->literalLooksLikeCredential(Node);
}

/// `x = "..."` for pointers, arrays and string classes.
AST_MATCHER_P(Expr, assignsLiteralToSecret, HardcodedSecretChecker *,
              Checker) {
  const Expr *LHS = nullptr, *RHS = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(&Node)) {
    if (BO->getOpcode() != BO_Assign)
      return false;
    LHS = BO->getLHS();
    RHS = BO->getRHS();
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(&Node)) {
    if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2)
      return false;
    LHS = OC->getArg(0);
    RHS = OC->getArg(1);
  } else {
    return false;
  }
  llvm::SmallVector<const StringLiteral *, 2> Literals;
  collectLiterals(RHS, Literals);
  return !Literals.empty() && Checker->secretName(namedTarget(LHS));
}

/// Reports `#define DB_PASSWORD "hunter2"` at the macro's name.
class SecretMacroCallbacks : public PPCallbacks {
public:
  SecretMacroCallbacks(HardcodedSecretChecker &Checker, Preprocessor &PP)
      : Checker(Checker), PP(PP) {}

  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    const SourceManager &SM = PP.getSourceManager();
    SourceLocation Loc = Name.getLocation();
    // Values given on the command line (-DAPI_KEY=...) come from the build,
    // not from the source.
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc) ||
        SM.isWrittenInBuiltinFile(Loc) || SM.isWrittenInCommandLineFile(Loc))
      return;
    const MacroInfo *MI = MD->getMacroInfo();
    if (!MI || !MI->isObjectLike() || MI->getNumTokens() == 0)
      return;
    llvm::ArrayRef<Token> Tokens = MI->tokens();
    if (Tokens.size() >= 3 && Tokens.front().is(tok::l_paren) &&
        Tokens.back().is(tok::r_paren))
      Tokens = Tokens.drop_front().drop_back();
    if (Tokens.empty() || !llvm::all_of(Tokens, [](const Token &T) {
          return T.isOneOf(tok::string_literal, tok::utf8_string_literal);
        }))
      return;
    const IdentifierInfo *II = Name.getIdentifierInfo();
    if (!II)
      return;
    StringLiteralParser Parser(Tokens, PP);
    if (Parser.hadError)
      return;
    Checker.macroDefined(II->getName(), Parser.GetString(), Loc,
                         Tokens.front().getLocation());
  }

private:
  HardcodedSecretChecker &Checker;
  Preprocessor &PP;
};

} // namespace

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

static constexpr llvm::StringLiteral DefaultSecretNames =
    "(^|_)(pass|passwd|password|passphrase|passcode|pwd|pw|pin|pincode|"
    "secret|credentials?|creds?|tokens?|psk|"
    "(api|auth|access|refresh|bearer|session|csrf|oauth|client|id)_?tokens?|"
    "(api|app|auth|access|private|priv|secret|master|signing|shared|"
    "encryption|enc|hmac|aes|des|session|license|licence)_?keys?|"
    "client_?secret)(_|$)|"
    "password|passwd|passphrase|secret|credential|apikey|authtoken|"
    "accesstoken|privkey|privatekey";

std::vector<OptionSpec> HardcodedSecretChecker::optionSpecs() {
  return {
      OptionSpec::string(
          "secretNames",
          "Names of variables, fields, macros and assignment targets that "
          "hold a secret. Case-insensitive; matched against the name as "
          "written and as lowercase words joined by '_' (apiKey -> api_key), "
          "so that '(^|_)' and '(_|$)' mark word boundaries",
          DefaultSecretNames.str())
          .validate(validators::optionalRegex()),
      OptionSpec::string(
          "ignoredNames",
          "Names that match 'secretNames' or 'keyNames' but hold no secret "
          "(password_length, token_count, key_size, api_key_header); same "
          "matching rules",
          "(^|_)(len|length|size|sz|count|cnt|num|max|min|type|types|name|"
          "names|file|filename|path|dir|prompt|label|field|hint|policy|"
          "hash_alg|alg|algo|algorithm|timeout|id|ids|env|var|format|fmt|"
          "msg|message|error|err|prefix|suffix|tag|attr|attribute|param|"
          "option|opt|url|uri|header|mode|method|desc|description|regex|"
          "pattern|index|idx|offset|expiry|expires|ttl|lifetime|salt|flag|"
          "enabled|required|callback|cb|handler|func|fn|key_id|kid|rule|"
          "strength|location|endpoint|query|column|table|tbl|separator|sep|"
          "delimiter|delim|char|charset|alphabet|placeholder|example|code|"
          "map|lut|scan|state|event|pressed|layout|secretary)s?(_|$)")
          .validate(validators::optionalRegex()),
      OptionSpec::string(
          "keyNames",
          "Additional names for binary keys: arrays of integer constants "
          "(and literals with non-text bytes or bound to unsigned char "
          "arrays) with such a name are keys; same matching rules",
          "(^|_)([a-z0-9]+_)?keys?(_|$)|(^|_)(psk|master_secret)(_|$)")
          .validate(validators::optionalRegex()),
      OptionSpec::integer("minLength",
                          "Shortest string, in characters, that can be a "
                          "secret; shorter ones are not reported",
                          4)
          .validate(validators::range(1, 1024)),
      OptionSpec::number(
          "minEntropy",
          "Lowest Shannon entropy, in bits per character, of a reported "
          "value (2.5); 0 reports every value that passes the other "
          "filters",
          0)
          .validate(validators::atLeast(0)),
      OptionSpec::integer("minKeyBytes",
                          "Fewest non-zero bytes an integer array needs to "
                          "be reported as a key",
                          8)
          .validate(validators::range(1, 65536)),
      OptionSpec::list(
          "placeholders",
          "Values that are not secrets, compared case-insensitively; '*' "
          "matches any characters. Values made of one repeated "
          "punctuation character or 'x' (\"****\", \"xxxx\") are never "
          "secrets",
          {"changeme", "change_me", "change-me", "password", "passwd",
           "secret", "xxx*", "todo*", "tbd", "fixme*", "none", "null", "nil",
           "n/a", "empty", "default", "dummy", "example*", "sample*",
           "placeholder*", "redacted", "hidden", "your*", "<*>", "${*}",
           "$(*)", "{{*}}", "%*%"}),
      OptionSpec::map(
          "credentialFunctions",
          "Library functions with credential parameters, with the 1-based "
          "position(s) of those parameters (\"4\", \"2,4\"); a literal "
          "there is a hard-coded secret",
          {
              {"mysql_real_connect", "4"},
              {"mysql_change_user", "3"},
              {"PQsetdbLogin", "7"},
              {"ldap_simple_bind", "3"},
              {"ldap_simple_bind_s", "3"},
              {"ldap_bind_s", "3"},
              {"sqlite3_key", "2"},
              {"sqlite3_key_v2", "3"},
              {"sqlite3_rekey", "2"},
              {"sqlite3_rekey_v2", "3"},
              {"ssh_userauth_password", "3"},
              {"ssh_userauth_publickey_auto", "3"},
              {"libssh2_userauth_password_ex", "4"},
              {"libssh2_userauth_publickey_fromfile_ex", "6"},
              {"crypt", "1"},
              {"crypt_r", "1"},
              {"PEM_read_bio_PrivateKey", "4"},
              {"PEM_read_PrivateKey", "4"},
              {"PEM_read_bio_RSAPrivateKey", "4"},
              {"PEM_read_RSAPrivateKey", "4"},
              {"PEM_read_bio_ECPrivateKey", "4"},
              {"PEM_write_bio_PrivateKey", "4,7"},
              {"PEM_write_PrivateKey", "4,7"},
              {"PEM_write_bio_PKCS8PrivateKey", "4,7"},
              {"d2i_PKCS8PrivateKey_bio", "4"},
              {"PKCS12_parse", "2"},
              {"PKCS12_create", "1"},
              {"PKCS12_verify_mac", "2"},
              {"PKCS8_decrypt", "2"},
              {"PKCS5_PBKDF2_HMAC", "1"},
              {"PKCS5_PBKDF2_HMAC_SHA1", "1"},
              {"EVP_BytesToKey", "4"},
              {"EVP_PBE_scrypt", "1"},
              {"SSL_CTX_set_default_passwd_cb_userdata", "2"},
              {"SSL_set_default_passwd_cb_userdata", "2"},
              {"SSL_CTX_use_psk_identity_hint", "2"},
              {"SSL_CTX_use_PrivateKey_ASN1", "3"},
              {"SSL_use_PrivateKey_ASN1", "3"},
              {"SSL_CTX_use_RSAPrivateKey_ASN1", "2"},
              {"SSL_use_RSAPrivateKey_ASN1", "2"},
              {"wolfSSL_CTX_use_PrivateKey_buffer", "2"},
              {"wolfSSL_use_PrivateKey_buffer", "2"},
              {"mbedtls_ssl_conf_psk", "2"},
              {"HMAC", "2"},
              {"EVP_EncryptInit_ex", "4"},
              {"EVP_DecryptInit_ex", "4"},
              {"EVP_CipherInit_ex", "4"},
              {"EVP_PKEY_new_raw_private_key", "3"},
              {"EVP_PKEY_new_mac_key", "3"},
              {"AES_set_encrypt_key", "1"},
              {"AES_set_decrypt_key", "1"},
              {"mbedtls_pk_parse_key", "2,4"},
              {"mbedtls_pk_parse_keyfile", "3"},
              {"mbedtls_pkcs5_pbkdf2_hmac", "2"},
              {"mbedtls_pkcs5_pbkdf2_hmac_ext", "2"},
              {"mbedtls_md_hmac", "2"},
              {"mbedtls_md_hmac_starts", "2"},
              {"mbedtls_aes_setkey_enc", "2"},
              {"mbedtls_aes_setkey_dec", "2"},
              {"mbedtls_gcm_setkey", "3"},
              {"wc_AesSetKey", "2"},
              {"wc_HmacSetKey", "3"},
              {"wolfSSL_CTX_set_default_passwd_cb_userdata", "2"},
          })
          .validate(validators::positionListValues()),
      OptionSpec::list(
          "credentialConstants",
          "Constants (enumerators or macros) that announce a credential in "
          "the next argument of a call, as in curl_easy_setopt(h, "
          "CURLOPT_PASSWORD, \"...\")",
          {"CURLOPT_PASSWORD", "CURLOPT_USERPWD", "CURLOPT_PROXYPASSWORD",
           "CURLOPT_PROXYUSERPWD", "CURLOPT_KEYPASSWD", "CURLOPT_SSLKEYPASSWD",
           "CURLOPT_SSLCERTPASSWD", "CURLOPT_TLSAUTH_PASSWORD",
           "CURLOPT_PROXY_TLSAUTH_PASSWORD", "CURLOPT_PROXY_KEYPASSWD",
           "CURLOPT_XOAUTH2_BEARER"}),
      OptionSpec::string(
          "credentialParameterNames",
          "Parameter names that make a literal argument a secret, in "
          "functions declared outside system headers: f(\"hunter2\") where "
          "f is declared f(const char *password). Same matching rules as "
          "'secretNames' (and 'ignoredNames' applies); empty to turn off",
          DefaultSecretNames.str())
          .validate(validators::optionalRegex()),
      OptionSpec::string(
          "credentialSetterNames",
          "Function names whose last string argument is a secret "
          "(setPassword, session_set_api_key); same matching rules; empty "
          "to turn off",
          "(^|_)set_(pass|password|passwd|passphrase|pwd|pin|secret|"
          "client_secret|api_key|private_key|auth_token|access_token|token|"
          "credentials?|psk)$")
          .validate(validators::optionalRegex()),
      OptionSpec::map("copyFunctions",
                      "Functions that copy a string into the buffer of "
                      "their first argument, with the 1-based position of "
                      "the source: a literal copied into a secret-named "
                      "buffer is a hard-coded secret",
                      {{"strcpy", "2"},
                       {"strncpy", "2"},
                       {"strlcpy", "2"},
                       {"stpcpy", "2"},
                       {"strcat", "2"},
                       {"strncat", "2"},
                       {"strlcat", "2"},
                       {"memcpy", "2"},
                       {"memmove", "2"},
                       {"wcscpy", "2"},
                       {"wcsncpy", "2"},
                       {"sprintf", "2"},
                       {"snprintf", "3"}})
          .validate(validators::positiveIntegerValues()),
      OptionSpec::flag(
          "scanLiterals",
          "Also report literals that are credentials whatever they are "
          "bound to: URLs with a password (scheme://user:password@host), "
          "PEM private keys and HTTP Basic/Bearer authorisation values",
          true),
  };
}

HardcodedSecretChecker::HardcodedSecretChecker(const RuleBinding &Binding,
                                               TranslationUnitContext &TU)
    : Checker(Binding, TU),
      Secrets(options().getString("secretNames"),
              options().getString("ignoredNames")),
      Keys(options().getString("keyNames"), options().getString("ignoredNames")),
      CredentialParameters(options().getString("credentialParameterNames")),
      CredentialSetters(options().getString("credentialSetterNames")),
      Ignored(options().getString("ignoredNames")),
      MinLength(unsigned(options().getInteger("minLength"))),
      MinEntropy(options().getNumber("minEntropy")),
      MinKeyBytes(unsigned(options().getInteger("minKeyBytes"))),
      Placeholders(options().getList("placeholders")),
      CredentialFunctions(options().getPositionLists("credentialFunctions")),
      CredentialConstants(options().getList("credentialConstants")),
      CopyFunctions(options().getPositionMap("copyFunctions")),
      ScanLiterals(options().getBool("scanLiterals")) {}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

bool HardcodedSecretChecker::secretName(const NamedDecl *D) const {
  return D && Secrets.matches(D->getIdentifier());
}

bool HardcodedSecretChecker::keyName(const NamedDecl *D) const {
  return D && Keys.matches(D->getIdentifier());
}

const llvm::SmallVector<unsigned, 4> &
HardcodedSecretChecker::secretFieldsOf(const RecordDecl &RD) {
  auto [It, Inserted] = SecretFields.try_emplace(&RD);
  if (Inserted) {
    unsigned Index = 0;
    for (const FieldDecl *F : RD.fields()) {
      if (secretName(F) || keyName(F))
        It->second.push_back(Index);
      ++Index;
    }
  }
  return It->second;
}

bool HardcodedSecretChecker::credentialConstant(const Expr *E,
                                                std::string &Name) {
  if (CredentialConstants.empty() || !E)
    return false;
  E = E->IgnoreImpCasts();
  const SourceManager &SM = context().sourceManager();
  if (E->getBeginLoc().isMacroID()) {
    llvm::StringRef Macro = Lexer::getImmediateMacroName(
        E->getBeginLoc(), SM, context().langOptions());
    if (llvm::is_contained(CredentialConstants, Macro)) {
      Name = Macro.str();
      return true;
    }
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens()))
    if (const auto *ECD = dyn_cast<EnumConstantDecl>(DRE->getDecl()))
      if (ECD->getIdentifier() &&
          llvm::is_contained(CredentialConstants, ECD->getName())) {
        Name = ECD->getName().str();
        return true;
      }
  return false;
}

/// The name of parameter I of FD in any declaration that names it.
static const IdentifierInfo *parameterName(const FunctionDecl &FD,
                                           unsigned I) {
  for (const FunctionDecl *R : FD.redecls())
    if (I < R->getNumParams())
      if (const IdentifierInfo *II = R->getParamDecl(I)->getIdentifier())
        return II;
  return nullptr;
}

bool HardcodedSecretChecker::callHits(const FunctionDecl *Callee,
                                      llvm::ArrayRef<const Expr *> Args,
                                      llvm::SmallVectorImpl<Hit> *Hits) {
  if (!Callee || Args.empty())
    return false;
  // Cheap exit: no argument is a string literal.
  llvm::SmallVector<unsigned, 4> Literal;
  for (unsigned I = 0; I < Args.size(); ++I) {
    llvm::SmallVector<const StringLiteral *, 2> L;
    collectLiterals(Args[I], L);
    if (!L.empty())
      Literal.push_back(I);
  }
  if (Literal.empty())
    return false;

  bool Found = false;
  auto Add = [&](unsigned I, std::string Binding) {
    Found = true;
    if (Hits)
      Hits->push_back({Args[I], std::move(Binding)});
  };
  std::string Function = Callee->getNameAsString();
  llvm::StringRef Library = libraryNameOf(*Callee);
  auto ParamText = [&](unsigned I) -> std::string {
    const IdentifierInfo *II = parameterName(*Callee, I);
    if (II && !II->getName().starts_with("_"))
      return "'" + II->getName().str() + "'";
    return "argument " + std::to_string(I + 1);
  };

  const SourceManager &SM = context().sourceManager();
  bool UserDeclared =
      !SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation()));
  auto Credential = Library.empty() ? CredentialFunctions.end()
                                    : CredentialFunctions.find(Library);
  auto Copy =
      Library.empty() ? CopyFunctions.end() : CopyFunctions.find(Library);
  bool Setter = CredentialSetters.matches(Callee->getIdentifier()) &&
                !Ignored.matches(Callee->getIdentifier());

  for (unsigned I : Literal) {
    if (Credential != CredentialFunctions.end() &&
        llvm::is_contained(Credential->second, I)) {
      Add(I, "passed as " + ParamText(I) + " of '" + Function + "'");
      continue;
    }
    if (Copy != CopyFunctions.end() && Copy->second == I + 1) {
      const NamedDecl *Target = namedTarget(Args[0]);
      if (secretName(Target) || keyName(Target)) {
        Add(I, "copied into '" + Target->getName().str() + "'");
        continue;
      }
    }
    std::string Constant;
    if (I > 0 && credentialConstant(Args[I - 1], Constant)) {
      Add(I, "passed with '" + Constant + "' to '" + Function + "'");
      continue;
    }
    if (UserDeclared && !CredentialParameters.empty()) {
      const IdentifierInfo *II = parameterName(*Callee, I);
      if (CredentialParameters.matches(II) && !Ignored.matches(II)) {
        Add(I, "passed as '" + II->getName().str() + "' of '" + Function +
                   "'");
        continue;
      }
    }
    if (Setter && I == Literal.back())
      Add(I, "passed to '" + Function + "'");
  }
  return Found;
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

bool HardcodedSecretChecker::plausibleSecret(llvm::StringRef Text) const {
  if (Text.size() < MinLength)
    return false;
  if (Placeholders.contains(Text) || Placeholders.contains(Text.trim()))
    return false;
  // "****", "xxxxxxxx", "........": masks and fill, not values. Repeated
  // digits ("0000") are real (weak) PINs and stay.
  char First = Text.front();
  if (llvm::all_of(Text, [&](char C) { return C == First; }) &&
      (!llvm::isAlnum(First) || First == 'x' || First == 'X'))
    return false;
  if (looksLikeFormat(Text) || looksLikePath(Text) ||
      looksLikeVariableName(Text))
    return false;
  // A URL is a secret only through its password.
  if (Text.contains("://") && !hasWhitespace(Text) && urlPassword(Text).empty())
    return false;
  // Text about a secret rather than the secret: prompts ("Password: "),
  // messages ("invalid API key") and names of fields ("access_token").
  llvm::StringRef Trimmed = Text.trim();
  if (Trimmed.ends_with(":") || Trimmed.ends_with("?"))
    return false;
  bool Words = hasWhitespace(Trimmed);
  bool IdentifierLike = llvm::all_of(Trimmed, [](char C) {
    return llvm::isAlpha(C) || C == '_' || C == '-' || C == '.';
  });
  if ((Words || IdentifierLike) && Secrets.Accept.matches(Trimmed))
    return false;
  // Several words of prose with punctuation ("Could not read key file.").
  if (Words && llvm::count(Trimmed, ' ') >= 2 &&
      (Trimmed.ends_with(".") || Trimmed.ends_with("!")))
    return false;
  return true;
}

void HardcodedSecretChecker::reportText(const StringLiteral &SL,
                                        llvm::StringRef Text,
                                        const std::string &What,
                                        const std::string &Binding,
                                        llvm::StringRef Advice) {
  double Entropy = entropyOf(Text);
  if (Entropy < MinEntropy)
    return;
  Reported.insert(&SL);
  // Binary keys written as strings ("\x2b\x7e...") are counted in bytes.
  llvm::StringRef Unit = llvm::any_of(Text, [](char C) {
                           return !llvm::isPrint(C) && !llvm::isSpace(C);
                         })
                             ? "byte"
                             : "character";
  std::string Message = llvm::formatv(
      "hard-coded {0} {1} ({2} {3}{4}, {5:f1} bits/{3} entropy); {6}", What,
      Binding, Text.size(), Unit, Text.size() == 1 ? "" : "s", Entropy,
      Advice);
  report(SL.getBeginLoc(), Message)
      .property("length", int64_t(Text.size()))
      .property("entropy", rounded(Entropy));
}

bool HardcodedSecretChecker::reportBytes(const Expr *Value,
                                         const std::string &Binding) {
  // Look through std::array, std::vector and brace initialisers to the
  // list of integers.
  const InitListExpr *List = nullptr;
  for (unsigned Depth = 0; Value && Depth < 8 && !List; ++Depth) {
    Value = Value->IgnoreImplicit();
    if (const auto *IL = dyn_cast<InitListExpr>(Value)) {
      if (IL->getNumInits() == 1 && isa<InitListExpr>(IL->getInit(0)->IgnoreImplicit()))
        Value = IL->getInit(0);
      else
        List = IL;
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(Value)) {
      if (CE->getNumArgs() != 1)
        return false;
      Value = CE->getArg(0);
    } else if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(Value)) {
      Value = SIL->getSubExpr();
    } else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Value)) {
      Value = MTE->getSubExpr();
    } else {
      return false;
    }
  }
  if (!List || List->getNumInits() == 0)
    return false;
  const ASTContext &Ctx = context().astContext();
  QualType Element = List->getInit(0)->getType();
  if (Element.isNull() || List->isValueDependent() ||
      !Element->isIntegerType())
    return false;
  uint64_t Width = Ctx.getTypeSizeInChars(Element).getQuantity();
  if (Width == 0 || Width > 8)
    return false;
  std::vector<uint8_t> Bytes;
  unsigned NonZero = 0;
  for (const Expr *Init : List->inits()) {
    if (isa<ImplicitValueInitExpr>(Init))
      continue;
    Expr::EvalResult R;
    if (Init->isValueDependent() || Init->getType().isNull() ||
        !Init->getType()->isIntegerType() ||
        !Init->EvaluateAsInt(R, Ctx))
      return false;
    uint64_t V = R.Val.getInt().getZExtValue();
    for (uint64_t B = 0; B < Width; ++B) {
      uint8_t Byte = uint8_t(V >> (8 * B));
      Bytes.push_back(Byte);
      NonZero += Byte != 0;
    }
  }
  if (NonZero < MinKeyBytes)
    return false;
  double Entropy = entropyOf(Bytes);
  if (Entropy < MinEntropy)
    return false;
  Reported.insert(List);
  std::string Message = llvm::formatv(
      "hard-coded key {0} ({1} bytes, {2:f1} bits/byte entropy); {3}",
      Binding, Bytes.size(), Entropy, KeyAdvice);
  report(List->getBeginLoc(), Message)
      .property("length", int64_t(Bytes.size()))
      .property("entropy", rounded(Entropy));
  return true;
}

void HardcodedSecretChecker::reportValue(const Expr *Value,
                                         const std::string &Binding,
                                         bool AllowKeyBytes) {
  if (!Value)
    return;
  const SourceManager &SM = context().sourceManager();
  llvm::SmallVector<const StringLiteral *, 2> Literals;
  collectLiterals(Value, Literals);
  for (const StringLiteral *SL : Literals) {
    if (Reported.contains(SL) ||
        ReportedMacroValues.contains(SM.getSpellingLoc(SL->getBeginLoc())))
      continue;
    std::string Text = literalText(*SL);
    // Binary keys written as strings ("\x2b\x7e...") are keys whatever
    // their text looks like.
    bool Binary = llvm::any_of(Text, [](char C) {
      return !llvm::isPrint(C) && !llvm::isSpace(C);
    });
    if (Binary) {
      if (Text.size() >= MinLength)
        reportText(*SL, Text, "key", Binding, KeyAdvice);
      continue;
    }
    if (plausibleSecret(Text))
      reportText(*SL, Text, "secret", Binding, SecretAdvice);
  }
  if (Literals.empty() && AllowKeyBytes)
    reportBytes(Value, Binding);
}

bool HardcodedSecretChecker::literalLooksLikeCredential(
    const StringLiteral &SL) const {
  if (SL.getCharByteWidth() != 1)
    return false;
  llvm::StringRef Text = SL.getString();
  return (Text.contains("://") && Text.contains('@')) ||
         isPemPrivateKey(Text) || !authorizationCredential(Text).empty();
}

void HardcodedSecretChecker::reportLiteralPatterns(const StringLiteral &SL) {
  const SourceManager &SM = context().sourceManager();
  if (Reported.contains(&SL) ||
      ReportedMacroValues.contains(SM.getSpellingLoc(SL.getBeginLoc())))
    return;
  llvm::StringRef Text = SL.getString();
  if (isPemPrivateKey(Text)) {
    reportText(SL, Text, "private key", "in a PEM literal", KeyAdvice);
    return;
  }
  llvm::StringRef Password = urlPassword(Text);
  if (!Password.empty()) {
    if (Password.size() >= MinLength && !Placeholders.contains(Password) &&
        !looksLikeFormat(Password))
      reportText(SL, Password, "password", "in a URL", SecretAdvice);
    return;
  }
  llvm::StringRef Credential = authorizationCredential(Text);
  if (!Credential.empty() && Credential.size() >= MinLength &&
      !Placeholders.contains(Credential) && !looksLikeFormat(Credential))
    reportText(SL, Credential, "credential", "in an HTTP authorization value",
               SecretAdvice);
}

void HardcodedSecretChecker::macroDefined(llvm::StringRef Name,
                                          llvm::StringRef Value,
                                          SourceLocation NameLoc,
                                          SourceLocation ValueLoc) {
  if (!Secrets.matches(Name) || !plausibleSecret(Value))
    return;
  double Entropy = entropyOf(Value);
  if (Entropy < MinEntropy)
    return;
  ReportedMacroValues.insert(ValueLoc);
  std::string Message = llvm::formatv(
      "hard-coded secret in macro '{0}' ({1} character{2}, {3:f1} "
      "bits/character entropy); {4}",
      Name, Value.size(), Value.size() == 1 ? "" : "s", Entropy, SecretAdvice);
  report(NameLoc, Message)
      .property("length", int64_t(Value.size()))
      .property("entropy", rounded(Entropy));
}

//===----------------------------------------------------------------------===//
// Matching
//===----------------------------------------------------------------------===//

void HardcodedSecretChecker::registerMatchers(MatchFinder *Finder) {
  auto Named = secretOrKeyNamed(this);
  Finder->addMatcher(varDecl(Named, unless(parmVarDecl()),
                             hasInitializer(expr()))
                         .bind("var"),
                     this);
  // A default argument is a default credential: f(const char *pw = "x").
  Finder->addMatcher(parmVarDecl(Named, hasDefaultArgument()).bind("param"),
                     this);
  Finder->addMatcher(
      fieldDecl(Named, hasInClassInitializer(expr())).bind("field"), this);
  Finder->addMatcher(initListExpr(initialisesSecretField(this)).bind("record"),
                     this);
  Finder->addMatcher(
      cxxCtorInitializer(isWritten(), forField(fieldDecl(Named).bind("member")))
          .bind("ctor-init"),
      this);
  Finder->addMatcher(
      expr(anyOf(binaryOperator(), cxxOperatorCallExpr()),
           assignsLiteralToSecret(this))
          .bind("assign"),
      this);
  Finder->addMatcher(callExpr(hasCredentialArgument(this)).bind("call"), this);
  Finder->addMatcher(
      cxxConstructExpr(constructsWithCredential(this)).bind("construct"),
      this);
  if (ScanLiterals)
    Finder->addMatcher(stringLiteral(credentialLiteral(this)).bind("literal"),
                       this);
}

void HardcodedSecretChecker::registerPPCallbacks(const SourceManager &SM,
                                                 Preprocessor *PP) {
  PP->addPPCallbacks(std::make_unique<SecretMacroCallbacks>(*this, *PP));
}

/// Whether a declaration of this type holds binary data: an array or
/// pointer of unsigned char, uint8_t, std::byte.
static bool holdsBytes(QualType T) {
  QualType Element;
  if (const auto *AT = T->getAsArrayTypeUnsafe())
    Element = AT->getElementType();
  else if (T->isPointerType())
    Element = T->getPointeeType();
  else
    return false;
  Element = Element.getCanonicalType().getUnqualifiedType();
  return Element->isSpecificBuiltinType(BuiltinType::UChar) ||
         Element->isSpecificBuiltinType(BuiltinType::SChar) ||
         Element->isStdByteType();
}

void HardcodedSecretChecker::check(const MatchFinder::MatchResult &R) {
  auto In = [](const NamedDecl *D) {
    return "in '" + D->getName().str() + "'";
  };
  // A name that is only a key name (aes_key) takes binary values; text
  // bound to it is a secret only under a secret name.
  auto ReportNamed = [&](const NamedDecl *D, const Expr *Value, QualType T) {
    bool Secret = secretName(D);
    bool Key = keyName(D);
    if (Secret) {
      reportValue(Value, In(D), /*AllowKeyBytes=*/true);
      return;
    }
    if (!Key)
      return;
    llvm::SmallVector<const StringLiteral *, 2> Literals;
    collectLiterals(Value, Literals);
    if (Literals.empty()) {
      reportBytes(Value, In(D));
      return;
    }
    // Key names take text only when it is binary or stored as bytes.
    for (const StringLiteral *SL : Literals) {
      if (Reported.contains(SL))
        continue;
      std::string Text = literalText(*SL);
      bool Binary = llvm::any_of(Text, [](char C) {
        return !llvm::isPrint(C) && !llvm::isSpace(C);
      });
      if ((Binary || holdsBytes(T)) && Text.size() >= MinLength &&
          (Binary || plausibleSecret(Text)))
        reportText(*SL, Text, "key", In(D), KeyAdvice);
    }
  };

  if (const auto *VD = R.Nodes.getNodeAs<VarDecl>("var")) {
    ReportNamed(VD, VD->getInit(), VD->getType());
    return;
  }
  if (const auto *PD = R.Nodes.getNodeAs<ParmVarDecl>("param")) {
    if (PD->hasUnparsedDefaultArg() || PD->hasUninstantiatedDefaultArg())
      return;
    ReportNamed(PD, PD->getDefaultArg(), PD->getType());
    return;
  }
  if (const auto *FD = R.Nodes.getNodeAs<FieldDecl>("field")) {
    ReportNamed(FD, FD->getInClassInitializer(), FD->getType());
    return;
  }
  if (const auto *Init = R.Nodes.getNodeAs<CXXCtorInitializer>("ctor-init")) {
    const auto *FD = R.Nodes.getNodeAs<FieldDecl>("member");
    ReportNamed(FD, Init->getInit(), FD->getType());
    return;
  }
  if (const auto *IL = R.Nodes.getNodeAs<InitListExpr>("record")) {
    const RecordDecl *RD = IL->getType()->getAs<RecordType>()->getDecl();
    if (RD->isUnion()) {
      const FieldDecl *F = IL->getInitializedFieldInUnion();
      if (F && IL->getNumInits() == 1 && (secretName(F) || keyName(F)))
        ReportNamed(F, IL->getInit(0), F->getType());
      return;
    }
    // Aggregates with bases initialise the bases first (C++17).
    unsigned Offset = 0;
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
      if (CRD->hasDefinition())
        Offset = CRD->getNumBases();
    const auto &Secret = secretFieldsOf(*RD);
    unsigned Index = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (llvm::is_contained(Secret, Index) &&
          Offset + Index < IL->getNumInits())
        ReportNamed(F, IL->getInit(Offset + Index), F->getType());
      ++Index;
    }
    return;
  }
  if (const auto *E = R.Nodes.getNodeAs<Expr>("assign")) {
    const Expr *LHS, *RHS;
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      LHS = BO->getLHS();
      RHS = BO->getRHS();
    } else {
      const auto *OC = cast<CXXOperatorCallExpr>(E);
      LHS = OC->getArg(0);
      RHS = OC->getArg(1);
    }
    const NamedDecl *Target = namedTarget(LHS);
    reportValue(RHS, In(Target), /*AllowKeyBytes=*/false);
    return;
  }
  llvm::SmallVector<Hit, 2> Hits;
  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("call"))
    callHits(Call->getDirectCallee(), {Call->getArgs(), Call->getNumArgs()},
             &Hits);
  else if (const auto *CE = R.Nodes.getNodeAs<CXXConstructExpr>("construct"))
    callHits(CE->getConstructor(), {CE->getArgs(), CE->getNumArgs()}, &Hits);
  if (!Hits.empty()) {
    for (const Hit &H : Hits)
      reportValue(H.Value, H.Binding, /*AllowKeyBytes=*/false);
    return;
  }
  if (const auto *SL = R.Nodes.getNodeAs<StringLiteral>("literal"))
    reportLiteralPatterns(*SL);
}

} // namespace warden::checkers
