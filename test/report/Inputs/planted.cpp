// Names and text that try to become markup in a report (test/report).
extern "C" char *gets(char *);
extern "C" int sscanf(const char *, const char *, ...);

struct Planted {};

// The enclosing declaration's name holds '<'.
bool operator<(Planted, Planted) {
  char B[16];
  gets(B);
  return true;
}

// The message quotes the scan set, taken from the string literal.
void scan(const char *In) {
  char Word[16];
  sscanf(In, "%[<script>alert(6)</script>]", Word);
}

void justified(char *B) {
  gets(B); // warden-ignore hs-api-gets: <script>alert(7)</script> [y](javascript:alert(8)) | x
}
