#include "io.h"
void console(char *b) {
  gets(b); // warden-ignore hs-api-gets: console input is limited to 16 bytes by the UART driver
}
