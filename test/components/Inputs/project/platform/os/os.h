char *strcpy(char *d, const char *s);
static inline void os_copy(char *d, const char *s) { strcpy(d, s); }
