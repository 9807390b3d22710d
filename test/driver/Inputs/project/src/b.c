char *gets(char *s);
void b(void) { char l[4]; gets(l); }
