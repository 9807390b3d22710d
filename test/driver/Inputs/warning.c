char *strtok(char *s, const char *delim);
void split(char *s) { strtok(s, ","); }
