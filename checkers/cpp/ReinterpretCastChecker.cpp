//===- ReinterpretCastChecker.cpp - reinterpret_cast ----------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "cpp/ReinterpretCastChecker.h"
#include "cpp/CppSupport.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

std::vector<OptionSpec> ReinterpretCastChecker::optionSpecs() {
  return {
      OptionSpec::flag(
          "allowByteAccess",
          "Accept casts to a pointer or reference to char, unsigned char or "
          "std::byte: the aliasing rules let any object be read as bytes",
          true),
      OptionSpec::list("allowedTypes",
                       "Regular expressions; a cast whose destination type, "
                       "as written or as clang prints it without typedefs, "
                       "contains a match is accepted (e.g. 'sockaddr' for "
                       "the socket API)")
          .validate(validators::regex()),
  };
}

ReinterpretCastChecker::ReinterpretCastChecker(const RuleBinding &Binding,
                                               TranslationUnitContext &TU)
    : Checker(Binding, TU),
      AllowByteAccess(options().getBool("allowByteAccess")) {
  for (const std::string &Pattern : options().getList("allowedTypes"))
    AllowedTypes.emplace_back(Pattern);
}

bool ReinterpretCastChecker::isLanguageVersionSupported(
    const LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus;
}

void ReinterpretCastChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(cxxReinterpretCastExpr().bind("cast"), this);
}

/// True for char, unsigned char and std::byte, whatever their qualifiers.
static bool isByteType(QualType T) {
  T = T.getCanonicalType();
  if (T->isSpecificBuiltinType(BuiltinType::Char_S) ||
      T->isSpecificBuiltinType(BuiltinType::Char_U) ||
      T->isSpecificBuiltinType(BuiltinType::UChar))
    return true;
  if (const auto *E = T->getAs<EnumType>())
    return cpp::isStdName(E->getDecl(), "byte");
  return false;
}

void ReinterpretCastChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Cast = R.Nodes.getNodeAs<CXXReinterpretCastExpr>("cast");
  const SourceManager &SM = *R.SourceManager;
  if (cpp::isInSystemMacro(Cast->getOperatorLoc(), SM))
    return;
  QualType Dest = Cast->getTypeAsWritten();
  // In a template, whether the cast is allowed depends on the arguments:
  // each instantiation decides, and says the same thing.
  if (Dest->isDependentType())
    return;
  QualType Pointee = Dest->getPointeeType();
  // Nothing can be accessed through 'void *': the cast only forgets the
  // type, as a callback's context argument does.
  if (Dest->isPointerType() && Pointee->isVoidType())
    return;
  if (AllowByteAccess && !Pointee.isNull() && isByteType(Pointee))
    return;
  std::string Written = cpp::castTypeAsWritten(*Cast, *R.Context);
  if (!AllowedTypes.empty()) {
    std::string Canonical =
        Dest.getCanonicalType().getAsString(R.Context->getPrintingPolicy());
    for (const llvm::Regex &Allowed : AllowedTypes)
      if (Allowed.match(Written) || Allowed.match(Canonical))
        return;
  }
  std::string Message = "'reinterpret_cast' to '" + Written + "' ";
  if (Dest->isIntegralOrEnumerationType())
    Message += "turns an address into an integer; keep pointers as pointers, "
               "or confine the cast to code that must handle raw addresses";
  else if (Cast->getSubExpr()->getType()->isIntegralOrEnumerationType())
    Message += "turns an integer into an address; keep pointers as pointers, "
               "or confine the cast to code that must handle raw addresses";
  else
    Message += "accesses the object as an unrelated type; use 'static_cast' "
               "between related types, or copy the bytes with 'std::memcpy'";
  // A cast in a macro's definition is reported there, once.
  if (SourceRange Definition = cpp::castDefinitionRange(*Cast, SM);
      Definition.isValid())
    report(Definition.getBegin(), Message).range(Definition);
  else
    report(Cast->getOperatorLoc(), Message)
        .range(cpp::writtenRange(SourceRange(Cast->getOperatorLoc(),
                                             Cast->getAngleBrackets().getEnd()),
                                 SM));
}

} // namespace warden::checkers
