int scanf(const char *f, ...);
static inline void read_word(void) {
  char word[16];
  scanf("%s", word);
}
