#include "decl.h"
void d(char *line) { gets(line); }
