#include "../platform/os/os.h"
char *strcpy(char *d, const char *s);
void own(char *d, const char *s) { strcpy(d, s); }
