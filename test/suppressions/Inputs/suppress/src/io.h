char *gets(char *s);
char *strtok(char *s, const char *d);
static inline void drain(char *b) { gets(b); }
