#include "cfg.h"
char *gets(char *s);
void own(char *l) { gets(l); }
