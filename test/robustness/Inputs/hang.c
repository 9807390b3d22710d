void hang_here(void) {}
