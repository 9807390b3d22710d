// RUN: warden check --no-config --only=hs-api-ato-conversion --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-ato-conversion %s -- -std=c++17
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-ato-conversion --fail-on=warning %s -- -std=c++17
extern "C" {
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
double strtod(const char *s, char **end);
}
namespace std {
using ::atoi;
using ::atol;
using ::atoll;
using ::atof;
using ::strtol;
using ::strtod;
// A library function that is not in the rule.
int stoi(const char *s);
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
int atoi(const char *) { return 0; }
template <typename T> T atof(const char *) { return T(); }
} // namespace app
struct Field {
  int atoi() const;
  static long atol(const char *s);
};
void use(long double v);

void qualified(const char *text) {
  use(std::atoi(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:12: warning: 'atoi' reports neither conversion errors nor overflow; use 'strtol' and check the end pointer, errno and range [hs-api-ato-conversion]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   use(std::atoi(text));
  // CHECK-NEXT: {{^}}      |            ^~~~
  use(std::atol(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:12: warning: 'atol' reports neither conversion errors nor overflow; use 'strtol' and check the end pointer, errno and range [hs-api-ato-conversion]
  use(std::atoll(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:12: warning: 'atoll' reports neither conversion errors nor overflow; use 'strtoll' and check the end pointer, errno and range [hs-api-ato-conversion]
  use(::atof(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:9: warning: 'atof' reports neither conversion errors nor overflow; use 'strtod' and check the end pointer and errno [hs-api-ato-conversion]
}

template <typename T> T parse(const char *text) {
  return static_cast<T>(std::atoi(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:30: warning: 'atoi' reports
}

template <typename Text> double parseDose(const Text &text) {
  return atof(text);
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:10: warning: 'atof' reports
}

void with_using_directive(const char *text) {
  using namespace std;
  use(atoll(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:7: warning: 'atoll' reports
  long (*convert)(const char *) = atol;
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:35: warning: 'atol' reports
  (void)convert;
}

#define PARSE_RATE(text) std::atoi(text)
void in_macro(const char *text) {
  use(PARSE_RATE(text));
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-1]]:7: warning: 'atoi' reports
  // CHECK: hs-api-ato-conversion.cpp:[[@LINE-4]]:31: note: expanded from macro 'PARSE_RATE'
}

void run(const char *text, const Field &field) {
  use(parse<int>(text));
  use(parse<short>(text));
  use(parseDose(text));
  // Negatives: user functions and methods with the same names, a library
  // function that is not in the rule, and the checked conversions.
  use(app::atoi(text));
  use(app::atof<double>(text));
  use(field.atoi());
  use(Field::atol(text));
  use(std::stoi(text));
  char *end;
  use(std::strtol(text, &end, 10));
  use(std::strtod(text, &end));
}
