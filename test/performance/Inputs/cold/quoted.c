#include "qh.h"
char *gets(char *s);
void quoted(char *l) { gets(l); }
