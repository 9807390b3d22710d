// RUN: warden check --no-config --only=hs-fmt-nonliteral-format --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-fmt-nonliteral-format %s -- -std=c++17
typedef __builtin_va_list va_list;
extern "C" {
int printf(const char *f, ...);
int vprintf(const char *f, va_list ap);
int snprintf(char *d, __SIZE_TYPE__ n, const char *f, ...);
}
namespace std {
using ::printf;
using ::snprintf;
using ::vprintf;
struct string {
  const char *c_str() const;
};
} // namespace std
namespace app {
// Not the library function: same name, user namespace.
int printf(const char *, ...);
} // namespace app

// Methods and constructors declared with the attribute, whose format index
// counts the implicit 'this'.
struct Logger {
  Logger();
  Logger(int level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
  void log(const char *fmt, ...) __attribute__((format(printf, 2, 3)));
  static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
  void operator()(const char *fmt, ...) __attribute__((format(printf, 2, 3)));
  // Forwards the format of its callers, which are checked.
  void vlogChecked(const char *fmt, va_list ap) __attribute__((format(printf, 2, 0))) {
    std::vprintf(fmt, ap);
  }
  // The same without the attribute: its index, 2, counts 'this'.
  void vlog(const char *fmt, va_list ap) { std::vprintf(fmt, ap); }
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:57: error: format string of 'vprintf' is the parameter 'fmt' of 'vlog', not a string literal; declare 'vlog' with __attribute__((format(printf, 2, 0))) so that the formats of its callers are checked [hs-fmt-nonliteral-format]
};

struct Messages {
  static constexpr const char *kReady = "ready %d\n";
};

void members(const std::string &s, Logger &logger) {
  std::printf(s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:15: error: format string of 'printf' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::printf(s.c_str());
  // CHECK-NEXT: {{^}}      |               ^~~~~~~~~
  // CHECK-NEXT: {{^}}      |               "%s",
  logger.log(s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:14: error: format string of 'log' is not a string literal
  Logger::note(s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:16: error: format string of 'note' is not a string literal
  logger(s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:10: error: format string of 'operator()' is not a string literal
  Logger scoped(1, s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:20: error: format string of 'Logger' is not a string literal
  // A lambda is not a place for the attribute: the plain message.
  auto print = [](const char *f, int v) { std::printf(f, v); };
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:55: error: format string of 'printf' is not a string literal; use a literal format such as "%s" and pass the text as an argument [hs-fmt-nonliteral-format]
  print("%d\n", 1);
}

// One finding for the template, whatever it is instantiated with.
template <typename T> void show(const T &value) {
  std::printf(value.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:15: error: format string of 'printf' is not a string literal
}
template <typename T> void showAll(const T &value, int n) {
  // Dependent on the template argument: checked in each instantiation,
  // where it is a literal.
  std::printf(T::kReady, n);
}

#define PRINT(x) std::printf(x)
void run(const std::string &s, Logger &logger, va_list ap, char *line) {
  show(s);
  show(std::string());
  showAll(Messages(), 1);
  PRINT(s.c_str());
  // CHECK: hs-fmt-nonliteral-format.cpp:[[@LINE-1]]:9: error: format string of 'printf' is not a string literal
  // Negatives: literal formats, constants, the checked wrapper and a user
  // function of the same name.
  std::printf("%s\n", s.c_str());
  std::printf(Messages::kReady, 1);
  std::snprintf(line, 8, "%s", s.c_str());
  logger.log("%s", s.c_str());
  logger.vlogChecked("%d", ap);
  Logger::note("ready");
  Logger made(1, "level %d", 2);
  PRINT("ready\n");
  app::printf(s.c_str());
}
