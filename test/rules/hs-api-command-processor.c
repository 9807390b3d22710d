// RUN: warden check --no-config --only=hs-api-command-processor --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-api-command-processor %s --
// Test hygiene: declare what the test needs instead of including system headers.
typedef __SIZE_TYPE__ size_t;
typedef int pid_t;
typedef struct FILE FILE;
struct posix_spawn_file_actions;
struct posix_spawnattr;
#define NULL ((void *)0)
int system(const char *command);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
int snprintf(char *d, size_t n, const char *f, ...);
int posix_spawn(pid_t *pid, const char *path,
                const struct posix_spawn_file_actions *actions,
                const struct posix_spawnattr *attr, char *const argv[],
                char *const envp[]);
int execve(const char *path, char *const argv[], char *const envp[]);
extern char **environ;

void positive(const char *host) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "ping -c1 %s", host);
  system(cmd);
  // CHECK: hs-api-command-processor.c:[[@LINE-1]]:3: error: 'system' runs a command through the shell; use 'posix_spawn' or 'execve' with an argument vector [hs-api-command-processor]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   system(cmd);
  // CHECK-NEXT: {{^}}      |   ^~~~~~
  FILE *out = popen(cmd, "r");
  // CHECK: hs-api-command-processor.c:[[@LINE-1]]:15: error: 'popen' runs a command through the shell; use 'posix_spawn' with a pipe and an argument vector [hs-api-command-processor]
  pclose(out);
  // A literal command is still run by the shell.
  if (system("reboot") != 0)
    // CHECK: hs-api-command-processor.c:[[@LINE-1]]:7: error: 'system' runs
    return;
}

void address_taken(void) {
  int (*run)(const char *) = system;
  // CHECK: hs-api-command-processor.c:[[@LINE-1]]:30: error: 'system' runs
  (void)run;
}

#define RUN(cmd) system(cmd)
#define SAME(x) x
void in_macro(const char *cmd) {
  RUN(cmd);
  // CHECK: hs-api-command-processor.c:[[@LINE-1]]:3: error: 'system' runs
  // CHECK: hs-api-command-processor.c:[[@LINE-5]]:18: note: expanded from macro 'RUN'
  // A call written in a macro argument is reported where it is written.
  FILE *f = SAME(popen(cmd, "w"));
  // CHECK: hs-api-command-processor.c:[[@LINE-1]]:18: error: 'popen' runs
  pclose(f);
  // The null-pointer exemption also holds through a macro.
  if (RUN(NULL) == 0)
    return;
}

// Negatives: system(NULL) only asks whether a shell exists
// (allowNullFirstArgument), running a program directly, and a struct member
// that is not libc's.
struct shell {
  int (*system)(const char *);
};
int use_member(struct shell *s, const char *cmd) { return s->system(cmd); }
int has_shell(void) {
  return system(NULL) + system(0) + (system)(NULL) + (*system)(0);
}
int negative(const char *host) {
  char *const argv[] = {"/bin/ping", "-c1", (char *)host, NULL};
  pid_t pid;
  if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0)
    return -1;
  return execve(argv[0], argv, environ);
}
