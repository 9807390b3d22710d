// RUN: warden check --no-config --only=hs-api-gets --fail-on=never --quiet %s -- -std=c++11 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
extern "C" char *gets(char *s);
namespace std {
using ::gets;
}
namespace app {
// Not the library function: same name, user namespace.
char *gets(char *s) { return s; }
} // namespace app
struct Console {
  char *gets(char *s) { return s; }
};

template <typename T> void readInto(T &buffer) {
  std::gets(buffer);
  // CHECK: hs-api-gets.cpp:[[@LINE-1]]:8: error: 'gets' reads a line
}

void run() {
  char line[64];
  readInto(line);
  ::gets(line);
  // CHECK: hs-api-gets.cpp:[[@LINE-1]]:5: error: 'gets' reads a line
  app::gets(line);
  Console().gets(line);
}
