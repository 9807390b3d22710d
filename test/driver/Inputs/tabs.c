char *strtok(char *, const char *);
void f(char *s) {
	if (s)
		strtok(s, ",");
}
