#include "decl.h"
static inline void read_shared(char *line) { gets(line); }
