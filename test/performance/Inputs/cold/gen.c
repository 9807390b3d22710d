#if 0
#include "missing.h"
#endif
char *gets(char *s);
void gen(char *l) { gets(l); }
