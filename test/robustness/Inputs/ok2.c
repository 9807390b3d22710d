void ok_two(void) {}
