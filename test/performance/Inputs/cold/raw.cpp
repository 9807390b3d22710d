const char *Quoted = R"x(a quote " and /* in a raw string)x";
#include "rawinc.h"
char *gets(char *s);
void raw(char *l) { gets(l); }
