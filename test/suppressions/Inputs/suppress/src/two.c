#include "io.h"
/* Two calls of each rule on one line: FILE:LINE alone is ambiguous. */
void parse(char *b) { strtok(gets(b), ","); strtok(gets(b), ","); }
