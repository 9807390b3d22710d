// RUN: warden check --no-config --only=hs-api-strtok --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-api-strtok %s -- -std=c++17
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-strtok --fail-on=warning %s -- -std=c++17
extern "C" char *strtok(char *s, const char *delim);
extern "C" char *strtok_r(char *s, const char *delim, char **save);
namespace std {
using ::strtok;
} // namespace std
namespace app {
// Not the library function: same name, user namespace.
char *strtok(char *s, const char *) { return s; }
} // namespace app
struct Lexer {
  char *strtok(const char *delim);
};
void handle(const char *field);

void qualified(char *line) {
  for (char *f = std::strtok(line, ","); f; f = std::strtok(nullptr, ","))
    handle(f);
  // CHECK: hs-api-strtok.cpp:[[@LINE-2]]:23: warning: 'strtok' keeps hidden static state and writes into its input; use 'strtok_r' with an explicit save pointer [hs-api-strtok]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-3]] |   for (char *f = std::strtok(line, ","); f; f = std::strtok(nullptr, ","))
  // CHECK-NEXT: {{^}}      |                       ^~~~~~
  // CHECK: hs-api-strtok.cpp:[[@LINE-5]]:54: warning: 'strtok' keeps
  handle(::strtok(line, ";"));
  // CHECK: hs-api-strtok.cpp:[[@LINE-1]]:12: warning: 'strtok' keeps
}

template <typename Callback> void forEachField(char *line, Callback cb) {
  for (char *f = std::strtok(line, ","); f; f = std::strtok(nullptr, ","))
    cb(f);
  // CHECK: hs-api-strtok.cpp:[[@LINE-2]]:23: warning: 'strtok' keeps
  // CHECK: hs-api-strtok.cpp:[[@LINE-3]]:54: warning: 'strtok' keeps
}

template <typename T> T *firstField(T *line) {
  return strtok(line, ",");
  // CHECK: hs-api-strtok.cpp:[[@LINE-1]]:10: warning: 'strtok' keeps
}

void with_using_directive(char *line) {
  using namespace std;
  handle(strtok(line, ","));
  // CHECK: hs-api-strtok.cpp:[[@LINE-1]]:10: warning: 'strtok' keeps
}

#define FIRST_FIELD(line) std::strtok(line, ",")
void in_macro(char *line) {
  handle(FIRST_FIELD(line));
  // CHECK: hs-api-strtok.cpp:[[@LINE-1]]:10: warning: 'strtok' keeps
  // CHECK: hs-api-strtok.cpp:[[@LINE-4]]:32: note: expanded from macro 'FIRST_FIELD'
}

void run(char *line, Lexer &lexer) {
  forEachField(line, handle);
  forEachField(line, [](const char *) {});
  handle(firstField(line));
  // Negatives: a user function and a method with the same name, and the
  // reentrant tokeniser.
  handle(app::strtok(line, ","));
  handle(lexer.strtok(","));
  char *save = nullptr;
  handle(strtok_r(line, ",", &save));
}
