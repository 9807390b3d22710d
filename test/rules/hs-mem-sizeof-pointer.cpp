// RUN: warden check --no-config --only=hs-mem-sizeof-pointer --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
extern "C" void *memcpy(void *d, const void *s, size_t n);
extern "C" void *memset(void *d, int c, size_t n);
namespace std {
using ::memcpy;
using ::memset;
}

struct Config {
  int rate;
  char name[16];
};

// Templates: reported once, for the instantiations where T is an object.
template <typename T> void clear(T *object) {
  std::memset(object, 0, sizeof(object));
  // CHECK: hs-mem-sizeof-pointer.cpp:[[@LINE-1]]:26: error: 'sizeof' of the pointer 'object' as the length of 'memset' is the size of a pointer, not of the 'Config' it points to; use 'sizeof(*object)' [hs-mem-sizeof-pointer]
}

class Device {
public:
  void save(Config *out) const { std::memcpy(out, &Current, sizeof(out)); }
  // CHECK: hs-mem-sizeof-pointer.cpp:[[@LINE-1]]:61: error: 'sizeof' of the pointer 'out' as the length of 'memcpy' is the size of a pointer, not of the 'Config' it points to; use 'sizeof(*out)'

private:
  Config Current;
};

void run(Config *c, int **table) {
  clear(c);
  // A pointer to pointers: sizeof(*p) and sizeof(p) are the same.
  clear(table);
  Device().save(c);
  // Negatives: the object is measured.
  std::memset(c, 0, sizeof(*c));
  std::memset(c, 0, sizeof(Config));
}
