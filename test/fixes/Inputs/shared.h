int scanf(const char *f, ...);
static inline int truncate_it(double d) { return (int)d; }
static inline void read_word(void) {
  char word[16];
  scanf("%s", word);
}
