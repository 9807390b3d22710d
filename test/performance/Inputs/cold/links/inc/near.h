#define INC_NEAR 1
