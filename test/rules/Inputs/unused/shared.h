char *gets(char *s);
char *strtok(char *s, const char *d);
static inline void header_helper(char *s) {
  strtok(s, ","); // warden-ignore hs-api-gets: the wrong rule, judged only when every TU was analysed
}
