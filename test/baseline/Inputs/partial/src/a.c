#include "shared.h"
void a(char *d, const char *s) { strcpy(d, s); }
void a_read(char *line) { read_shared(line); }
