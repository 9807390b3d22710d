// RUN: warden check --no-config --only=hs-api-scanf-unbounded-string --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-scanf-unbounded-string %s -- -std=c++17
typedef struct FILE FILE;
extern "C" {
int scanf(const char *f, ...);
int sscanf(const char *in, const char *f, ...);
}
namespace std {
using ::scanf;
using ::sscanf;
} // namespace std
namespace app {
// Not the library function: same name, user namespace.
int sscanf(const char *, const char *, ...);
} // namespace app
struct Parser {
  int sscanf(const char *, const char *, ...);
};

struct Device {
  char serial[12];
  // A member array: its size is known.
  void read(const char *line) { std::sscanf(line, "%s", serial); }
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:52: error: '%s' in 'sscanf' reads a word with no bound; use a field width such as '%11s' for the 12-byte buffer 'serial' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   void read(const char *line) { std::sscanf(line, "%s", serial); }
  // CHECK-NEXT: {{^}}      |                                                    ^
  // CHECK-NEXT: {{^}}      |                                                     11
};

// The size of the buffer differs between instantiations, so no single width
// fits the template: one finding, with no width.
template <typename T> void readInto(T &buffer) {
  std::scanf("%s", buffer);
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:15: error: '%s' in 'scanf' reads a word with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::scanf("%s", buffer);
  // CHECK-NEXT: {{^}}      |               ^
  // CHECK-NOT: {{^ +\| +[0-9]+$}}
}

template <unsigned N> struct Field {
  char text[N];
  void read(const char *line) { ::sscanf(line, "%[^;]", text); }
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:49: error: '%[^;]' in 'sscanf' reads a run of characters with no bound; give it a field width one less than the buffer size [hs-api-scanf-unbounded-string]
};

#define PARSE_ID(line, id) std::sscanf(line, "id=%s", id)
void run(const char *line, Parser &p) {
  char small[8], large[32];
  readInto(small);
  readInto(large);
  Field<4>().read(line);
  Field<16>().read(line);
  PARSE_ID(line, small);
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:3: error: '%s' in 'sscanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'small' [hs-api-scanf-unbounded-string]
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-9]]:46: note: expanded from macro 'PARSE_ID'
  // Raw and UTF-8 literals are formats too.
  std::scanf(R"(%s)", small);
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:17: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%7s' for the 8-byte buffer 'small' [hs-api-scanf-unbounded-string]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::scanf(R"(%s)", small);
  // CHECK-NEXT: {{^}}      |                 ^
  // CHECK-NEXT: {{^}}      |                  7
  std::scanf(u8"%s", large);
  // CHECK: hs-api-scanf-unbounded-string.cpp:[[@LINE-1]]:17: error: '%s' in 'scanf' reads a word with no bound; use a field width such as '%31s' for the 32-byte buffer 'large' [hs-api-scanf-unbounded-string]

  // Negatives: user functions and methods with the same name, bounded
  // conversions.
  app::sscanf(line, "%s", small);
  p.sscanf(line, "%s", small);
  std::sscanf(line, "%7s %31[^\n]", small, large);
}
