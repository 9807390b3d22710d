/* Version 2: lines inserted above, re-indented, one finding fixed, one new. */
char *gets(char *s);
char *fgets(char *s, int n, void *f);
char *strtok(char *s, const char *d);
char *strcpy(char *d, const char *s);

void read_command(char *b) {
    gets( b );
    gets(b);
}
void split(char *s, void *f) { if (!fgets(s, 8, f)) s[0] = 0; }
void copy(char *d, const char *s) { strcpy(d, s); }
