char *gets(char *s);
void plain(char *l) { gets(l); }
