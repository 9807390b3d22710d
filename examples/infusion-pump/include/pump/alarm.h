/* Alarm queue of the pump: raised alarms wait, highest priority first, until
 * the nurse acknowledges them on the front panel or over the serial link. */
#ifndef PUMP_ALARM_H
#define PUMP_ALARM_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

typedef enum alarm_code {
  ALARM_NONE = 0,
  ALARM_OCCLUSION,
  ALARM_AIR_IN_LINE,
  ALARM_DOSE_LIMIT,
  ALARM_LOW_BATTERY,
  ALARM_VTBI_COMPLETE,
  ALARM_COMM_ERROR
} alarm_code;

typedef enum alarm_priority {
  ALARM_PRIO_LOW = 0,
  ALARM_PRIO_MEDIUM,
  ALARM_PRIO_HIGH
} alarm_priority;

struct alarm_record {
  alarm_code code;
  alarm_priority priority;
  time_t raised_at;
  char detail[64];
  struct alarm_record *next;
};

struct alarm_queue {
  struct alarm_record *head;
  unsigned count;
};

/* Trace lines for the service log. dst must hold ALARM_TRACE_MAX bytes.
 * (Demo: the sprintf() below is reported where the macro is used, in
 * alarm_raise().) */
#define ALARM_TRACE_MAX 96
#define ALARM_TRACE(dst, fmt, ...)                                             \
  sprintf((dst), "[alarm %lu] " fmt, (unsigned long)time(NULL), __VA_ARGS__)

void alarm_queue_init(struct alarm_queue *q);
int alarm_raise(struct alarm_queue *q, alarm_code code, const char *detail);
alarm_code alarm_acknowledge(struct alarm_queue *q);
alarm_code alarm_active(const struct alarm_queue *q);
void alarm_queue_clear(struct alarm_queue *q);
const char *alarm_name(alarm_code code);
alarm_priority alarm_priority_of(alarm_code code);
int alarm_describe(const struct alarm_record *rec, char *dst, size_t dst_size);

#endif /* PUMP_ALARM_H */
