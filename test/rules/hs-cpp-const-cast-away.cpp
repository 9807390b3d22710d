// RUN: warden check --no-config --only=hs-cpp-const-cast-away --fail-on=never --quiet %s -- -std=c++17 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-const-cast-away --fail-on=warning %s -- -std=c++17 -isystem %S/Inputs
//
// Option reportVolatile = false (test/rules/Inputs): removing only
// volatile is accepted.
// RUN: warden check --config %S/Inputs/const-cast-away-options.toml --only=hs-cpp-const-cast-away --fail-on=never --quiet %s -- -std=c++17 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOVOL --implicit-check-not="'volatile'"
// NOVOL: warning: 'const_cast' to 'char *' casts away 'const'
#include <cpp-system-macros.h>

char *strcpy(char *dst, const char *src);
void free(void *p);
struct Channel {
  char label[16];
  int rate;
};
struct Config {
  int limit;
  void reload() const;
};

void positives(const char *text, const Channel &c, const int *const *table,
               volatile int *reg, const volatile int *status) {
  char *p = const_cast<char *>(text);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:13: warning: 'const_cast' to 'char *' casts away 'const'; writing through the result is undefined behaviour when the object is const; change the code that needs a non-const object instead [hs-cpp-const-cast-away]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   char *p = const_cast<char *>(text);
  // CHECK-NEXT: {{^}}      |             ^~~~~~~~~~~~~~~~~~
  strcpy(const_cast<char *>(c.label), "ECG");
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:10: warning: 'const_cast' to 'char *' casts away 'const'
  Channel &w = const_cast<Channel &>(c);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:16: warning: 'const_cast' to 'Channel &' casts away 'const'
  // At a deeper level: const int *const * to int **.
  int **t = const_cast<int **>(table);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:13: warning: 'const_cast' to 'int **' casts away 'const'
  // C-style and functional casts do it too, also together with another
  // conversion.
  char *q = (char *)text;
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:13: warning: C-style cast to 'char *' casts away 'const'
  unsigned char *u = (unsigned char *)text;
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:22: warning: C-style cast to 'unsigned char *' casts away 'const'
  typedef int *IntPtr;
  IntPtr r = IntPtr(&c.rate);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:14: warning: functional cast to 'IntPtr' casts away 'const'
  // volatile: the compiler may then cache or drop accesses.
  int *plain = const_cast<int *>(reg);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:16: warning: 'const_cast' to 'int *' casts away 'volatile'; accessing a volatile object through the result is undefined behaviour; keep the access volatile [hs-cpp-const-cast-away]
  int *both = (int *)status;
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:15: warning: C-style cast to 'int *' casts away 'const' and 'volatile'; writing through the result
  // NOVOL: hs-cpp-const-cast-away.cpp:[[@LINE-2]]:15: warning: C-style cast to 'int *' casts away 'const'; writing
  (void)p, (void)w, (void)t, (void)q, (void)u, (void)r, (void)plain, (void)both;
}

// Safe twins: adding qualifiers, casts that keep them, and code that does
// not need a cast.
void twins(char *text, const char *label, const Config &cfg, int *values) {
  const char *a = const_cast<const char *>(text);
  const char *b = (const char *)text;
  const void *c = (const void *)label;
  const unsigned char *d = reinterpret_cast<const unsigned char *>(label);
  const int *const *e = const_cast<const int *const *>(&values);
  long f = (long)cfg.limit;
  cfg.reload();
  (void)a, (void)b, (void)c, (void)d, (void)e, (void)f;
}

// Releasing memory held through a pointer to const writes nothing through
// it (DCMTK's OFCondition destructor: free(OFconst_cast(char *, text))).
struct Message {
  const char *text;
  const Channel *channel;
  ~Message() {
    free(const_cast<char *>(text));
    free((void *)(char *)text);
    delete const_cast<Channel *>(channel);
  }
};

// Written whole in a user's macro: reported once, in the macro. In a
// system header's macro: not the user's code.
#define MUTABLE(p) const_cast<char *>(p)
// CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:20: warning: 'const_cast' to 'char *' casts away 'const'
// CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | #define MUTABLE(p) const_cast<char *>(p)
// CHECK-NEXT: {{^}}      |                    ^~~~~~~~~~~~~~~~~~~~~
void in_macros(const char *text) {
  char *a = MUTABLE(text);
  char *c = MUTABLE(text + 1);
  char *b = SYS_UNCONST(text);
  (void)a, (void)b, (void)c;
}
// DCMTK's cast macros take the type as an argument: reported where they
// are used, naming the type as the user passed it.
#define OFconst_cast(x, y) (const_cast<x>(y))
Channel *in_cast_macro(const Channel &c) {
  return OFconst_cast(Channel *, &c);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:10: warning: 'const_cast' to 'Channel *' casts away 'const'
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return OFconst_cast(Channel *, &c);
  // CHECK-NEXT: {{^}}      |          ^~~~~~~~~~~~
  // CHECK-NEXT: hs-cpp-const-cast-away.cpp:[[@LINE-6]]:29: note: expanded from macro 'OFconst_cast'
}

// Templates: a cast that visibly drops const is found in the template as
// written; one that depends on the arguments, in the instantiations that
// drop it. Each is reported once.
template <typename T> T *unconst(const T *p) {
  return const_cast<T *>(p);
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:10: warning: 'const_cast' to 'T *' casts away 'const'
}
template <typename To, typename From> To convert(From p) {
  return (To)p;
  // CHECK: hs-cpp-const-cast-away.cpp:[[@LINE-1]]:10: warning: C-style cast to 'To' casts away 'const'
}
void use_templates(const int *p, int *q) {
  unconst(p);
  unconst(q);
  convert<int *>(p);
  convert<long *>(p);
  convert<const int *>(q);
}
