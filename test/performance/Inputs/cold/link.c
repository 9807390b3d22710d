#include "links/inc/link.h"
char *gets(char *s);
void link(char *l) { gets(l); }
