/* Serial command protocol of the pump.
 *
 * One command per line, ASCII, terminated by '\n':
 *   RATE <mL/h>      set the basal rate          RATE 12.5
 *   BOLUS <mL>       deliver a bolus             BOLUS 2.0
 *   VTBI <mL>        volume to be infused        VTBI 250
 *   PATIENT <id>     bind the patient id         PATIENT MRN0042
 *   START | STOP | STATUS | ACK
 * Each command gets one reply line starting with "OK" or "ERR <code>". */
#ifndef PUMP_PROTOCOL_H
#define PUMP_PROTOCOL_H

#include <stddef.h>

#include "pump/alarm.h"

#define PUMP_FRAME_MAX 80
#define PUMP_PATIENT_ID_MAX 16 /* including the terminating NUL */

typedef enum pump_mode {
  PUMP_IDLE = 0,
  PUMP_RUNNING,
  PUMP_PAUSED,
  PUMP_ALARM
} pump_mode;

typedef enum pump_status {
  PUMP_OK = 0,
  PUMP_ERR_SYNTAX,
  PUMP_ERR_UNKNOWN_COMMAND,
  PUMP_ERR_RANGE,
  PUMP_ERR_STATE,
  PUMP_ERR_LIMIT
} pump_status;

/* Hard limits from the drug library. */
typedef struct dose_limits {
  double rate_min_ml_h;
  double rate_max_ml_h;
  double bolus_max_ml;
  long vtbi_max_ml;
  double hourly_max_ml; /* basal rate plus boluses over one hour */
} dose_limits;

typedef struct pump_state {
  pump_mode mode;
  double rate_ml_h;
  double bolus_last_hour_ml;
  long vtbi_ml;
  double infused_ml;
  char patient_id[PUMP_PATIENT_ID_MAX];
  dose_limits limits;
  struct alarm_queue alarms;
} pump_state;

extern const dose_limits PUMP_DEFAULT_LIMITS;

void pump_state_init(pump_state *s, const dose_limits *limits);
void pump_state_release(pump_state *s);
const char *pump_mode_name(pump_mode mode);
const char *pump_status_text(pump_status st);

pump_status dose_check_rate(const dose_limits *l, double rate_ml_h);
pump_status dose_check_bolus(const dose_limits *l, const pump_state *s,
                             double bolus_ml);
pump_status dose_check_vtbi(const dose_limits *l, long vtbi_ml);

/* Handles one frame (without its newline) and writes the reply line. */
pump_status pump_handle_frame(pump_state *s, const char *frame, char *reply,
                              size_t reply_size);

/* Maintenance-port console of the 1.x firmware (src/pump/legacy). Reads
 * commands from stdin until QUIT; returns 0 on a clean exit. */
int service_console_run(pump_state *s);

#endif /* PUMP_PROTOCOL_H */
