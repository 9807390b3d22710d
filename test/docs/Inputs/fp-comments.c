/* Findings on lines with comments, literals and odd white space: the
   reference code in docs/fingerprints.md must agree with Warden on each. */
char *gets(char *s);
int printf(const char *f, ...);
void comments(char *b) {
  gets(b); // a trailing comment
  gets( b ) ;	/* a block comment */
  gets(b); /* a block comment left open
  */
  gets(b); /* one */ gets(b); /* two */
  gets(b); // warden-ignore-next-line is only text here
}
void literals(char *b) {
  printf("a  //  b"); gets(b);
  gets(b); printf("tab\there \" // not a comment");
  gets(b); printf("%c", '"'); // x
  gets(b); printf("%c", '\''); /* y */
  gets(b); printf("/* not a comment */   ");
}
void spaces(char *b) {
	gets	(b)	;
  gets(b);  
  gets(b);
}
