#include "shared.h"
int in_c(void) { return truncate_it(1.5); }
