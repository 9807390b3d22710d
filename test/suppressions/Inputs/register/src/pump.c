char *gets(char *s);
void service(char *b) { gets(b); }
