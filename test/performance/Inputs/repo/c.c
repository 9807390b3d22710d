char *gets(char *s);
void c(char *line) { gets(line); }
