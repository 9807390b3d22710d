#define RAW 1
