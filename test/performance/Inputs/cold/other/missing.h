#define MISSING 1
