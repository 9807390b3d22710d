#define CFG_B 1
