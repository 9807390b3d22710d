char *gets(char *s);
char *strtok(char *s, const char *d);
int atoi(const char *s);

void read_command(char *b) {
  gets(b);
}

void parse_fields(char *s) {
  strtok(s, ",");
  strtok(0, ",");
}

int parse_rate(const char *s) { return atoi(s); }
