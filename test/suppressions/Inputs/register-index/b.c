char *gets(char *s);
char *strtok(char *s, const char *d);
void h(char *b) {
  gets(b); /* 0 */
  gets(b); /* 1 */
  gets(b); /* 2 */
  gets(b); /* 3 */
  gets(b); /* 4 */
  gets(b); /* 5 */
  gets(b); /* 6 */
  gets(b); /* 7 */
  gets(b); /* 8 */
  gets(b); /* 9 */
  gets(b); /* 10 */
  gets(b); /* 11 */
  gets(b); /* 12 */
  gets(b); /* 13 */
  gets(b); /* 14 */
  gets(b); /* 15 */
  gets(b); /* 16 */
  gets(b); /* 17 */
  gets(b); /* 18 */
  gets(b); /* 19 */
  gets(b); /* 20 */
  gets(b); /* 21 */
  gets(b); /* 22 */
  gets(b); /* 23 */
  gets(b); /* 24 */
  gets(b); /* 25 */
  gets(b); /* 26 */
  gets(b); /* 27 */
  gets(b); /* 28 */
  gets(b); /* 29 */
  gets(b); /* 30 */
  gets(b); /* 31 */
  gets(b); /* 32 */
  gets(b); /* 33 */
  gets(b); /* 34 */
  gets(b); /* 35 */
  gets(b); /* 36 */
  gets(b); /* 37 */
  gets(b); /* 38 */
  gets(b); /* 39 */
  gets(b); /* 40 */
  gets(b); /* 41 */
  gets(b); /* 42 */
  gets(b); /* 43 */
  gets(b); /* 44 */
  gets(b); /* 45 */
  gets(b); /* 46 */
  gets(b); /* 47 */
  gets(b); /* 48 */
  gets(b); /* 49 */
}
void boot(char *s) {
  strtok(s, ","); /* 0 */
  strtok(s, ","); /* 1 */
  strtok(s, ","); /* 2 */
  strtok(s, ","); /* 3 */
  strtok(s, ","); /* 4 */
  strtok(s, ","); /* 5 */
  strtok(s, ","); /* 6 */
  strtok(s, ","); /* 7 */
  strtok(s, ","); /* 8 */
  strtok(s, ","); /* 9 */
}
