#define SPLIT 1
