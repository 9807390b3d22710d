#include "shared.h"
void log_name(char *d) { copy_name(d, "pump"); }
