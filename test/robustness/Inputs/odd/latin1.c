/* Dosierung für Patienten */
char *gets(char *s);
const char *unit = "µg/ml";
void read(char *b) { gets(b); }
