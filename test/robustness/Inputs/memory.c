void eat_memory_here(void) {}
