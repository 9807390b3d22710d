char *gets(char *s);
char *strtok(char *s, const char *d);

void same_line(char *b) {
  gets(b); // warden-ignore hs-api-gets: console input is limited to 16 bytes by the UART driver
}

void next_line(char *b) {
  // warden-ignore-next-line hs-api-gets: console input is limited by the UART driver
  gets(b);
}

void block(char *b, char *s) {
  /* warden-ignore-begin hs-api-gets, hs-api-strtok: legacy service console,
     removed in release 2.0; ticket=PUMP-7; expires=2030-01-31; approver=Q. Lead */
  gets(b);
  strtok(s, ",");
  /* warden-ignore-end */
  gets(b);
}

void glob(char *s) {
  strtok(s, ","); // warden-ignore hs-api-*: boot code, single threaded before the scheduler starts
}

void wrong_rule(char *b) {
  gets(b); // warden-ignore hs-api-strtok: the wrong rule, so gets stays reported
}

void in_string(char *b) {
  const char *s = "x"; /* the next literal is not a comment */
  const char *t = "// warden-ignore hs-api-gets: not a comment, only text";
  gets(b);
  (void)s;
  (void)t;
}

#define READ(b) gets(b)
void macro_use(char *b) {
  READ(b); // warden-ignore hs-api-gets: the line where the macro is used
}

#define READ_ALL(b) gets(b) // warden-ignore hs-api-gets: on the definition, it covers every use
void macro_definition(char *b) { READ_ALL(b); }
