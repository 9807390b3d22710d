#include <stdarg.h>
#include <stddef.h>
char *gets(char *s);
size_t total(int n, ...) {
  va_list ap;
  va_start(ap, n);
  size_t sum = (size_t)va_arg(ap, int);
  va_end(ap);
  return sum + offsetof(struct { int a; int b; }, b);
}
void read(void) {
  char line[8];
#ifdef WARDEN_FAKE_RESOURCE_DIR
  gets(line); /* parsed with the stand-in resource directory */
#else
  gets(line); /* parsed with clang's resource directory */
#endif
}
