#define MAX_ID 16
char *strcpy(char *d, const char *s);
