//===- LibraryFunctions.cpp - Match C library functions -------------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "warden/LibraryFunctions.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden {

StringRef canonicalLibraryName(StringRef Name) {
  // _FORTIFY_SOURCE: __builtin___memcpy_chk, __memcpy_chk.
  if (Name.ends_with("_chk")) {
    StringRef Inner = Name.drop_back(4);
    if (Inner.consume_front("__builtin___") || Inner.consume_front("__"))
      return Inner;
  }
  // glibc redirects the scanf and strto* families to C99/C23 variants.
  if (Name.consume_front("__isoc99_") || Name.consume_front("__isoc23_"))
    return Name;
  Name.consume_front("__builtin_");
  return Name;
}

bool isLibraryScope(const FunctionDecl &FD) {
  if (isa<CXXMethodDecl>(FD))
    return false;
  if (FD.isExternC())
    return true;
  const DeclContext *Ctx = FD.getDeclContext()->getRedeclContext();
  while (const auto *NS = dyn_cast<NamespaceDecl>(Ctx)) {
    if (!NS->isInline())
      return NS->isStdNamespace();
    Ctx = NS->getParent()->getRedeclContext();
  }
  return Ctx->isTranslationUnit();
}

StringRef libraryNameOf(const FunctionDecl &FD) {
  const IdentifierInfo *II = FD.getIdentifier();
  if (!II || !isLibraryScope(FD))
    return {};
  return canonicalLibraryName(II->getName());
}

namespace {
AST_MATCHER_P(FunctionDecl, hasLibraryNameIn, llvm::StringSet<>, Names) {
  StringRef Name = libraryNameOf(Node);
  return !Name.empty() && Names.contains(Name);
}
} // namespace

clang::ast_matchers::internal::Matcher<FunctionDecl>
libraryFunction(std::vector<std::string> Names) {
  llvm::StringSet<> Set;
  for (const std::string &N : Names)
    Set.insert(N);
  return hasLibraryNameIn(std::move(Set));
}

const DeclRefExpr *calleeDeclRef(const Expr *Callee) {
  while (true) {
    Callee = Callee->IgnoreParenImpCasts();
    const auto *Op = dyn_cast<UnaryOperator>(Callee);
    if (!Op || (Op->getOpcode() != UO_Deref && Op->getOpcode() != UO_AddrOf))
      break;
    Callee = Op->getSubExpr();
  }
  return dyn_cast<DeclRefExpr>(Callee);
}

} // namespace warden
