// RUN: warden check --no-config --only=hs-int-alloc-size-overflow --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-int-alloc-size-overflow %s --
//
// Options, through a configuration (test/rules/Inputs): a user-defined rule
// with its own 'functions' table and useAllocSizeAttribute = false.
// RUN: warden check --config %S/Inputs/alloc-size-overflow-options.toml --only=test-int-project-alloc --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|error|note}}:'
// A position that is not a number is a configuration error.
// RUN: %expect_exit 2 warden check --config %S/Inputs/alloc-size-overflow-invalid.toml --only=test-int-bad-position %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INVALID
// INVALID: invalid value for option 'functions' of checker 'alloc-size-overflow' in rule 'test-int-bad-position': value '1,first' of 'project_array' is not a positive integer or a comma-separated list of them
// Test hygiene: declare what the test needs instead of including system headers.
typedef unsigned long size_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
#define SIZE_MAX ((size_t)-1)
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);
void abort(void) __attribute__((noreturn));
// A project's allocation wrappers: declared with alloc_size, or listed in
// the custom rule's table.
void *my_alloc(size_t n) __attribute__((alloc_size(1)));
void *pool_alloc(int pool, size_t count, size_t size)
    __attribute__((alloc_size(2, 3)));
void *project_alloc(size_t n);
void *project_array(size_t count, size_t size);

struct sample {
  int v[4];
};

void positive(size_t n, size_t m, uint32_t w, uint32_t h, int rows, int cols,
              uint32_t len, void *p) {
  free(malloc(n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc' can overflow 'size_t' and allocate too small a block; use 'calloc' or check it with '__builtin_mul_overflow' [hs-int-alloc-size-overflow]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   free(malloc(n * m));
  // CHECK-NEXT: {{^}}      |                 ^
  free(malloc(n * sizeof(struct sample)));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc' can overflow 'size_t'
  // 32-bit arithmetic, converted to size_t only afterwards.
  free(malloc(w * h));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc' can overflow 'unsigned int' and allocate too small a block; compute it in 'size_t' or check it with '__builtin_mul_overflow' [hs-int-alloc-size-overflow]
  free(malloc(rows * cols * 4));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:20: error: multiplication in the size of 'malloc' can overflow 'int' and allocate too small a block; compute it in 'size_t'
  free(malloc(len + 1));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:19: error: addition in the size of 'malloc' can overflow 'unsigned int' and allocate too small a block; compute it in 'size_t' or check it with '__builtin_add_overflow' [hs-int-alloc-size-overflow]
  // Widening one factor is not enough when a third one follows.
  free(malloc((size_t)w * h * 4));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:29: error: multiplication in the size of 'malloc' can overflow 'size_t'
  free(realloc(p, n * 16));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:21: error: multiplication in the size of 'realloc' can overflow 'size_t' and allocate too small a block; use 'reallocarray' or check it with '__builtin_mul_overflow' [hs-int-alloc-size-overflow]
  free(calloc(n * m, 1));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'calloc' can overflow 'size_t' and allocate too small a block; check it with '__builtin_mul_overflow' or compare the operands with a limit first [hs-int-alloc-size-overflow]
  char *stack = __builtin_alloca(n * 8);
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:36: error: multiplication in the size of 'alloca' can overflow 'size_t'
  (void)stack;
  // Functions declared with alloc_size, by the attribute's positions.
  free(my_alloc(n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:19: error: multiplication in the size of 'my_alloc' can overflow 'size_t' and allocate too small a block; check it with '__builtin_mul_overflow' or compare the operands with a limit first [hs-int-alloc-size-overflow]
  free(pool_alloc(0, 16, n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:28: error: multiplication in the size of 'pool_alloc'
  // In the custom rule's table only, by one position or by a list.
  free(project_alloc(n * m));
  // CUSTOM: hs-int-alloc-size-overflow.c:[[@LINE-1]]:24: warning: multiplication in the size of 'project_alloc' can overflow 'size_t' and allocate too small a block; check it with '__builtin_mul_overflow' or compare the operands with a limit first [test-int-project-alloc]
  free(project_array(4, n * m));
  // CUSTOM: hs-int-alloc-size-overflow.c:[[@LINE-1]]:27: warning: multiplication in the size of 'project_array'
}

// Checks that do not bound every operand on every path.
#define MAX_COUNT 4096
void insufficient_checks(size_t n, size_t m, int flag) {
  if (n > MAX_COUNT)
    return;
  free(malloc(n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc'
  if (flag) {
    if (m > MAX_COUNT)
      return;
  }
  free(malloc(n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc'
}

void lower_bounds_only(size_t n, size_t m) {
  if (n < 1 || m < 1)
    return;
  free(malloc(n * m));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:17: error: multiplication in the size of 'malloc'
}

#define ALLOC_ARRAY(type, count) ((type *)malloc((count) * sizeof(type)))
void in_macro(size_t n) {
  struct sample *s = ALLOC_ARRAY(struct sample, n);
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:22: error: multiplication in the size of 'malloc' can overflow 'size_t'
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-4]]:58: note: expanded from macro 'ALLOC_ARRAY'
  free(s);
}

// Negatives: constant sizes, operands too narrow to overflow the type the
// operation is done in, calloc, and additions in size_t.
void cannot_overflow(uint8_t c, uint16_t s, uint32_t w, uint32_t h, size_t n,
                     size_t m) {
  free(malloc(sizeof(struct sample) * 4));
  free(malloc(c * sizeof(struct sample)));
  free(malloc(s * sizeof(struct sample)));
  free(malloc((uint32_t)s * s));
  free(malloc(w * sizeof(struct sample)));
  free(malloc((size_t)w * h));
  free(calloc(n, m));
  free(malloc(n + 1));
  free(malloc(n));
  free(malloc(c + 1));
}

// Negatives: a dominating check bounds the operation.
void division_check(size_t n, size_t m) {
  if (m != 0 && n > SIZE_MAX / m)
    return;
  free(malloc(n * m));
}

void division_check_reversed(size_t n, size_t m) {
  if (m == 0 || SIZE_MAX / m < n)
    return;
  free(malloc(n * m));
}

void both_limited(size_t n, size_t m) {
  if (n > MAX_COUNT || m > MAX_COUNT)
    return;
  free(malloc(n * m));
}

void one_operand_and_a_constant(size_t n) {
  if (n > MAX_COUNT)
    return;
  free(malloc(n * sizeof(struct sample)));
}

void limits_on_the_true_branch(size_t n, size_t m, size_t limit) {
  if (n < limit && m < limit)
    free(malloc(n * m));
}

void overflow_builtin(size_t n, size_t m) {
  size_t total;
  if (__builtin_mul_overflow(n, m, &total))
    return;
  free(malloc(total));
  free(malloc(n * m));
}

void asserted(size_t n) {
  if (!(n <= MAX_COUNT))
    abort();
  free(malloc(n * 8));
}

void product_checked(size_t n, size_t m) {
  if (n * m > (1u << 20))
    return;
  free(malloc(n * m * 2));
}

void loop_bound(size_t count) {
  for (size_t i = 0; i < count && i < 100; ++i)
    free(malloc(i * 64));
}

void conditional_operand(size_t n, size_t m) {
  free(malloc(n < 64 && m < 64 ? n * m : 0));
}

// Real-code patterns (DCMTK DcmElement::newValueField and DcmByteString):
// an odd 32-bit length that is not the maximum gets room for a pad byte and
// a terminator; an even one, or one with a constant pad of 0 or 1, gets room
// for a terminator. None of these sums can wrap around.
#define UNDEFINED_LENGTH 0xffffffffu
void odd_and_even_lengths(uint32_t length, int is_string) {
  const unsigned short pad = is_string ? 1 : 0;
  if (length & 1) {
    if (length == UNDEFINED_LENGTH)
      return;
    free(malloc(length + 2));
  } else {
    free(malloc(length + 1));
    free(malloc(length + pad));
  }
  if ((length & 1) == 0)
    free(malloc(length + 1));
  if (length != UNDEFINED_LENGTH)
    free(malloc(length + 1));
}

// Real-code pattern (DCMTK DcmDataDictionary::loadExternalDictionaries): a
// signed sum that overflows turns negative, and the huge size it becomes
// fails to allocate instead of allocating too little.
void signed_count(int separators) {
  free(malloc((separators + 1) * sizeof(char *)));
}

// Real-code pattern (DCMTK DcmElement::changeValue): two unchecked 32-bit
// lengths are added in 32 bits.
void appended(uint32_t length, uint32_t extra) {
  free(malloc(length + extra));
  // CHECK: hs-int-alloc-size-overflow.c:[[@LINE-1]]:22: error: addition in the size of 'malloc' can overflow 'unsigned int'
}

// Real-code pattern (OpenJPEG opj_j2k_setup_encoder): the tile counts are 1
// unless tiling is on, and then they are checked against the limit; the
// check is on one path only, and the other path needs none.
struct coding_parameters {
  uint32_t tw, th;
};
void tile_counts(struct coding_parameters *cp, int tiled, uint32_t w,
                 uint32_t h) {
  cp->tw = 1;
  cp->th = 1;
  if (tiled) {
    cp->tw = w;
    cp->th = h;
    if (cp->tw > 65535 / cp->th)
      return;
  }
  free(calloc(cp->tw * cp->th, sizeof(struct sample)));
}
