void read_more(void) {
  char more[4];
  scanf("%s", more);
}
