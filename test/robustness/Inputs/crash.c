void before(void) {}
void crash_here(void) {}
