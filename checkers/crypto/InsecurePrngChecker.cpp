//===- InsecurePrngChecker.cpp - Predictable random numbers ---------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "crypto/InsecurePrngChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace warden::checkers {

using namespace crypto;

namespace {

constexpr llvm::StringLiteral SecureSources =
    "getrandom(), arc4random() or RAND_bytes()";

/// Library functions that write their source arguments into the buffer of
/// their first argument: the first source argument (0-based) and whether
/// every later argument is a source too (formatting functions).
struct CopyFunction {
  llvm::StringLiteral Name;
  unsigned FirstSource;
  bool Rest;
};
constexpr CopyFunction CopyFunctions[] = {
    {"memcpy", 1, false},   {"memmove", 1, false},  {"memset", 1, false},
    {"strcpy", 1, false},   {"strncpy", 1, false},  {"strcat", 1, false},
    {"strncat", 1, false},  {"stpcpy", 1, false},   {"strlcpy", 1, false},
    {"strlcat", 1, false},  {"wcscpy", 1, false},   {"wcsncpy", 1, false},
    {"wmemcpy", 1, false},  {"sprintf", 1, true},   {"vsprintf", 1, true},
    {"snprintf", 2, true},  {"vsnprintf", 2, true}, {"swprintf", 2, true},
    // Output-range algorithms: std::generate(token.begin(), token.end(),
    // rand).
    {"generate", 2, false}, {"generate_n", 2, false}, {"fill", 2, false},
    {"fill_n", 2, false},
};

const CopyFunction *copyFunction(const FunctionDecl &FD) {
  llvm::StringRef Name = libraryNameOf(FD);
  if (Name.empty())
    return nullptr;
  for (const CopyFunction &C : CopyFunctions)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

/// "a::b::C" for a declaration, skipping inline and anonymous namespaces
/// (libc++'s std::__1).
std::string qualifiedName(const NamedDecl &D) {
  std::string Name = D.getNameAsString();
  for (const DeclContext *Ctx = D.getDeclContext(); Ctx;
       Ctx = Ctx->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(Ctx)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Name = NS->getNameAsString() + "::" + Name;
    } else if (const auto *RD = dyn_cast<RecordDecl>(Ctx)) {
      Name = RD->getNameAsString() + "::" + Name;
    }
  }
  return Name;
}

enum class SeedKind { Unknown, Constant, Predictable };

AST_MATCHER_P(FunctionDecl, prngGenerator, InsecurePrngChecker *, Checker) {
  return Checker->isGenerator(Node);
}

AST_MATCHER_P(Expr, hasEngineType, InsecurePrngChecker *, Checker) {
  return Checker->isEngine(Node.getType());
}

AST_MATCHER_P(ValueDecl, declaredAsEngine, InsecurePrngChecker *, Checker) {
  return Checker->isEngine(Node.getType());
}

} // namespace

std::vector<OptionSpec> InsecurePrngChecker::optionSpecs() {
  return {
      OptionSpec::list(
          "functions",
          "Pseudo-random generators to flag, by their C name; std:: forms "
          "are included. std::random_shuffle is flagged only in its "
          "two-argument form, which picks its own generator",
          {"rand", "rand_r", "random", "drand48", "erand48", "lrand48",
           "nrand48", "mrand48", "jrand48", "random_shuffle"}),
      OptionSpec::map("seedFunctions",
                      "Functions that seed a generator, with the 1-based "
                      "position of the seed argument; flagged when the seed "
                      "is a constant or predictable",
                      {{"srand", "1"},
                       {"srandom", "1"},
                       {"srand48", "1"},
                       {"initstate", "1"}})
          .validate(validators::positiveIntegerValues()),
      OptionSpec::list(
          "predictableSeedFunctions",
          "Functions and member functions whose results make a predictable "
          "seed: a seed computed only from constants and their calls is "
          "flagged",
          {"time", "clock", "getpid", "getppid", "gettid", "pthread_self",
           "GetTickCount", "GetTickCount64", "GetCurrentProcessId",
           "GetCurrentThreadId", "timeGetTime", "now", "time_since_epoch",
           "count"}),
      OptionSpec::list(
          "engines",
          "C++ random number engines (class templates or classes, "
          "qualified), whose seeding is checked and whose output is "
          "tracked; typedefs such as std::mt19937 resolve to them",
          {"std::linear_congruential_engine", "std::mersenne_twister_engine",
           "std::subtract_with_carry_engine", "std::discard_block_engine",
           "std::independent_bits_engine", "std::shuffle_order_engine"}),
      OptionSpec::string(
          "sensitiveNames",
          "Names of variables, fields, parameters and functions whose value "
          "must be unpredictable: a generator whose value reaches one is an "
          "error. Case-insensitive; matched against the name as written and "
          "as lowercase words joined by '_' (sessionKeyIV -> "
          "session_key_iv); empty to never escalate",
          "(^|_)(token|nonce|keys?|salt|iv|secret|session|sid|password|"
          "passwd|pwd|passphrase|pin|otp|challenge|cookie|csrf)s?(_|$)|"
          "token|nonce|secret|session|password|passwd|passphrase|challenge|"
          "(api|aes|des|hmac|mac|enc|master|priv|private|secret|session|auth|"
          "sym|shared|signing|wrap)_?key")
          .validate(validators::optionalRegex()),
      OptionSpec::string(
          "ignoredNames",
          "Names that match 'sensitiveNames' but hold no secret (a length, "
          "a count, a delay); same matching rules",
          "(^|_)(len|length|size|count|num|max|min|index|idx|pos|offset|"
          "type|name|delay|interval|timeout|jitter|backoff|retry|retries|"
          "port)s?(_|$)")
          .validate(validators::optionalRegex()),
      OptionSpec::flag("checkSeeds",
                       "Flag constant and predictable seeds (srand(42), "
                       "srand(time(NULL)), default-constructed engines)",
                       true),
  };
}

InsecurePrngChecker::InsecurePrngChecker(const RuleBinding &Binding,
                                         TranslationUnitContext &TU)
    : Checker(Binding, TU), Generators(options().getList("functions")),
      SeedFunctions(options().getPositionMap("seedFunctions")),
      PredictableSeeds([this] {
        llvm::StringSet<> S;
        for (const std::string &N : options().getList("predictableSeedFunctions"))
          S.insert(N);
        return S;
      }()),
      Engines(options().getList("engines")),
      Sensitive(options().getString("sensitiveNames"),
                options().getString("ignoredNames")),
      CheckSeeds(options().getBool("checkSeeds")) {}

bool InsecurePrngChecker::isGenerator(const FunctionDecl &FD) const {
  llvm::StringRef Name = libraryNameOf(FD);
  return !Name.empty() && llvm::is_contained(Generators, Name);
}

bool InsecurePrngChecker::isEngine(QualType T) {
  if (T.isNull() || Engines.empty())
    return false;
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  auto [It, Inserted] = EngineCache.try_emplace(RD, false);
  if (Inserted) {
    const NamedDecl *Named = RD;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      Named = Spec->getSpecializedTemplate();
    It->second = llvm::is_contained(Engines, qualifiedName(*Named));
  }
  return It->second;
}

std::string InsecurePrngChecker::engineName(QualType T) {
  PrintingPolicy Policy(context().langOptions());
  Policy.SuppressTagKeyword = true;
  return T.getNonReferenceType().getUnqualifiedType().getAsString(Policy);
}

bool InsecurePrngChecker::sensitive(const NamedDecl *D) const {
  return D && Sensitive.matches(D->getIdentifier());
}

void InsecurePrngChecker::registerMatchers(MatchFinder *Finder) {
  auto Generator = functionDecl(prngGenerator(this)).bind("function");
  Finder->addMatcher(callExpr(callee(Generator)).bind("call"), this);
  // Passing the generator itself: std::generate(key, key + 16, rand).
  Finder->addMatcher(declRefExpr(to(Generator)).bind("reference"), this);
  if (CheckSeeds && !SeedFunctions.empty()) {
    std::vector<std::string> Names;
    for (const auto &Entry : SeedFunctions)
      Names.push_back(Entry.getKey().str());
    Finder->addMatcher(
        callExpr(callee(functionDecl(libraryFunction(Names)).bind("seeder")))
            .bind("seed"),
        this);
  }
  if (!context().langOptions().CPlusPlus || Engines.empty())
    return;
  if (CheckSeeds) {
    // Default construction: no argument, or a defaulted seed parameter
    // (libstdc++: explicit mersenne_twister_engine(result_type = 5489u)).
    auto DefaultSeed = anyOf(argumentCountIs(0),
                             hasArgument(0, cxxDefaultArgExpr()));
    Finder->addMatcher(
        varDecl(declaredAsEngine(this),
                hasInitializer(ignoringImplicit(cxxConstructExpr(DefaultSeed))))
            .bind("default-engine"),
        this);
    Finder->addMatcher(
        cxxConstructExpr(hasEngineType(this), unless(DefaultSeed),
                         unless(hasDeclaration(cxxConstructorDecl(
                             anyOf(isCopyConstructor(), isMoveConstructor())))))
            .bind("engine-construct"),
        this);
    Finder->addMatcher(
        cxxMemberCallExpr(on(hasEngineType(this)),
                          callee(cxxMethodDecl(hasName("seed"))))
            .bind("engine-seed"),
        this);
  }
  // Uses of an engine are findings only when its output reaches a secret.
  Finder->addMatcher(
      declRefExpr(to(varDecl(declaredAsEngine(this)))).bind("engine-use"),
      this);
  Finder->addMatcher(
      memberExpr(member(fieldDecl(declaredAsEngine(this)))).bind("engine-use"),
      this);
}

//===----------------------------------------------------------------------===//
// Seeds
//===----------------------------------------------------------------------===//

/// Whether E is computed only from constants and calls of predictable
/// functions; Found receives the first such function.
static bool predictable(const Expr *E, const llvm::StringSet<> &Functions,
                        ASTContext &Ctx, std::string &Found) {
  if (!E)
    return false;
  E = E->IgnoreParenCasts();
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  if (E->isIntegerConstantExpr(Ctx) || isa<CXXNullPtrLiteralExpr>(E) ||
      isa<GNUNullExpr>(E))
    return true;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const auto *FD = Call->getDirectCallee();
    if (!FD || !FD->getIdentifier() || !Functions.contains(FD->getName()))
      return false;
    // A member function is predictable on a predictable object only:
    // now().time_since_epoch().count(), not samples.count().
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      if (!predictable(MC->getImplicitObjectArgument(), Functions, Ctx, Found))
        return false;
    if (Found.empty())
      Found = FD->getName().str();
    return true;
  }
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return predictable(MTE->getSubExpr(), Functions, Ctx, Found);
  if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
    return predictable(BTE->getSubExpr(), Functions, Ctx, Found);
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    return predictable(EWC->getSubExpr(), Functions, Ctx, Found);
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return predictable(BO->getLHS(), Functions, Ctx, Found) &&
           predictable(BO->getRHS(), Functions, Ctx, Found);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return predictable(UO->getSubExpr(), Functions, Ctx, Found);
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return predictable(CO->getCond(), Functions, Ctx, Found) &&
           predictable(CO->getTrueExpr(), Functions, Ctx, Found) &&
           predictable(CO->getFalseExpr(), Functions, Ctx, Found);
  return false;
}

void InsecurePrngChecker::reportSeed(const Expr *Seed, llvm::StringRef Who,
                                     bool Engine, ASTContext &Context) {
  if (!Seed)
    return;
  // A seed object (std::seed_seq) is not judged.
  if (Seed->getType().isNull() || Seed->getType()->isRecordType())
    return;
  std::string Found;
  if (!predictable(Seed, PredictableSeeds, Context, Found))
    return;
  std::string Message =
      "'" + Who.str() + (Engine ? "' is seeded " : "' seeds the generator ");
  if (Found.empty())
    Message += "with a constant, so every run repeats the same sequence "
               "(CWE-336)";
  else
    Message += "from '" + Found + "', which an attacker can guess (CWE-337)";
  Message += "; seed from getrandom() or std::random_device, and use a "
             "cryptographically secure generator for secrets";
  report(Seed->getBeginLoc(), Message)
      .property("seed", Found.empty() ? std::string("constant") : Found);
}

//===----------------------------------------------------------------------===//
// Flow of generated values into secrets
//===----------------------------------------------------------------------===//

InsecurePrngChecker::Origins
InsecurePrngChecker::originsOf(const Expr *E, const State &S) {
  Origins O;
  if (!E)
    return O;
  if (isa<UnaryExprOrTypeTraitExpr, LambdaExpr, BlockExpr>(E))
    return O;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (isGenerator(*FD)) {
        O.insert(E);
        return O;
      }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      if (isGenerator(*FD))
        O.insert(E);
      return O;
    }
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      if (isEngine(VD->getType()))
        O.insert(E);
      auto It = S.find(VD);
      if (It != S.end())
        O.insert(It->second.begin(), It->second.end());
    }
    return O;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (isa<FieldDecl>(ME->getMemberDecl()) && isEngine(ME->getType())) {
      O.insert(E);
      return O;
    }
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child)) {
      Origins Sub = originsOf(CE, S);
      O.insert(Sub.begin(), Sub.end());
    }
  return O;
}

void InsecurePrngChecker::escalate(const Origins &O, llvm::StringRef Into,
                                   SourceLocation At, std::string How) {
  for (const Expr *E : O)
    Flows.try_emplace(E, Flow{Into.str(), At, How});
}

void InsecurePrngChecker::store(const Expr *Target, const Origins &O,
                                bool Strong, SourceLocation At, State &St) {
  const NamedDecl *D = namedTarget(Target);
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  Strong = Strong && isa<DeclRefExpr>(Target->IgnoreParenImpCasts());
  if (O.empty()) {
    if (Strong && VD)
      St.erase(VD);
    return;
  }
  if (sensitive(D))
    escalate(O, D->getName(), At,
             "the value is stored in '" + D->getName().str() + "' here");
  if (!VD)
    return;
  if (Strong)
    St[VD] = O;
  else
    St[VD].insert(O.begin(), O.end());
}

void InsecurePrngChecker::transfer(const Stmt *S, const FunctionDecl &FD,
                                   State &St) {
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->getInit())
        continue;
      Origins O = originsOf(VD->getInit(), St);
      if (O.empty()) {
        St.erase(VD);
        continue;
      }
      if (sensitive(VD))
        escalate(O, VD->getName(), VD->getLocation(),
                 "the value is stored in '" + VD->getName().str() + "' here");
      St[VD] = std::move(O);
    }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->isAssignmentOp())
      store(BO->getLHS(), originsOf(BO->getRHS(), St),
            BO->getOpcode() == BO_Assign, BO->getOperatorLoc(), St);
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
    if (sensitive(&FD) && RS->getRetValue())
      escalate(originsOf(RS->getRetValue(), St), FD.getName(),
               RS->getBeginLoc(),
               "the value is returned from '" + FD.getName().str() +
                   "' here");
    return;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (OC->isAssignmentOp() && OC->getNumArgs() == 2) {
      store(OC->getArg(0), originsOf(OC->getArg(1), St),
            OC->getOperator() == OO_Equal, OC->getOperatorLoc(), St);
      return;
    }
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call)
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || isGenerator(*Callee))
    return;
  // Copies into a buffer: memcpy(key, &r, sizeof r), snprintf(token, ...).
  if (const CopyFunction *Copy = copyFunction(*Callee)) {
    if (Call->getNumArgs() <= Copy->FirstSource)
      return;
    Origins O;
    unsigned Last = Copy->Rest ? Call->getNumArgs() : Copy->FirstSource + 1;
    for (unsigned I = Copy->FirstSource; I < Last; ++I) {
      Origins Sub = originsOf(Call->getArg(I), St);
      O.insert(Sub.begin(), Sub.end());
    }
    store(Call->getArg(0), O, false, Call->getArg(0)->getBeginLoc(), St);
    return;
  }
  // A member function of a secret object: token.push_back(c),
  // token.append(s).
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    Origins O;
    for (const Expr *Arg : MC->arguments()) {
      Origins Sub = originsOf(Arg, St);
      O.insert(Sub.begin(), Sub.end());
    }
    if (!O.empty() && MC->getImplicitObjectArgument())
      store(MC->getImplicitObjectArgument(), O, false,
            MC->getExprLoc(), St);
  }
  // A parameter named like a secret, in the user's own functions (library
  // headers name parameters __key and the like).
  const SourceManager &SM = context().sourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation())))
    return;
  unsigned Offset = isa<CXXOperatorCallExpr>(Call) &&
                            isa<CXXMethodDecl>(Callee) &&
                            !cast<CXXMethodDecl>(Callee)->isStatic()
                        ? 1
                        : 0;
  for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
    unsigned P = I - Offset;
    if (P >= Callee->getNumParams())
      break;
    const ParmVarDecl *Param = Callee->getParamDecl(P);
    if (!sensitive(Param))
      continue;
    escalate(originsOf(Call->getArg(I), St), Param->getName(),
             Call->getArg(I)->getBeginLoc(),
             "the value is passed as '" + Param->getName().str() + "' of '" +
                 Callee->getNameAsString() + "' here");
  }
}

void InsecurePrngChecker::analyse(const FunctionDecl &FD) {
  if (!Analysed.insert(&FD).second)
    return;
  const CFG *Cfg = context().cfg(FD);
  if (!Cfg)
    return;
  PostOrderCFGView Order(Cfg);
  std::vector<State> Out(Cfg->getNumBlockIDs());
  // A may-analysis over a finite lattice: a few passes reach the fixpoint;
  // the bound only guards against pathological functions.
  for (unsigned Pass = 0; Pass < 16; ++Pass) {
    bool Changed = false;
    for (const CFGBlock *Block : Order) {
      if (!Block)
        continue;
      State St;
      for (const CFGBlock::AdjacentBlock &Pred : Block->preds())
        if (const CFGBlock *P = Pred.getReachableBlock())
          for (const auto &[VD, O] : Out[P->getBlockID()])
            St[VD].insert(O.begin(), O.end());
      for (const CFGElement &E : *Block) {
        if (auto S = E.getAs<CFGStmt>())
          transfer(S->getStmt(), FD, St);
        else if (auto I = E.getAs<CFGInitializer>()) {
          const CXXCtorInitializer *Init = I->getInitializer();
          if (const FieldDecl *Field = Init->getMember()) {
            Origins O = originsOf(Init->getInit(), St);
            if (!O.empty() && sensitive(Field))
              escalate(O, Field->getName(), Init->getSourceLocation(),
                       "the value is stored in '" + Field->getName().str() +
                           "' here");
          }
        }
      }
      State &Old = Out[Block->getBlockID()];
      if (Old != St) {
        Old = std::move(St);
        Changed = true;
      }
    }
    if (!Changed)
      break;
  }
}

const InsecurePrngChecker::Flow *
InsecurePrngChecker::flowOf(const Expr *Origin, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(*Origin);
  // Walk up to the function (or global initialiser) that holds the use.
  // The parent map is built only for TUs that use a generator.
  for (unsigned Depth = 0; Depth < 256; ++Depth) {
    DynTypedNodeList Parents = Context.getParents(Node);
    if (Parents.empty())
      return nullptr;
    Node = Parents[0];
    const FunctionDecl *FD = Node.get<FunctionDecl>();
    if (const auto *Lambda = Node.get<LambdaExpr>())
      FD = Lambda->getCallOperator();
    if (FD) {
      // Instantiations repeat their pattern's findings; analyse the
      // pattern only so that every instantiation agrees.
      if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
        if (Pattern->hasBody())
          return nullptr;
      analyse(*FD);
      auto It = Flows.find(Origin);
      return It == Flows.end() ? nullptr : &It->second;
    }
    if (Node.get<BlockExpr>() || Node.get<ObjCMethodDecl>())
      return nullptr;
    const auto *VD = Node.get<VarDecl>();
    const auto *Field = Node.get<FieldDecl>();
    if ((VD && !VD->isLocalVarDeclOrParm()) || Field) {
      // A global or member initialiser: the value flows straight in.
      const NamedDecl *Target =
          VD ? static_cast<const NamedDecl *>(VD) : Field;
      if (!sensitive(Target))
        return nullptr;
      Flows.try_emplace(Origin,
                        Flow{Target->getName().str(), Target->getLocation(),
                             "the value is stored in '" +
                                 Target->getName().str() + "' here"});
      return &Flows.find(Origin)->second;
    }
  }
  return nullptr;
}

/// Whether the use lies in a template instantiation whose pattern reports
/// the same finding.
static bool inInstantiation(const Expr *E, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(*E);
  for (unsigned Depth = 0; Depth < 256; ++Depth) {
    DynTypedNodeList Parents = Context.getParents(Node);
    if (Parents.empty())
      return false;
    Node = Parents[0];
    if (const auto *FD = Node.get<FunctionDecl>()) {
      const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
      return Pattern && Pattern->hasBody();
    }
  }
  return false;
}

void InsecurePrngChecker::reportGenerator(const Expr *Use,
                                          const FunctionDecl &FD,
                                          SourceLocation Loc,
                                          ASTContext &Context) {
  std::string Name = displayName(FD);
  // Name it as written: std::rand may be ::rand brought in by a
  // using-declaration.
  const auto *Ref = dyn_cast<DeclRefExpr>(Use);
  if (const auto *Call = dyn_cast<CallExpr>(Use))
    Ref = dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts());
  if (Ref && Ref->getQualifier())
    if (const NamespaceDecl *NS = Ref->getQualifier()->getAsNamespace())
      if (NS->isStdNamespace() && !llvm::StringRef(Name).starts_with("std::"))
        Name = "std::" + Name;
  const Flow *F = flowOf(Use, Context);
  if (!F && inInstantiation(Use, Context))
    return;
  if (libraryNameOf(FD) == "random_shuffle") {
    report(Loc, "'" + Name +
                    "' shuffles with an unspecified generator, often rand(), "
                    "and was removed in C++17 (CWE-338); use std::shuffle "
                    "with an engine seeded from std::random_device");
    return;
  }
  if (!F) {
    report(Loc, "'" + Name +
                    "' is a predictable pseudo-random generator (CWE-338); "
                    "use " +
                    SecureSources.str() +
                    " for values an attacker must not guess");
    return;
  }
  report(Loc, "'" + Name +
                  "' is a predictable pseudo-random generator and its value "
                  "reaches '" +
                  F->Into + "' (CWE-338); use " + SecureSources.str())
      .severity(Level::Error)
      .property("flowsInto", F->Into)
      .note(F->At, F->How);
}

void InsecurePrngChecker::check(const MatchFinder::MatchResult &R) {
  ASTContext &Context = *R.Context;

  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("seed")) {
    const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("seeder");
    auto It = SeedFunctions.find(libraryNameOf(*FD));
    if (It == SeedFunctions.end() || It->second > Call->getNumArgs())
      return;
    reportSeed(Call->getArg(It->second - 1), displayName(*FD), false,
               Context);
    return;
  }
  if (const auto *VD = R.Nodes.getNodeAs<VarDecl>("default-engine")) {
    std::string Name = engineName(VD->getType());
    report(VD->getLocation(),
           "'" + Name +
               "' is default-constructed, so every run repeats the same "
               "sequence (CWE-336); seed it from getrandom() or "
               "std::random_device, and use a cryptographically secure "
               "generator for secrets")
        .property("seed", std::string("default"));
    return;
  }
  if (const auto *CE = R.Nodes.getNodeAs<CXXConstructExpr>("engine-construct")) {
    reportSeed(CE->getArg(0), engineName(CE->getType()), true, Context);
    return;
  }
  if (const auto *MC = R.Nodes.getNodeAs<CXXMemberCallExpr>("engine-seed")) {
    std::string Name = engineName(MC->getImplicitObjectArgument()->getType());
    if (MC->getNumArgs() == 0 || isa<CXXDefaultArgExpr>(MC->getArg(0))) {
      report(MC->getExprLoc(),
             "'" + Name +
                 "' is reset to its default seed, so every run repeats the "
                 "same sequence (CWE-336); seed it from getrandom() or "
                 "std::random_device")
          .property("seed", std::string("default"));
      return;
    }
    reportSeed(MC->getArg(0), Name, true, Context);
    return;
  }
  if (const auto *Use = R.Nodes.getNodeAs<Expr>("engine-use")) {
    const Flow *F = flowOf(Use, Context);
    if (!F)
      return;
    std::string Name = engineName(Use->getType());
    report(Use->getExprLoc(),
           "'" + Name +
               "' is not a cryptographically secure generator and its "
               "output reaches '" +
               F->Into + "' (CWE-338); use " + SecureSources.str())
        .severity(Level::Error)
        .property("flowsInto", F->Into)
        .note(F->At, F->How);
    return;
  }

  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("function");
  if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("call")) {
    const auto *Ref =
        dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts());
    if (Ref) {
      ReportedCallees.insert(Ref);
      if (Ref->isNonOdrUse() == NOUR_Unevaluated)
        return;
    }
    // std::random_shuffle(first, last, gen) uses the caller's generator.
    if (libraryNameOf(*FD) == "random_shuffle" && Call->getNumArgs() != 2)
      return;
    reportGenerator(Call, *FD, Ref ? Ref->getLocation() : Call->getExprLoc(),
                    Context);
    return;
  }
  const auto *Ref = R.Nodes.getNodeAs<DeclRefExpr>("reference");
  if (ReportedCallees.contains(Ref) || Ref->isNonOdrUse() == NOUR_Unevaluated)
    return;
  if (libraryNameOf(*FD) == "random_shuffle")
    return;
  reportGenerator(Ref, *FD, Ref->getLocation(), Context);
}

} // namespace warden::checkers
