char *strcpy(char *d, const char *s);
void platform(char *d, const char *s) { strcpy(d, s); }
