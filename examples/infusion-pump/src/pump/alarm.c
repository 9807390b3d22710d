/* Alarm queue: a singly linked list sorted by priority, oldest first within
 * one priority. Raised alarms are also written to the system log. */
#include "pump/alarm.h"

#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static const struct {
  alarm_code code;
  const char *name;
  alarm_priority priority;
} alarm_table[] = {
    {ALARM_NONE, "NONE", ALARM_PRIO_LOW},
    {ALARM_OCCLUSION, "OCCLUSION", ALARM_PRIO_HIGH},
    {ALARM_AIR_IN_LINE, "AIR_IN_LINE", ALARM_PRIO_HIGH},
    {ALARM_DOSE_LIMIT, "DOSE_LIMIT", ALARM_PRIO_HIGH},
    {ALARM_LOW_BATTERY, "LOW_BATTERY", ALARM_PRIO_MEDIUM},
    {ALARM_VTBI_COMPLETE, "VTBI_COMPLETE", ALARM_PRIO_MEDIUM},
    {ALARM_COMM_ERROR, "COMM_ERROR", ALARM_PRIO_LOW},
};

#define ALARM_TABLE_SIZE (sizeof alarm_table / sizeof alarm_table[0])

const char *alarm_name(alarm_code code) {
  for (size_t i = 0; i < ALARM_TABLE_SIZE; i++)
    if (alarm_table[i].code == code)
      return alarm_table[i].name;
  return "UNKNOWN";
}

alarm_priority alarm_priority_of(alarm_code code) {
  for (size_t i = 0; i < ALARM_TABLE_SIZE; i++)
    if (alarm_table[i].code == code)
      return alarm_table[i].priority;
  return ALARM_PRIO_HIGH; /* an unknown alarm is treated as the worst case */
}

void alarm_queue_init(struct alarm_queue *q) {
  q->head = NULL;
  q->count = 0;
}

int alarm_raise(struct alarm_queue *q, alarm_code code, const char *detail) {
  char trace[ALARM_TRACE_MAX];
  struct alarm_record **link = &q->head;

  /* deliberate: hs-err-unchecked-alloc (demo) -- rec is written to without
   * a NULL check. */
  struct alarm_record *rec = malloc(sizeof *rec);
  rec->code = code;
  rec->priority = alarm_priority_of(code);
  rec->raised_at = time(NULL);
  snprintf(rec->detail, sizeof rec->detail, "%s", detail ? detail : "");

  while (*link != NULL && (*link)->priority >= rec->priority)
    link = &(*link)->next;
  rec->next = *link;
  *link = rec;
  q->count++;

  /* deliberate: hs-api-unbounded-sprintf through the ALARM_TRACE macro
   * (demo) -- a long detail text overflows trace[]. */
  ALARM_TRACE(trace, "raised %s (%s)", alarm_name(code), rec->detail);
  /* deliberate: hs-fmt-nonliteral-format (demo) -- the detail text, which
   * can come from the serial link, is used as a format string. */
  syslog(LOG_WARNING, trace);
  return 0;
}

alarm_code alarm_active(const struct alarm_queue *q) {
  return q->head != NULL ? q->head->code : ALARM_NONE;
}

alarm_code alarm_acknowledge(struct alarm_queue *q) {
  struct alarm_record *top = q->head;

  if (top == NULL)
    return ALARM_NONE;
  q->head = top->next;
  q->count--;
  free(top);
  /* deliberate: hs-mem-use-after-free (demo) -- the log line was added
   * after the free() and reads the freed record. */
  syslog(LOG_INFO, "alarm %s acknowledged", alarm_name(top->code));
  return top->code;
}

void alarm_queue_clear(struct alarm_queue *q) {
  struct alarm_record *rec = q->head;

  while (rec != NULL) {
    struct alarm_record *next = rec->next;
    free(rec);
    rec = next;
  }
  alarm_queue_init(q);
}

int alarm_describe(const struct alarm_record *rec, char *dst, size_t dst_size) {
  char when[32];
  struct tm tm;

  if (localtime_r(&rec->raised_at, &tm) == NULL ||
      strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm) == 0)
    snprintf(when, sizeof when, "@%lld", (long long)rec->raised_at);

  int n = snprintf(dst, dst_size, "%s %s %s%s%s", when, alarm_name(rec->code),
                   rec->priority == ALARM_PRIO_HIGH ? "HIGH" : "NORMAL",
                   rec->detail[0] != '\0' ? ": " : "", rec->detail);
  if (n < 0 || (size_t)n >= dst_size)
    return -1;
  return n;
}
