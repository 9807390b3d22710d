#define HEADER "plain.h"
#include HEADER
char *gets(char *s);
void computed(char *l) { gets(l); }
