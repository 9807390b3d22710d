#include "shared.h"
int in_cpp() { return truncate_it(1.5); }
