/*
#include "util.h"
*/
// #include "mid.h"
const char *Opener = "/*";
  #  include /* a comment */ "spaced.h"
#include \
  "split.h"
char *gets(char *s);
void commented(char *l) { gets(l); }
