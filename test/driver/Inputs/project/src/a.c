char *gets(char *s);
void a(void) { char l[4]; gets(l); }
