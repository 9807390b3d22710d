#include "config.h"
void a(char *d, const char *s) { strcpy(d, s); }
