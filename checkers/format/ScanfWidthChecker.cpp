//===- ScanfWidthChecker.cpp - Unbounded %s in scanf formats --------------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "format/ScanfWidthChecker.h"
#include "warden/LibraryFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/FormatString.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;
using clang::analyze_format_string::ConversionSpecifier;
using clang::analyze_format_string::LengthModifier;
using clang::analyze_format_string::OptionalAmount;

namespace warden::checkers {

std::vector<OptionSpec> ScanfWidthChecker::optionSpecs() {
  return {
      OptionSpec::map("functions",
                      "Functions to check, by their C name, with the 1-based "
                      "position of their format argument; std:: and glibc "
                      "forms are included",
                      {{"scanf", "1"},
                       {"fscanf", "2"},
                       {"sscanf", "2"},
                       {"vscanf", "1"},
                       {"vfscanf", "2"},
                       {"vsscanf", "2"},
                       {"wscanf", "1"},
                       {"fwscanf", "2"},
                       {"swscanf", "2"},
                       {"vwscanf", "1"},
                       {"vfwscanf", "2"},
                       {"vswscanf", "2"}})
          .validate(validators::positiveIntegerValues()),
      OptionSpec::flag("suggestWidth",
                       "When the destination is an array of known size, name "
                       "the field width to use and offer a fix inserting it",
                       true),
  };
}

ScanfWidthChecker::ScanfWidthChecker(const RuleBinding &Binding,
                                     TranslationUnitContext &TU)
    : Checker(Binding, TU),
      FormatPosition(options().getPositionMap("functions")),
      SuggestWidth(options().getBool("suggestWidth")) {}

void ScanfWidthChecker::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> Names;
  for (const auto &Entry : FormatPosition)
    Names.push_back(Entry.getKey().str());
  Finder->addMatcher(
      callExpr(callee(functionDecl(libraryFunction(Names)).bind("function")))
          .bind("call"),
      this);
}

namespace {

/// One conversion that stores a string with no bound.
struct Unbounded {
  /// Offsets into the parsed text: the '%', where a width goes, and, for a
  /// zero width, its digits.
  unsigned Start = 0, Length = 0, WidthAt = 0, ZeroWidthLength = 0;
  /// The data argument it stores to, counted from the first one.
  std::optional<unsigned> DataArgument;
  bool Wide = false;
  bool ScanSet = false;
};

/// Collects the unbounded string conversions of a scanf format.
class UnboundedConversions : public analyze_format_string::FormatStringHandler {
public:
  explicit UnboundedConversions(const char *Begin) : Begin(Begin) {}

  bool HandleScanfSpecifier(const analyze_scanf::ScanfSpecifier &FS,
                            const char *StartSpecifier,
                            unsigned SpecifierLen) override {
    const ConversionSpecifier &CS = FS.getConversionSpecifier();
    ConversionSpecifier::Kind K = CS.getKind();
    if (K != ConversionSpecifier::sArg && K != ConversionSpecifier::SArg &&
        K != ConversionSpecifier::ScanListArg)
      return true;
    // '%*s' stores nothing; '%ms' allocates a buffer of the right size.
    if (FS.getSuppressAssignment())
      return true;
    LengthModifier::Kind LM = FS.getLengthModifier().getKind();
    if (LM == LengthModifier::AsAllocate || LM == LengthModifier::AsMAllocate)
      return true;
    const OptionalAmount &Width = FS.getFieldWidth();
    // glibc reads a zero width as no width at all.
    bool ZeroWidth = Width.getHowSpecified() == OptionalAmount::Constant &&
                     Width.getConstantAmount() == 0;
    if (Width.getHowSpecified() != OptionalAmount::NotSpecified && !ZeroWidth)
      return true;

    Unbounded U;
    U.Start = StartSpecifier - Begin;
    U.Length = SpecifierLen;
    // The parser stops a scan set before its ']'; show the whole of it.
    if (K == ConversionSpecifier::ScanListArg)
      U.Length = CS.getStart() + CS.getLength() + 1 - StartSpecifier;
    if (ZeroWidth) {
      U.WidthAt = Width.getStart() - Begin;
      U.ZeroWidthLength = Width.getConstantLength();
    } else {
      // After '%' and any 'n$': where the length modifier or the
      // conversion starts.
      const char *At = LM != LengthModifier::None
                           ? FS.getLengthModifier().getStart()
                           : CS.getStart();
      U.WidthAt = At - Begin;
    }
    if (FS.consumesDataArgument())
      U.DataArgument = FS.getArgIndex();
    U.Wide = K == ConversionSpecifier::SArg || LM == LengthModifier::AsLong ||
             LM == LengthModifier::AsWide;
    U.ScanSet = K == ConversionSpecifier::ScanListArg;
    Found.push_back(U);
    return true;
  }

  std::vector<Unbounded> Found;

private:
  const char *Begin;
};

/// The text of a format string in a form clang's parser reads, with a way
/// back from offsets in that text to source locations.
class FormatText {
public:
  FormatText(const StringLiteral &Literal, const ASTContext &Context)
      : Literal(Literal), Context(Context) {
    if (Literal.getCharByteWidth() == 1) {
      Text = Literal.getString().str();
      return;
    }
    // Wide formats: every conversion character is ASCII, so one byte per
    // code unit keeps offsets simple. Other characters can only be plain
    // text or part of a scan set; '?' stands in for them.
    Text.reserve(Literal.getLength());
    for (size_t I = 0; I < Literal.getLength(); ++I) {
      uint32_t C = Literal.getCodeUnit(I);
      Text.push_back(C < 0x80 ? char(C) : '?');
    }
  }

  const std::string &text() const { return Text; }

  /// Where the character at Offset of text() is written, or an invalid
  /// location when it cannot be edited in place: the literal comes from a
  /// macro body (other expansions share it), or it is a wide literal whose
  /// source spelling does not map one to one onto its characters.
  SourceLocation writtenLocation(unsigned Offset) const {
    const SourceManager &SM = Context.getSourceManager();
    for (SourceLocation Tok :
         llvm::make_range(Literal.tokloc_begin(), Literal.tokloc_end()))
      if (!isWrittenInFile(SM, Tok))
        return {};
    // Through macro arguments, the spelling is the user's text.
    if (Literal.getCharByteWidth() == 1)
      return SM.getSpellingLoc(Literal.getLocationOfByte(
          Offset, SM, Context.getLangOpts(), Context.getTargetInfo()));
    // StringLiteral::getLocationOfByte supports narrow literals only; map a
    // wide one by hand when it is a single token without escapes.
    if (Literal.getNumConcatenated() != 1)
      return {};
    SourceLocation Tok = SM.getSpellingLoc(Literal.getBeginLoc());
    unsigned Length = Lexer::MeasureTokenLength(Tok, SM, Context.getLangOpts());
    llvm::StringRef Spelling(SM.getCharacterData(Tok), Length);
    size_t Quote = Spelling.find('"');
    if (Quote == llvm::StringRef::npos || !Spelling.ends_with("\"") ||
        Spelling.substr(Quote + 1, Spelling.size() - Quote - 2) != Text)
      return {};
    return Tok.getLocWithOffset(Quote + 1 + Offset);
  }

  /// A location for findings when writtenLocation() has none.
  SourceLocation fallbackLocation() const { return Literal.getBeginLoc(); }

private:
  /// True when the token is in the main text of a file, possibly through
  /// macro arguments, but not in a macro body.
  static bool isWrittenInFile(const SourceManager &SM, SourceLocation Loc) {
    while (Loc.isMacroID()) {
      if (!SM.isMacroArgExpansion(Loc))
        return false;
      Loc = SM.getImmediateSpellingLoc(Loc);
    }
    return Loc.isValid();
  }

  const StringLiteral &Literal;
  const ASTContext &Context;
  std::string Text;
};

/// The destination of a conversion when it is an array of known size.
struct Buffer {
  std::string Name;
  uint64_t Size;
};

/// True when D, or the function or class it belongs to, is a template or
/// an instantiation of one: its type may differ from one instantiation to
/// the next, so no single width fits.
bool isInTemplate(const Decl &D) {
  if (D.isTemplated())
    return true;
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC)) {
      if (isTemplateInstantiation(FD->getTemplateSpecializationKind()))
        return true;
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(DC)) {
      if (isTemplateInstantiation(RD->getTemplateSpecializationKind()))
        return true;
    }
  }
  if (const auto *VD = dyn_cast<VarDecl>(&D))
    return isTemplateInstantiation(VD->getTemplateSpecializationKind());
  return false;
}

std::optional<Buffer> bufferOf(const Expr *Arg, const Unbounded &U,
                               bool WideFormat, const ASTContext &Context) {
  const Expr *E = Arg->IgnoreParenCasts();
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    D = Member->getMemberDecl();
  if (!D || !D->getIdentifier() || isInTemplate(*D))
    return std::nullopt;
  const ConstantArrayType *Array = Context.getAsConstantArrayType(E->getType());
  if (!Array || Array->getSizeModifier() != ArraySizeModifier::Normal)
    return std::nullopt;
  QualType Element = Array->getElementType();
  if (U.Wide) {
    if (!Context.hasSameUnqualifiedType(Element, Context.getWideCharType()))
      return std::nullopt;
  } else if (!Element->isCharType() || WideFormat) {
    // A wide format converts each character it reads to a multibyte
    // sequence, so a width in characters does not bound the bytes stored.
    return std::nullopt;
  }
  uint64_t Size = Array->getZExtSize();
  if (Size < 2)
    return std::nullopt;
  return Buffer{D->getName().str(), Size};
}

/// Shows a conversion as it would be written in C: "%[^\n]", not a line
/// break.
std::string quoted(llvm::StringRef Conversion) {
  std::string Result;
  llvm::raw_string_ostream OS(Result);
  OS << '\'';
  OS.write_escaped(Conversion);
  OS << '\'';
  return Result;
}

} // namespace

void ScanfWidthChecker::check(const MatchFinder::MatchResult &R) {
  const auto *Call = R.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = R.Nodes.getNodeAs<FunctionDecl>("function");
  llvm::StringRef Name = libraryNameOf(*Function);
  auto It = FormatPosition.find(Name);
  if (It == FormatPosition.end() || It->second > Call->getNumArgs())
    return;
  unsigned FormatArg = It->second - 1;
  // A format computed at run time is another rule's business.
  const auto *Literal =
      dyn_cast<StringLiteral>(Call->getArg(FormatArg)->IgnoreParenImpCasts());
  if (!Literal || Literal->isUnevaluated())
    return;

  const ASTContext &Context = *R.Context;
  FormatText Format(*Literal, Context);
  const std::string &Text = Format.text();
  UnboundedConversions Handler(Text.data());
  analyze_format_string::ParseScanfString(
      Handler, Text.data(), Text.data() + Text.size(), Context.getLangOpts(),
      Context.getTargetInfo());
  bool WideFormat = Literal->getCharByteWidth() != 1;

  for (const Unbounded &U : Handler.Found) {
    llvm::StringRef Conversion(Text.data() + U.Start, U.Length);
    std::string Message =
        quoted(Conversion) + " in '" + Name.str() + "' " +
        (U.ScanSet ? "reads a run of characters" : "reads a word") +
        " with no bound; ";

    std::optional<Buffer> Target;
    // Only the variadic forms take the destinations as arguments; the
    // v*scanf forms take a va_list.
    unsigned DataArg = FormatArg + 1 + U.DataArgument.value_or(0);
    if (SuggestWidth && U.DataArgument && Function->isVariadic() &&
        DataArg < Call->getNumArgs())
      Target = bufferOf(Call->getArg(DataArg), U, WideFormat, Context);

    SourceLocation Loc = Format.writtenLocation(U.Start);
    SourceLocation ReportAt = Loc.isValid() ? Loc : Format.fallbackLocation();
    if (!Target) {
      report(ReportAt,
             Message + "give it a field width one less than the buffer size");
      continue;
    }

    std::string Width = std::to_string(Target->Size - 1);
    std::string Suggested = Conversion.str();
    Suggested.replace(U.WidthAt - U.Start, U.ZeroWidthLength, Width);
    Message += "use a field width such as " + quoted(Suggested) + " for the " +
               std::to_string(Target->Size) +
               (U.Wide ? "-character" : "-byte") + " buffer '" + Target->Name +
               "'";
    FindingBuilder Finding = report(ReportAt, Message);
    SourceLocation WidthLoc = Format.writtenLocation(U.WidthAt);
    if (Loc.isInvalid() || WidthLoc.isInvalid())
      continue;
    FixItHint Hint;
    if (U.ZeroWidthLength)
      Hint = FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(
              WidthLoc, Format.writtenLocation(U.WidthAt + U.ZeroWidthLength)),
          Width);
    else
      Hint = FixItHint::CreateInsertion(WidthLoc, Width);
    Finding.fix("read at most " + Width + " characters", Hint);
  }
}

} // namespace warden::checkers
