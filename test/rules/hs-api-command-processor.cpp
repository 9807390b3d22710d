// RUN: warden check --no-config --only=hs-api-command-processor --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-command-processor %s -- -std=c++17
#define NULL __null
typedef int pid_t;
struct FILE;
extern "C" {
int system(const char *command);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
int execve(const char *path, char *const argv[], char *const envp[]);
extern char **environ;
}
namespace std {
using ::system;
using ::FILE;
typedef decltype(nullptr) nullptr_t;
} // namespace std
namespace app {
// Not the library functions: same names, user namespace.
int system(const char *) { return 0; }
std::FILE *popen(const char *, const char *) { return nullptr; }
} // namespace app
struct Device {
  int system(const char *command);
};

void qualified(const char *cmd) {
  std::system(cmd);
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:8: error: 'system' runs a command through the shell; use 'posix_spawn' or 'execve' with an argument vector [hs-api-command-processor]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   std::system(cmd);
  // CHECK-NEXT: {{^}}      |        ^~~~~~
  std::FILE *out = ::popen(cmd, "r");
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:22: error: 'popen' runs a command through the shell; use 'posix_spawn' with a pipe and an argument vector [hs-api-command-processor]
  pclose(out);
}

template <typename Command> int runCommand(const Command &cmd) {
  return std::system(cmd);
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:15: error: 'system' runs
}

template <typename T> int runAny(T cmd) {
  return system(cmd);
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:10: error: 'system' runs
}

// Only ever instantiated with std::nullptr_t: every call is system(nullptr).
template <typename T> int probeShell(T none) { return system(none); }

void with_using_directive(const char *cmd) {
  using namespace std;
  system(cmd);
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:3: error: 'system' runs
  auto *run = &system;
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:16: error: 'system' runs
  (void)run;
}

#define RUN(cmd) std::system(cmd)
void in_macro(const char *cmd) {
  RUN(cmd);
  // CHECK: hs-api-command-processor.cpp:[[@LINE-1]]:3: error: 'system' runs
  // CHECK: hs-api-command-processor.cpp:[[@LINE-4]]:23: note: expanded from macro 'RUN'
}

void run(const char *cmd, Device &device) {
  runCommand("ls");
  runCommand(cmd);
  runAny(cmd);
  // Negatives: system(NULL), system(0) and system(nullptr) only ask whether
  // a shell exists, also through a macro and a template parameter;
  // user functions and methods with the same names; running a program
  // directly.
  if (std::system(nullptr) == 0 || std::system(NULL) == 0 || ::system(0) == 0)
    return;
  if (RUN(nullptr) == 0)
    return;
  probeShell(nullptr);
  app::system(cmd);
  app::popen(cmd, "r");
  device.system(cmd);
  char *const argv[] = {const_cast<char *>(cmd), nullptr};
  execve(cmd, argv, environ);
}
