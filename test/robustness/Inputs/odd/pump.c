char *gets(char *s);
void read(char *b) { gets(b); }
