#include "util.h"
char *gets(char *s);
void direct(char *l) { gets(l); }
