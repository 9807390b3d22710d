void ok_one(void) {}
