char *gets(char *s);
void crlf(char *b) {
  gets(b); // crlf
  gets( b );
}
