// RUN: warden check --no-config --only=hs-int-alloc-size-overflow --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
extern "C" void *malloc(size_t n);
extern "C" void free(void *p);
namespace std {
using ::malloc;
}

struct Pixel {
  uint8_t r, g, b;
};

// operator new[] multiplies by sizeof(T) itself and fails on overflow; a
// product written in the array size is computed before it can check.
Pixel *image(size_t width, size_t height) {
  return new Pixel[width * height];
  // CHECK: hs-int-alloc-size-overflow.cpp:[[@LINE-1]]:26: error: multiplication in the array size of 'new[]' can overflow 'size_t' and allocate too small an array; check it with '__builtin_mul_overflow' or compare the operands with a limit first [hs-int-alloc-size-overflow]
}

char *text(uint32_t length) {
  return new char[length + 1];
  // CHECK: hs-int-alloc-size-overflow.cpp:[[@LINE-1]]:26: error: addition in the array size of 'new[]' can overflow 'unsigned int'
}

// Templates: reported once, for the instantiation whose types overflow.
template <typename Count> void *buffer(Count count) {
  return std::malloc(count * 16);
  // CHECK: hs-int-alloc-size-overflow.cpp:[[@LINE-1]]:28: error: multiplication in the size of 'malloc' can overflow 'size_t'
}

template <typename T> T *array(size_t rows, size_t columns) {
  return new T[rows * columns];
  // CHECK: hs-int-alloc-size-overflow.cpp:[[@LINE-1]]:21: error: multiplication in the array size of 'new[]' can overflow 'size_t'
}

void instantiate(size_t n, uint8_t small) {
  free(buffer(n));
  free(buffer(small));
  delete[] array<int>(n, n);
  delete[] array<Pixel>(n, n);
}

// Negatives: no arithmetic, operands too narrow, and a check inside a
// lambda, whose body is a function of its own.
void negative(size_t n, uint8_t c, uint32_t w) {
  delete[] new int[n];
  delete[] new int[c * 4];
  delete[] new char[n + 1];
  delete[] new int[size_t(w) * 4];
  auto make = [](size_t count) -> int * {
    if (count > 1000)
      return nullptr;
    return new int[count * 4];
  };
  delete[] make(n);
}
