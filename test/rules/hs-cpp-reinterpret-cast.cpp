// RUN: warden check --no-config --only=hs-cpp-reinterpret-cast --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-reinterpret-cast --fail-on=warning %s -- -std=c++17
//
// Options (test/rules/Inputs): allowByteAccess = false, and allowedTypes
// accepting the socket API's address types.
// RUN: warden check --config %S/Inputs/reinterpret-cast-options.toml --only=hs-cpp-reinterpret-cast --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPTS --implicit-check-not='{{warning|error|note}}:'
typedef __UINTPTR_TYPE__ uintptr_t;
namespace std {
enum class byte : unsigned char {};
using ::uintptr_t;
} // namespace std
struct Header {
  unsigned short type, length;
};
struct sockaddr {
  unsigned short sa_family;
};
struct sockaddr_in {
  unsigned short sin_family, sin_port;
};
int bind(int fd, const sockaddr *address, unsigned length);

void decode(const char *packet, float value, long address) {
  const Header *h = reinterpret_cast<const Header *>(packet);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:21: warning: 'reinterpret_cast' to 'const Header *' accesses the object as an unrelated type; use 'static_cast' between related types, or copy the bytes with 'std::memcpy' [hs-cpp-reinterpret-cast]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   const Header *h = reinterpret_cast<const Header *>(packet);
  // CHECK-NEXT: {{^}}      |                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-4]]:21: warning: 'reinterpret_cast' to 'const Header *' accesses
  unsigned &bits = reinterpret_cast<unsigned &>(value);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:20: warning: 'reinterpret_cast' to 'unsigned &' accesses the object as an unrelated type; use 'static_cast' between related types, or copy the bytes with 'std::memcpy' [hs-cpp-reinterpret-cast]
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-2]]:20: warning: 'reinterpret_cast' to 'unsigned &'
  uintptr_t raw = reinterpret_cast<uintptr_t>(h);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:19: warning: 'reinterpret_cast' to 'uintptr_t' turns an address into an integer; keep pointers as pointers, or confine the cast to code that must handle raw addresses [hs-cpp-reinterpret-cast]
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-2]]:19: warning: 'reinterpret_cast' to 'uintptr_t' turns
  Header *device = reinterpret_cast<Header *>(address);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:20: warning: 'reinterpret_cast' to 'Header *' turns an integer into an address; keep pointers as pointers, or confine the cast to code that must handle raw addresses [hs-cpp-reinterpret-cast]
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-2]]:20: warning: 'reinterpret_cast' to 'Header *' turns
  (void)bits, (void)raw, (void)device;
}

// Looking at an object's bytes is what the aliasing rules allow: accepted
// unless allowByteAccess is off.
unsigned checksum(const Header &h) {
  const unsigned char *p = reinterpret_cast<const unsigned char *>(&h);
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:28: warning: 'reinterpret_cast' to 'const unsigned char *' accesses
  const char *c = reinterpret_cast<const char *>(&h);
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:19: warning: 'reinterpret_cast' to 'const char *' accesses
  const std::byte &b = reinterpret_cast<const std::byte &>(h);
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:24: warning: 'reinterpret_cast' to 'const std::byte &' accesses
  return p[0] + c[1] + static_cast<unsigned>(b);
}

// The socket API takes its addresses as 'sockaddr *': accepted through
// allowedTypes (matched in the type as written and without typedefs).
typedef sockaddr *SockAddrPtr;
int listen_on(const sockaddr_in &address) {
  int r = bind(3, reinterpret_cast<const sockaddr *>(&address), sizeof address);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:19: warning: 'reinterpret_cast' to 'const sockaddr *' accesses
  sockaddr_in copy = address;
  bind(3, reinterpret_cast<SockAddrPtr>(&copy), sizeof copy);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:11: warning: 'reinterpret_cast' to 'SockAddrPtr' accesses
  return r;
}

// A cast to 'void *' only forgets the type: nothing is accessed through it
// (DCMTK's movescu: OFreinterpret_cast(void*, &callbackData) as a
// callback's context).
void register_callback(void (*callback)(void *), void *context);
void on_event(void *context);
void with_context(Header &state) {
  register_callback(on_event, reinterpret_cast<void *>(&state));
  const void *view = reinterpret_cast<const void *>(&state);
  (void)view;
}

// Safe twins: related types, value conversions, no cast at all.
struct Base {
  virtual ~Base();
};
struct Derived : Base {};
void twins(Base *b, double d, const void *v) {
  Derived *x = static_cast<Derived *>(b);
  int i = static_cast<int>(d);
  const Header *h = static_cast<const Header *>(v);
  (void)x, (void)i, (void)h;
}

// A cast written in a user's macro: reported once, in the macro, where it
// is fixed for every use; a cast whose type is a macro argument, where the
// macro is used (DCMTK's OFreinterpret_cast(T, x)).
#define AS_HEADER(p) reinterpret_cast<Header *>(p)
// CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:22: warning: 'reinterpret_cast' to 'Header *' accesses
// CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | #define AS_HEADER(p) reinterpret_cast<Header *>(p)
// CHECK-NEXT: {{^}}      |                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-4]]:22: warning: 'reinterpret_cast' to 'Header *' accesses
#define OFreinterpret_cast(x, y) (reinterpret_cast<x>(y))
Header *in_macro(char *buffer, char *other) {
  Header *first = AS_HEADER(buffer);
  Header *second = AS_HEADER(other);
  (void)first, (void)second;
  return OFreinterpret_cast(Header *, buffer);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:10: warning: 'reinterpret_cast' to 'Header *' accesses
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   return OFreinterpret_cast(Header *, buffer);
  // CHECK-NEXT: {{^}}      |          ^~~~~~~~~~~~~~~~~~
  // CHECK-NEXT: hs-cpp-reinterpret-cast.cpp:[[@LINE-9]]:35: note: expanded from macro 'OFreinterpret_cast'
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-5]]:10: warning: 'reinterpret_cast' to 'Header *' accesses
  // OPTS: note: expanded from macro 'OFreinterpret_cast'
}

// A template: each instantiation decides, and all of them say the same
// thing about the one cast, so it is reported once; the instantiation with
// a byte type alone would be accepted.
template <typename T> const T *view(const void *storage) {
  return reinterpret_cast<const T *>(storage);
  // CHECK: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:10: warning: 'reinterpret_cast' to 'const T *' accesses the object as an unrelated type
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-2]]:10: warning: 'reinterpret_cast' to 'const T *' accesses
}
template <typename T> const T *bytes_only(const void *storage) {
  return reinterpret_cast<const T *>(storage);
  // OPTS: hs-cpp-reinterpret-cast.cpp:[[@LINE-1]]:10: warning: 'reinterpret_cast' to 'const T *' accesses
}
// Never instantiated: nothing to judge.
template <typename T> T *unused(void *storage) {
  return reinterpret_cast<T *>(storage);
}
void use_templates(const void *s) {
  view<Header>(s);
  view<Derived>(s);
  view<char>(s);
  bytes_only<unsigned char>(s);
}
