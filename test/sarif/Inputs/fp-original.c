char *gets(char *s);
void read_twice(void) {
  char a[8];
  gets(a);
  gets(a);
}
void other(void) {
  char a[8];
  gets(a);
}
