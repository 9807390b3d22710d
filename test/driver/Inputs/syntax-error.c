char *gets(char *s);
void ok(void) {
  char line[8];
  gets(line);
}
void broken(void) {
  int x = ;
}
