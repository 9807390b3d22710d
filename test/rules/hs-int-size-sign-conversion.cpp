// RUN: warden check --no-config --only=hs-int-size-sign-conversion --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *memcpy(void *d, const void *s, size_t n);
namespace std {
using ::memcpy;
}
void readCount(int &count);

// Templates: reported once, for the instantiation with a signed type.
template <typename Length>
void copy(char *dst, const char *src, Length length) {
  std::memcpy(dst, src, length);
  // CHECK: hs-int-size-sign-conversion.cpp:[[@LINE-1]]:25: warning: signed 'int' value 'length' is converted to 'size_t' as a size of 'memcpy' and becomes huge if it is negative; check that it is not negative first or use an unsigned type [hs-int-size-sign-conversion]
}

void run(char *dst, const char *src) {
  copy(dst, src, 4);
  copy(dst, src, 4u);
  // A variable passed by reference may receive anything.
  int count = 0;
  readCount(count);
  std::memcpy(dst, src, count);
  // CHECK: hs-int-size-sign-conversion.cpp:[[@LINE-1]]:25: warning: signed 'int' value 'count' is converted
  int captured = 0;
  auto update = [&captured](int v) { captured = v; };
  update(-1);
  std::memcpy(dst, src, captured);
  // CHECK: hs-int-size-sign-conversion.cpp:[[@LINE-1]]:25: warning: signed 'int' value 'captured' is converted
  // Negatives: a constant-initialised local, and a check in a lambda.
  const int header = 8;
  std::memcpy(dst, src, header);
  auto bounded = [&](int n) {
    if (n < 0)
      return;
    std::memcpy(dst, src, n);
  };
  bounded(4);
}
