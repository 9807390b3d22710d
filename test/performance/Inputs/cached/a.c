#include "limits.h"
void copy_id(char *d, const char *s) { strcpy(d, s); }
