int scanf(const char *f, ...);
int sscanf(const char *s, const char *f, ...);
void read_id(void) {
  char id[16];
  char unit[8];
  scanf("%s %s", id, unit);
}
void keep(const char *in) {
  char tag[4];
  sscanf(in, "%s", tag); // warden-ignore hs-api-scanf-unbounded-string: in is at most 3 characters, checked by the caller
}
