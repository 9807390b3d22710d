#include "decl.h"
void c(char *line) { gets(line); }
