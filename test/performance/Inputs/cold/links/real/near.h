#define REAL_NEAR 1
