#include "io.h"
void service(char *b) { gets(b); }
