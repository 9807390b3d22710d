// RUN: warden check --no-config --only=hs-mem-memset-args --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *memset(void *d, int c, size_t n);
namespace std {
using ::memset;
}
namespace app {
// Not the library function: same name, user namespace.
void *memset(void *d, int c, size_t n);
} // namespace app

struct Settings {
  int rate;
  int volume;
};

// Templates: reported once, for every instantiation alike.
template <typename T> void reset(T *object) {
  std::memset(object, sizeof(T), 0);
  // CHECK: hs-mem-memset-args.cpp:[[@LINE-1]]:8: warning: 'memset' of size zero writes nothing; the fill value and the size look swapped [hs-mem-memset-args]
}

template <int Fill> void fill(char *buf, size_t n) {
  std::memset(buf, Fill, n);
  // CHECK: hs-mem-memset-args.cpp:[[@LINE-1]]:20: warning: fill value 300 of 'memset' does not fit in a byte and is truncated to 44; use a value from 0 to 255 [hs-mem-memset-args]
}

void run(Settings *s, int *counts, char *buf) {
  reset(s);
  reset(counts);
  fill<0>(buf, 4);
  fill<300>(buf, 4);
  app::memset(s, sizeof(*s), 0);
  std::memset(s, 0, sizeof(*s));
}
