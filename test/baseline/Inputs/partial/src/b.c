#include "decl.h"
void b(char *line) {
  gets(line);
}
void b2(char *d, const char *s) { strcpy(d, s); }
