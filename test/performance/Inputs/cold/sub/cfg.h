#define CFG_SUB 1
