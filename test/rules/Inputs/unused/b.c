#include "shared.h"
void b(char *s) {
  s[0] = 0; // warden-ignore hs-api-setjmp-longjmp: a rule this run does not enable
}
