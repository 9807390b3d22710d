// RUN: warden check --no-config --only=hs-cpp-c-style-cast --fail-on=never --quiet %s -- -std=c++17 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-c-style-cast --fail-on=warning %s -- -std=c++17 -isystem %S/Inputs
//
// The fixes, as SARIF fixes.
// RUN: warden check --no-config --only=hs-cpp-c-style-cast --fail-on=never --quiet --format sarif -o %t.sarif %s -- -std=c++17 -isystem %S/Inputs
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// Option functionalCasts = false (test/rules/Inputs): 'T(x)' is accepted.
// RUN: warden check --config %S/Inputs/c-style-cast-options.toml --only=hs-cpp-c-style-cast --fail-on=never --quiet %s -- -std=c++17 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOFUNC --implicit-check-not='functional cast'
//
// --fix rewrites a copy of an input; a suppressed finding is left as it is.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %S/Inputs/c-style-cast-fix.cpp %t.dir/c-style-cast-fix.cpp
// RUN: cd %t.dir && warden check --no-config --only='hs-cpp-c-style-cast,warden-suppress-*' --fail-on=never --fix c-style-cast-fix.cpp -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=APPLIED
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.dir/c-style-cast-fix.cpp --match-full-lines
// APPLIED: warden: applied 4 fixes in 1 file
// FIXED: int level(double reading) { return static_cast<int>(reading); }
// FIXED-NEXT: const Frame *view(const void *buffer) { return static_cast<const Frame *>(buffer); }
// FIXED-NEXT: long address(const Frame *f) { return reinterpret_cast<long>(f); }
// FIXED-NEXT: unsigned char code(int reading) { return static_cast<unsigned char>(reading >> 4); }
// FIXED: return (int)reading; // warden-ignore hs-cpp-c-style-cast: shared with the C build
// NOFUNC: warning: C-style cast to 'int' hides
#include <cpp-system-macros.h>

struct Header {
  unsigned short type, length;
};
struct Base {
  virtual ~Base();
};
struct Derived : Base {};
struct Hidden : private Base {
  Base *self();
};
enum Color { Red, Green };

void conversions(double d, int reading, const char *text, char *buffer,
                 void *storage, Base *base, Derived &derived) {
  int i = (int)d;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:11: warning: C-style cast to 'int' hides which conversion it performs; use 'static_cast<int>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   int i = (int)d;
  // CHECK-NEXT: {{^}}      |           ^~~~~~
  // CHECK-NEXT: {{^}}      |           static_cast<int>(
  // CHECK-NEXT: {{^}}      |                 )
  // SARIF: "text": "C-style cast to 'int' hides which conversion it performs; use 'static_cast<int>'"
  // SARIF: "fixes": [
  // SARIF: "text": "use 'static_cast<int>'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-10]],
  // SARIF-NEXT: "startColumn": 11,
  // SARIF-NEXT: "endLine": [[@LINE-12]],
  // SARIF-NEXT: "endColumn": 16
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "static_cast<int>("
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-17]],
  // SARIF-NEXT: "startColumn": 17,
  // SARIF-NEXT: "endLine": [[@LINE-19]],
  // SARIF-NEXT: "endColumn": 17
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": ")"

  // A parenthesised operand keeps its parentheses.
  unsigned char level = (unsigned char)(reading >> 4);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:25: warning: C-style cast to 'unsigned char' hides which conversion it performs; use 'static_cast<unsigned char>' [hs-cpp-c-style-cast]
  // SARIF: "text": "C-style cast to 'unsigned char' hides
  // SARIF: "text": "use 'static_cast<unsigned char>'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-5]],
  // SARIF-NEXT: "startColumn": 25,
  // SARIF-NEXT: "endLine": [[@LINE-7]],
  // SARIF-NEXT: "endColumn": 40
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "static_cast<unsigned char>"
  // SARIF-NOT: "insertedContent"
  // SARIF: "ruleId"

  // Only qualifiers change, and const goes: a const_cast.
  char *writable = (char *)text;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:20: warning: C-style cast to 'char *' hides which conversion it performs; use 'const_cast<char *>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   char *writable = (char *)text;
  // CHECK-NEXT: {{^}}      |                    ^~~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |                    const_cast<char *>(
  // CHECK-NEXT: {{^}}      |                                  )
  // Adding const is a static_cast.
  const char *readable = (const char *)buffer;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:26: warning: C-style cast to 'const char *' hides which conversion it performs; use 'static_cast<const char *>' [hs-cpp-c-style-cast]
  // void * to an object pointer is a static_cast; between unrelated object
  // pointers, and between pointers and integers, a reinterpret_cast.
  Header *h = (Header *)storage;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:15: warning: C-style cast to 'Header *' hides which conversion it performs; use 'static_cast<Header *>' [hs-cpp-c-style-cast]
  Header *g = (Header *)buffer;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:15: warning: C-style cast to 'Header *' hides which conversion it performs; use 'reinterpret_cast<Header *>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   Header *g = (Header *)buffer;
  // CHECK-NEXT: {{^}}      |               ^~~~~~~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |               reinterpret_cast<Header *>(
  // CHECK-NEXT: {{^}}      |                                       )
  long address = (long)buffer;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:18: warning: C-style cast to 'long' hides which conversion it performs; use 'reinterpret_cast<long>' [hs-cpp-c-style-cast]
  // Up and down a public hierarchy: static_cast.
  Derived *down = (Derived *)base;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:19: warning: C-style cast to 'Derived *' hides which conversion it performs; use 'static_cast<Derived *>' [hs-cpp-c-style-cast]
  Base &up = (Base &)derived;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:14: warning: C-style cast to 'Base &' hides which conversion it performs; use 'static_cast<Base &>' [hs-cpp-c-style-cast]
  // The operand of a cast is only what it applies to: '(int)d + 1'.
  int next = (int)d + 1;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:14: warning: C-style cast to 'int' hides
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   int next = (int)d + 1;
  // CHECK-NEXT: {{^}}      |              ^~~~~~
  // CHECK-NEXT: {{^}}      |              static_cast<int>(
  // CHECK-NEXT: {{^}}      |                    )
  // Casts of casts: each is rewritten on its own.
  int twice = (int)(float)d;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:15: warning: C-style cast to 'int' hides
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-2]]:20: warning: C-style cast to 'float' hides
  (void)i, (void)level, (void)writable, (void)readable, (void)h, (void)g;
  (void)address, (void)down, (void)up, (void)next, (void)twice;
}

// Two steps at once: no single named cast does it, so no fix.
void two_steps(const int *values, const Base *base) {
  char *bytes = (char *)values;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:17: warning: C-style cast to 'char *' casts away qualifiers and converts the type at once; avoid it, or spell out the 'const_cast' and the 'reinterpret_cast' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   char *bytes = (char *)values;
  // CHECK-NEXT: {{^}}      |                 ^~~~~~~~~~~~~~
  // CHECK-NOT: {{^}}      |
  Derived *d = (Derived *)base;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:16: warning: C-style cast to 'Derived *' casts away qualifiers and converts the type at once; avoid it, or spell out the 'const_cast' and the 'static_cast' [hs-cpp-c-style-cast]
  (void)bytes, (void)d;
}

// A private base is out of a static_cast's reach (a C-style cast ignores
// access): named, not rewritten.
Base *Hidden::self() {
  return (Base *)this;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:10: warning: C-style cast to 'Base *' hides which conversion it performs; use 'static_cast', 'const_cast' or 'reinterpret_cast' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return (Base *)this;
  // CHECK-NEXT: {{^}}      |          ^~~~~~~~~~~~
  // CHECK-NOT: {{^}}      |
}
Base *outside(Hidden *h) {
  return (Base *)h;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:10: warning: C-style cast to 'Base *' hides which conversion it performs; use 'static_cast', 'const_cast' or 'reinterpret_cast' [hs-cpp-c-style-cast]
}

// Functional casts to non-class types are C-style casts too; 'T(x)' keeps
// its parentheses.
int functional(double d, int n) {
  int i = int(d);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:11: warning: functional cast to 'int' hides which conversion it performs; use 'static_cast<int>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   int i = int(d);
  // CHECK-NEXT: {{^}}      |           ^~~~~~
  // CHECK-NEXT: {{^}}      |           static_cast<int>
  // SARIF: "text": "functional cast to 'int' hides
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-7]],
  // SARIF-NEXT: "startColumn": 11,
  // SARIF-NEXT: "endLine": [[@LINE-9]],
  // SARIF-NEXT: "endColumn": 14
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "static_cast<int>"
  Color c = Color(n);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:13: warning: functional cast to 'Color' hides which conversion it performs; use 'static_cast<Color>' [hs-cpp-c-style-cast]
  return i + c;
}

// A functional cast of an integer literal that the type holds exactly names
// the type of a constant (DCMTK: 'putUint32(Uint32(0))', 'Uint16(0xffff)');
// a literal that does not fit is converted, and flagged.
typedef unsigned int Uint32;
typedef unsigned short Uint16;
void put(Uint32 v);
void literals() {
  put(Uint32(0));
  Uint16 flag = Uint16(0xffff);
  short wrapped = short(0xffff);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:19: warning: functional cast to 'short' hides which conversion it performs; use 'static_cast<short>' [hs-cpp-c-style-cast]
  (void)flag, (void)wrapped;
}

// Safe twins: named casts, casts to void, constructor calls and
// brace-initialisation, and implicit conversions.
struct Celsius {
  explicit Celsius(double v);
};
void twins(double d, int unused, const char *text) {
  int i = static_cast<int>(d);
  (void)unused;
  (void)i;
  Celsius t = Celsius(d);
  int j = int{i};
  const void *v = text;
  long l = i;
  (void)t, (void)j, (void)v, (void)l;
}

// Code with C language linkage is often shared with C, which has no named
// casts; so is code in .c files.
extern "C" int c_api(double d) { return (int)d; }
extern "C" {
static int c_helper(double d) { return (int)d; }
int c_entry(double d) { return c_helper(d); }
}

// System headers' macros are not the user's code; a cast written in a
// user's macro is reported once, in the macro, without a fix (the header
// may be shared with C; DCMTK: '#define DUL_TYPEASSOCIATERQ (unsigned
// char)0x01', used many times); a cast written in a macro argument is the
// user's text and gets its fix.
#define TO_INT(x) ((int)(x))
// CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:20: warning: C-style cast to 'int' hides which conversion it performs; use 'static_cast<int>' [hs-cpp-c-style-cast]
// CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | #define TO_INT(x) ((int)(x))
// CHECK-NEXT: {{^}}      |                    ^~~~~~~~
// CHECK-NOT: {{^}}      |
#define TYPE_AE (unsigned char)0x01
// CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:17: warning: C-style cast to 'unsigned char' hides which conversion it performs; use 'static_cast<unsigned char>' [hs-cpp-c-style-cast]
#define SAME(x) x
void *in_macros(double d, const char *text) {
  int a = SYS_TO_INT(d);
  char *b = SYS_UNCONST(text);
  int c = TO_INT(d) + TO_INT(d + 1);
  unsigned char types[] = {TYPE_AE, TYPE_AE};
  int e = SAME((int)d);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:16: warning: C-style cast to 'int' hides which conversion it performs; use 'static_cast<int>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   int e = SAME((int)d);
  // CHECK-NEXT: {{^}}      |                ^~~~~~
  // CHECK-NEXT: {{^}}      |                static_cast<int>(
  // CHECK-NEXT: {{^}}      |                      )
  (void)a, (void)b, (void)c, (void)e, (void)types;
  return SYS_MAP_FAILED;
}

// Templates are judged as written: a cast whose meaning depends on the
// arguments is named but not rewritten (no one rewrite suits every
// instantiation); a cast that does not depend on them is rewritten. Each is
// reported once, however often the template is instantiated.
template <typename T> int to_int(T value) {
  return (int)value;
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:10: warning: C-style cast to 'int' hides which conversion it performs; use 'static_cast', 'const_cast' or 'reinterpret_cast' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return (int)value;
  // CHECK-NEXT: {{^}}      |          ^~~~~~~~~~
  // CHECK-NOT: {{^}}      |
}
template <typename T> T scaled(T value, double factor) {
  return value * (int)factor + T(1);
  // CHECK: hs-cpp-c-style-cast.cpp:[[@LINE-1]]:18: warning: C-style cast to 'int' hides which conversion it performs; use 'static_cast<int>' [hs-cpp-c-style-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return value * (int)factor + T(1);
  // CHECK-NEXT: {{^}}      |                  ^~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |                  static_cast<int>(
  // CHECK-NEXT: {{^}}      |                                  )
}
void use_templates(double d, char *p) {
  to_int(d);
  to_int(3L);
  scaled(2, d);
  scaled(2.0, d);
  (void)p;
}
