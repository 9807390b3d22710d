// RUN: warden check --no-config --only=hs-err-unchecked-io --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: warden check --config %S/Inputs/unchecked-result-options.toml --only=hs-err-unchecked-io --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='{{warning|error|note}}:'
typedef struct FILE FILE;
typedef unsigned long size_t;
extern "C" {
int fclose(FILE *f);
int fflush(FILE *f);
int close(int fd);
long write(int fd, const void *buf, size_t n);
}
namespace std {
using ::fclose;
using ::fflush;
// The algorithm, not the C function that removes a file.
template <class It, class T> It remove(It first, It last, const T &value) {
  return first;
}
} // namespace std
namespace app {
// Not the library function: same name, user namespace.
int close(int fd) { return fd; }
} // namespace app
struct Socket {
  int close() { return 0; }
};

// A destructor cannot report a failure: closing there is cleanup (DCMTK
// oftempf.cc: OFTempFile::~OFTempFile closes its descriptor). Writing is
// not.
struct TempFile {
  int fd = -1;
  FILE *log = nullptr;
  ~TempFile() {
    if (fd >= 0)
      close(fd);
    write(fd, "x", 1);
    // CHECK: hs-err-unchecked-io.cpp:[[@LINE-1]]:5: warning: result of 'write' is ignored
    // STRICT: hs-err-unchecked-io.cpp:[[@LINE-3]]:7: warning: result of 'close' is ignored
    // STRICT: hs-err-unchecked-io.cpp:[[@LINE-3]]:5: warning: result of 'write' is ignored
  }
  void release() {
    close(fd);
    // CHECK: hs-err-unchecked-io.cpp:[[@LINE-1]]:5: warning: result of 'close' is ignored
    // STRICT: hs-err-unchecked-io.cpp:[[@LINE-2]]:5: warning: result of 'close' is ignored
  }
};

template <typename Handle> void release(Handle h) {
  ::close(h);
  // CHECK: hs-err-unchecked-io.cpp:[[@LINE-1]]:5: warning: result of 'close' is ignored; check it and handle the failure, or cast it to 'void' if the failure does not matter [hs-err-unchecked-io]
  // STRICT: hs-err-unchecked-io.cpp:[[@LINE-2]]:5: warning: result of 'close' is ignored
}

void run(FILE *f, int fd, int *values) {
  release(fd);
  release(3L);
  std::fclose(f);
  // CHECK: hs-err-unchecked-io.cpp:[[@LINE-1]]:8: warning: result of 'fclose' is ignored
  // STRICT: hs-err-unchecked-io.cpp:[[@LINE-2]]:8: warning: result of 'fclose' is ignored
  auto flush = [f] { std::fflush(f); };
  // CHECK: hs-err-unchecked-io.cpp:[[@LINE-1]]:27: warning: result of 'fflush' is ignored
  // STRICT: hs-err-unchecked-io.cpp:[[@LINE-2]]:27: warning: result of 'fflush' is ignored
  flush();
  // C++ casts to void: accepted by default.
  static_cast<void>(close(fd));
  // STRICT: hs-err-unchecked-io.cpp:[[@LINE-1]]:21: warning: result of 'close' is discarded with a cast to 'void'
  void(write(fd, "x", 1));
  // STRICT: hs-err-unchecked-io.cpp:[[@LINE-1]]:8: warning: result of 'write' is discarded with a cast to 'void'
  // Negatives: not the C library.
  app::close(fd);
  Socket().close();
  std::remove(values, values + 4, 0);
  if (close(fd) != 0)
    return;
  // [[nodiscard]]-style use through a C++17 if initializer.
  if (long n = write(fd, "x", 1); n < 0)
    return;
}
