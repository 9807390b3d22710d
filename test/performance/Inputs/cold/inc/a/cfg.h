#define CFG_A 1
