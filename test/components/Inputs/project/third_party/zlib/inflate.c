char *strcpy(char *d, const char *s);
void vendored(char *d, const char *s) { strcpy(d, s); }
