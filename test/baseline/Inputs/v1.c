char *gets(char *s);
char *strtok(char *s, const char *d);
void read_command(char *b) {
  gets(b);
  gets(b);
}
void split(char *s) { strtok(s, ","); }
