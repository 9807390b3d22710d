//===- NameMatching.cpp - Identifier and API-table matching ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "crypto/NameMatching.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

using namespace clang;

namespace warden::checkers::crypto {

std::string snakeCaseWords(llvm::StringRef Name) {
  std::string Out;
  Out.reserve(Name.size() + 4);
  auto Separate = [&] {
    if (!Out.empty() && Out.back() != '_')
      Out += '_';
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Separate();
      continue;
    }
    if (I > 0) {
      char P = Name[I - 1];
      bool Boundary =
          (llvm::isLower(P) && llvm::isUpper(C)) ||
          (llvm::isAlpha(P) && llvm::isDigit(C)) ||
          (llvm::isDigit(P) && llvm::isAlpha(C)) ||
          // "HTTPServer": a new word starts at the capital before a
          // lowercase letter.
          (llvm::isUpper(P) && llvm::isUpper(C) && I + 1 < Name.size() &&
           llvm::isLower(Name[I + 1]));
      if (Boundary)
        Separate();
    }
    Out += llvm::toLower(C);
  }
  while (!Out.empty() && Out.back() == '_')
    Out.pop_back();
  return Out;
}

NamePattern::NamePattern(llvm::StringRef Pattern) {
  if (!Pattern.empty())
    Regex = std::make_unique<llvm::Regex>(Pattern, llvm::Regex::IgnoreCase);
}

bool NamePattern::matches(llvm::StringRef Name) const {
  if (!Regex || Name.empty())
    return false;
  return Regex->match(Name) || Regex->match(snakeCaseWords(Name));
}

bool NamePattern::matches(const IdentifierInfo *II) const {
  if (!Regex || !II)
    return false;
  auto [It, Inserted] = Cache.try_emplace(II, false);
  if (Inserted)
    It->second = matches(II->getName());
  return It->second;
}

bool wildcardMatch(llvm::StringRef Pattern, llvm::StringRef Text) {
  // Classic greedy matcher with backtracking to the last '*'.
  size_t P = 0, T = 0, Star = llvm::StringRef::npos, Mark = 0;
  while (T < Text.size()) {
    if (P < Pattern.size() && Pattern[P] == '*') {
      Star = P++;
      Mark = T;
    } else if (P < Pattern.size() && Pattern[P] == Text[T]) {
      ++P;
      ++T;
    } else if (Star != llvm::StringRef::npos) {
      P = Star + 1;
      T = ++Mark;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

WildcardTable::WildcardTable(const StringMap &Entries) {
  for (const auto &[Key, Label] : Entries) {
    size_t Star = Key.find('*');
    if (Star == std::string::npos) {
      Exact[Key] = Label;
      continue;
    }
    size_t Literals =
        Key.size() - static_cast<size_t>(std::count(Key.begin(), Key.end(), '*'));
    Patterns.push_back({Key, Label, Star, Literals});
  }
  // Most specific first, then in key order.
  llvm::sort(Patterns, [](const Pattern &A, const Pattern &B) {
    if (A.Prefix != B.Prefix)
      return A.Prefix > B.Prefix;
    if (A.Literals != B.Literals)
      return A.Literals > B.Literals;
    return A.Key < B.Key;
  });
}

std::optional<llvm::StringRef>
WildcardTable::lookup(llvm::StringRef Name) const {
  auto It = Exact.find(Name);
  if (It != Exact.end())
    return llvm::StringRef(It->second);
  for (const Pattern &P : Patterns)
    if (Name.size() >= P.Literals && wildcardMatch(P.Key, Name))
      return llvm::StringRef(P.Label);
  return std::nullopt;
}

WildcardList::WildcardList(const StringList &Entries) {
  for (const std::string &E : Entries)
    Lower.push_back(llvm::StringRef(E).lower());
}

bool WildcardList::contains(llvm::StringRef Text) const {
  std::string L = Text.lower();
  return llvm::any_of(Lower,
                      [&](const std::string &P) { return wildcardMatch(P, L); });
}

const NamedDecl *namedTarget(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->getMemberDecl();
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      E = ASE->getBase();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_Deref && UO->getOpcode() != UO_AddrOf)
        return nullptr;
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      // key + 4: the buffer is still 'key'.
      if (!BO->isAdditiveOp() || !BO->getLHS()->getType()->isPointerType())
        return nullptr;
      E = BO->getLHS();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = OC->getOperator();
      if ((K != OO_Subscript && K != OO_Star && K != OO_Arrow) ||
          OC->getNumArgs() == 0)
        return nullptr;
      E = OC->getArg(0);
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // token.data(), key.begin(): the object's storage.
      E = MC->getImplicitObjectArgument();
      continue;
    }
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E)) {
      E = EWC->getSubExpr();
      continue;
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

std::string displayName(const FunctionDecl &FD) {
  std::string Name = FD.getNameAsString();
  const DeclContext *Ctx = FD.getDeclContext()->getRedeclContext();
  while (const auto *NS = dyn_cast<NamespaceDecl>(Ctx)) {
    if (!NS->isInline())
      return NS->isStdNamespace() ? "std::" + Name : Name;
    Ctx = NS->getParent()->getRedeclContext();
  }
  return Name;
}

llvm::StringRef systemMacroName(SourceLocation Loc, const SourceManager &SM,
                                const LangOptions &LO) {
  if (!Loc.isMacroID() || !SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
    return {};
  return Lexer::getImmediateMacroName(Loc, SM, LO);
}

} // namespace warden::checkers::crypto
