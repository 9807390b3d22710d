#include <cfg.h>
char *gets(char *s);
void order(char *l) { gets(l); }
