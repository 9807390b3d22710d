#include "mid.h"
char *gets(char *s);
void trans(char *l) { gets(l); }
