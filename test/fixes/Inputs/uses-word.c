#include "word.h"
void read_id(void) {
  char id[8];
  scanf("%s", id);
}
