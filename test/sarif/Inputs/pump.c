#include "shared.h"
char *gets(char *s);
int printf(const char *fmt, ...);
void read_command(void) {
  char line[32];
  gets(line);
  gets(line); /* {braces} in a comment */
}
