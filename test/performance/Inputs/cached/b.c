char *gets(char *s);
void read_line(char *b) { gets(b); }
