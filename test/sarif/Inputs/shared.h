char *strcpy(char *d, const char *s);
static inline void copy_name(char *d, const char *s) { strcpy(d, s); }
