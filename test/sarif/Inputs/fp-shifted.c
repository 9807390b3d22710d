/* Three new lines above
   every finding must not
   change its identity. */
char *gets(char *s);
void helper(void);

void read_twice(void) {
        char a[8];
        gets( a );
        gets(a);
}
void other(void) {
  char a[8];


  gets(a);
}
