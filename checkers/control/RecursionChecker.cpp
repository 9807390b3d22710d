//===- RecursionChecker.cpp - Recursion in the call graph -----------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "control/RecursionChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/Support/raw_ostream.h"
#include <deque>

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

/// A function of the call graph: a definition seen in the user's code, or
/// a callee whose definition has not been seen (yet).
struct RecursionChecker::Node {
  const FunctionDecl *Function = nullptr;
  bool Defined = false;
  std::vector<Node *> Callees;
  /// Where the first call of each callee is, parallel to Callees.
  std::vector<SourceLocation> CallSites;
  /// Callee -> its index in Callees.
  llvm::DenseMap<const Node *, unsigned> CalleeIndex;
};

} // namespace warden::checkers

namespace llvm {
/// Lets llvm::scc_iterator walk the call graph. The graph's entry is a root
/// node whose callees are all functions, so that every component is found.
template <> struct GraphTraits<warden::checkers::RecursionChecker::Node *> {
  using NodeRef = warden::checkers::RecursionChecker::Node *;
  using ChildIteratorType = std::vector<NodeRef>::const_iterator;
  static NodeRef getEntryNode(NodeRef N) { return N; }
  static ChildIteratorType child_begin(NodeRef N) {
    return N->Callees.begin();
  }
  static ChildIteratorType child_end(NodeRef N) { return N->Callees.end(); }
};
} // namespace llvm

namespace warden::checkers {

std::vector<OptionSpec> RecursionChecker::optionSpecs() { return {}; }

RecursionChecker::RecursionChecker(const RuleBinding &Binding,
                                   TranslationUnitContext &TU)
    : Checker(Binding, TU) {}

RecursionChecker::~RecursionChecker() = default;

void RecursionChecker::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(isDefinition()).bind("function"), this);
  // Only calls of the user's functions can close a cycle among them; the
  // filter keeps the library's many calls out of the callback.
  auto UserFunction = functionDecl(unless(isExpansionInSystemHeader()));
  Finder->addMatcher(callExpr(callee(UserFunction.bind("callee"))).bind("call"),
                     this);
  Finder->addMatcher(
      cxxConstructExpr(hasDeclaration(UserFunction.bind("callee")))
          .bind("construct"),
      this);
}

RecursionChecker::Node &RecursionChecker::nodeFor(const FunctionDecl &F) {
  const FunctionDecl *Key = F.getCanonicalDecl();
  Node *&Slot = NodeOf[Key];
  if (!Slot) {
    Nodes.push_back(std::make_unique<Node>());
    Slot = Nodes.back().get();
    Slot->Function = Key;
  }
  return *Slot;
}

void RecursionChecker::addCall(const FunctionDecl &Callee, const Stmt &Call,
                               SourceLocation Loc, const SourceManager &SM) {
  const FunctionDecl *Caller = context().enclosingDefinition(Call);
  // Calls in a template pattern are resolved, if at all, in its
  // instantiations, which are nodes of their own.
  if (!Caller || Caller->isDependentContext() || Callee.isDependentContext())
    return;
  Node &From = nodeFor(*Caller);
  Node &To = nodeFor(Callee);
  auto [It, Inserted] = From.CalleeIndex.try_emplace(&To, From.Callees.size());
  if (Inserted) {
    From.Callees.push_back(&To);
    From.CallSites.push_back(Loc);
    return;
  }
  // Matchers do not always visit calls in source order; show the first.
  SourceLocation &Site = From.CallSites[It->second];
  if (SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Loc),
                                   SM.getExpansionLoc(Site)))
    Site = Loc;
}

void RecursionChecker::check(const MatchFinder::MatchResult &R) {
  const SourceManager &SM = *R.SourceManager;
  if (const auto *F = R.Nodes.getNodeAs<FunctionDecl>("function")) {
    if (!F->isDependentContext())
      nodeFor(*F).Defined = true;
    return;
  }
  const auto *Callee = R.Nodes.getNodeAs<FunctionDecl>("callee");
  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("call"))
    addCall(*Callee, *Call, Call->getExprLoc(), SM);
  else if (const auto *Construct =
               R.Nodes.getNodeAs<CXXConstructExpr>("construct"))
    addCall(*Callee, *Construct, Construct->getLocation(), SM);
}

/// The declaration a user reads: the template a function was instantiated
/// from, or the function itself, preferring its definition.
static const FunctionDecl *written(const FunctionDecl *F) {
  if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern())
    F = Pattern;
  if (const FunctionDecl *Definition = F->getDefinition())
    F = Definition;
  return F;
}

static std::string nameOf(const FunctionDecl &F) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(&F); M && M->getParent()->isLambda())
    return "a lambda";
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy(F.getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  F.printQualifiedName(OS, Policy);
  return "'" + Name + "'";
}

void RecursionChecker::finishTranslationUnit(ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  Node Root;
  for (const std::unique_ptr<Node> &N : Nodes)
    if (N->Defined && !N->Callees.empty())
      Root.Callees.push_back(N.get());

  auto Before = [&](const Node *A, const Node *B) {
    return SM.isBeforeInTranslationUnit(
        SM.getExpansionLoc(written(A->Function)->getLocation()),
        SM.getExpansionLoc(written(B->Function)->getLocation()));
  };

  llvm::DenseSet<SourceLocation> Reported;
  for (auto It = llvm::scc_begin(&Root); !It.isAtEnd(); ++It) {
    if (!It.hasCycle())
      continue;
    std::vector<Node *> Component = *It;
    if (llvm::is_contained(Component, &Root))
      continue;
    llvm::sort(Component, Before);
    Node *First = Component.front();
    const FunctionDecl *Shown = written(First->Function);
    SourceLocation Loc = Shown->getLocation();
    if (!Reported.insert(SM.getExpansionLoc(Loc)).second)
      continue;

    // One cycle through the first function, by breadth-first search inside
    // the component, for the notes.
    llvm::DenseSet<const Node *> Members(Component.begin(), Component.end());
    llvm::DenseMap<const Node *, std::pair<const Node *, SourceLocation>>
        ReachedFrom;
    std::deque<const Node *> Queue{First};
    bool Closed = false;
    std::pair<const Node *, SourceLocation> Closing;
    while (!Queue.empty() && !Closed) {
      const Node *N = Queue.front();
      Queue.pop_front();
      for (size_t I = 0; I < N->Callees.size(); ++I) {
        const Node *Next = N->Callees[I];
        if (!Members.contains(Next))
          continue;
        if (Next == First) {
          Closing = {N, N->CallSites[I]};
          Closed = true;
          break;
        }
        if (ReachedFrom.try_emplace(Next, N, N->CallSites[I]).second)
          Queue.push_back(Next);
      }
    }
    std::vector<std::pair<const Node *, SourceLocation>> Path;
    if (Closed) {
      Path.push_back(Closing);
      for (const Node *N = Closing.first; N != First;) {
        auto Step = ReachedFrom.lookup(N);
        Path.push_back(Step);
        N = Step.first;
      }
      std::reverse(Path.begin(), Path.end());
    }

    // Instantiations of one template calling each other are one function
    // to the reader.
    std::vector<std::string> Others;
    for (const Node *N : Component) {
      std::string Name = nameOf(*written(N->Function));
      if (written(N->Function) != Shown && !llvm::is_contained(Others, Name))
        Others.push_back(Name);
    }
    std::string FirstName = nameOf(*Shown);
    std::string Message;
    constexpr size_t MaxListed = 3;
    if (Others.empty()) {
      Message = FirstName + " calls itself";
    } else {
      Message = FirstName + " is recursive through ";
      size_t Listed = std::min(Others.size(), MaxListed);
      for (size_t I = 0; I < Listed; ++I) {
        if (I)
          Message +=
              I + 1 == Listed && Listed == Others.size() ? " and " : ", ";
        Message += Others[I];
      }
      if (Listed < Others.size())
        Message += " and " + std::to_string(Others.size() - Listed) + " more";
    }
    Message += "; the depth of recursion depends on the input and can exhaust "
               "the stack: use a loop, or bound the depth explicitly";

    FindingBuilder Finding = report(Loc, Message);
    for (size_t I = 0; I < Path.size(); ++I) {
      const Node *Caller = Path[I].first;
      const Node *Callee =
          I + 1 < Path.size() ? Path[I + 1].first : First;
      const FunctionDecl *From = written(Caller->Function);
      const FunctionDecl *To = written(Callee->Function);
      Finding.note(Path[I].second,
                   From == To ? nameOf(*From) + " calls itself here"
                              : nameOf(*From) + " calls " + nameOf(*To) +
                                    " here");
    }
  }
}

} // namespace warden::checkers
