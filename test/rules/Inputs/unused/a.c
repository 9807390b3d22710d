#include "shared.h"
void a(char *b) {
  gets(b); // warden-ignore hs-api-gets: console only, limited by the UART driver
  b[0] = 0; // warden-ignore hs-api-gets: nothing to suppress on this line
}
