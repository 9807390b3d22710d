#include <stddef.h>
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);
static volatile size_t ticks;
void isr_timer(void) {
  ticks++;
  usleep(10);
}
void task_main(void) { sleep(1); }
