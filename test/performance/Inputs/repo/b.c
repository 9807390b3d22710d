#include "config.h"
void b(char *line) {
  gets(line);
}
