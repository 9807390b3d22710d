// RUN: warden check --no-config --only=hs-file-toctou --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-file-toctou --fail-on=warning %s -- -std=c++17
struct stat {
  long st_size;
};
extern "C" {
int stat(const char *path, struct stat *st);
int access(const char *path, int mode);
int open(const char *path, int flags, ...);
int unlink(const char *path);
}
namespace std {
using ::access;
using ::open;
class string {
public:
  string(const char *s);
  const char *c_str() const;
  string &operator+=(const char *s);
  string &operator=(const char *s);
};
} // namespace std

class Spool {
public:
  void reset();
  void replace(const std::string &name);

private:
  std::string dir_;
  const char *lock_;
};

// Members through 'this', implicit or explicit; std:: names; c_str().
void Spool::reset() {
  if (std::access(lock_, 0) == 0)
    unlink(this->lock_);
  // CHECK: hs-file-toctou.cpp:[[@LINE-1]]:5: warning: 'unlink' acts on 'this->lock_' after 'access' checked it; the file can be replaced in between: call 'unlink' without the check and handle its error [hs-file-toctou]
  // CHECK: hs-file-toctou.cpp:[[@LINE-3]]:12: note: 'lock_' checked by 'access' here
  struct stat st;
  if (stat(dir_.c_str(), &st) == 0)
    std::open(dir_.c_str(), 0);
  // CHECK: hs-file-toctou.cpp:[[@LINE-1]]:10: warning: 'open' opens 'dir_' after 'stat' checked it
  // CHECK: note: 'dir_' checked by 'stat' here
}

// A template: reported once for all instantiations.
template <typename T> void remove_if_present(const T &path) {
  if (access(path.c_str(), 0) == 0)
    unlink(path.c_str());
  // CHECK: hs-file-toctou.cpp:[[@LINE-1]]:5: warning: 'unlink' acts on 'path' after 'access' checked it
  // CHECK: note: 'path' checked by 'access' here
}
template void remove_if_present<std::string>(const std::string &);

// Negative: the string changes in between (a non-const operator).
void Spool::replace(const std::string &name) {
  std::string path = name;
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    path += ".new";
    open(path.c_str(), 0);
  }
}
