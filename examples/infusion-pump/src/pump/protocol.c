/* Serial command protocol and dose-limit checks. */
#include "pump/protocol.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const dose_limits PUMP_DEFAULT_LIMITS = {
    .rate_min_ml_h = 0.1,
    .rate_max_ml_h = 999.0,
    .bolus_max_ml = 10.0,
    .vtbi_max_ml = 9999,
    .hourly_max_ml = 1000.0,
};

enum command {
  CMD_RATE,
  CMD_BOLUS,
  CMD_VTBI,
  CMD_PATIENT,
  CMD_START,
  CMD_STOP,
  CMD_STATUS,
  CMD_ACK,
  CMD_UNKNOWN
};

static const struct {
  const char *verb;
  enum command command;
  int takes_argument;
} commands[] = {
    {"RATE", CMD_RATE, 1},       {"BOLUS", CMD_BOLUS, 1}, {"VTBI", CMD_VTBI, 1},
    {"PATIENT", CMD_PATIENT, 1}, {"START", CMD_START, 0}, {"STOP", CMD_STOP, 0},
    {"STATUS", CMD_STATUS, 0},   {"ACK", CMD_ACK, 0},
};

void pump_state_init(pump_state *s, const dose_limits *limits) {
  memset(s, 0, sizeof *s);
  s->mode = PUMP_IDLE;
  s->limits = limits != NULL ? *limits : PUMP_DEFAULT_LIMITS;
  alarm_queue_init(&s->alarms);
}

void pump_state_release(pump_state *s) { alarm_queue_clear(&s->alarms); }

const char *pump_mode_name(pump_mode mode) {
  switch (mode) {
  case PUMP_IDLE:
    return "IDLE";
  case PUMP_RUNNING:
    return "RUNNING";
  case PUMP_PAUSED:
    return "PAUSED";
  case PUMP_ALARM:
    return "ALARM";
  default:
    return "?";
  }
}

const char *pump_status_text(pump_status st) {
  switch (st) {
  case PUMP_OK:
    return "OK";
  case PUMP_ERR_SYNTAX:
    return "SYNTAX";
  case PUMP_ERR_UNKNOWN_COMMAND:
    return "UNKNOWN_COMMAND";
  case PUMP_ERR_RANGE:
    return "RANGE";
  case PUMP_ERR_STATE:
    return "STATE";
  case PUMP_ERR_LIMIT:
    return "LIMIT";
  default:
    return "INTERNAL";
  }
}

pump_status dose_check_rate(const dose_limits *l, double rate_ml_h) {
  if (!(rate_ml_h >= l->rate_min_ml_h && rate_ml_h <= l->rate_max_ml_h))
    return PUMP_ERR_RANGE;
  if (rate_ml_h > l->hourly_max_ml)
    return PUMP_ERR_LIMIT;
  return PUMP_OK;
}

pump_status dose_check_bolus(const dose_limits *l, const pump_state *s,
                             double bolus_ml) {
  if (!(bolus_ml > 0.0 && bolus_ml <= l->bolus_max_ml))
    return PUMP_ERR_RANGE;
  if (s->rate_ml_h + s->bolus_last_hour_ml + bolus_ml > l->hourly_max_ml)
    return PUMP_ERR_LIMIT;
  return PUMP_OK;
}

pump_status dose_check_vtbi(const dose_limits *l, long vtbi_ml) {
  if (vtbi_ml <= 0 || vtbi_ml > l->vtbi_max_ml)
    return PUMP_ERR_RANGE;
  return PUMP_OK;
}

/* Parses a decimal volume or rate: the whole argument must be a finite
 * number. */
static pump_status parse_decimal(const char *text, double *out) {
  char *end;

  errno = 0;
  double value = strtod(text, &end);
  if (end == text || errno == ERANGE || !isfinite(value))
    return PUMP_ERR_SYNTAX;
  while (isspace((unsigned char)*end))
    end++;
  if (*end != '\0')
    return PUMP_ERR_SYNTAX;
  *out = value;
  return PUMP_OK;
}

static pump_status parse_whole_ml(const char *text, long *out) {
  char *end;

  errno = 0;
  long value = strtol(text, &end, 10);
  if (end == text || *end != '\0')
    return PUMP_ERR_SYNTAX;
  if (errno == ERANGE || value < 0 || value > INT_MAX)
    return PUMP_ERR_RANGE;
  *out = value;
  return PUMP_OK;
}

/* Splits "VERB argument" without modifying the frame. The verb is copied
 * into verb[]; *arg points into the frame, after the separating blanks. */
static pump_status split_frame(const char *frame, char *verb, size_t verb_size,
                               const char **arg) {
  size_t lead = strspn(frame, " \t");
  size_t len = strcspn(frame + lead, " \t");

  if (len == 0 || len >= verb_size)
    return PUMP_ERR_SYNTAX;
  memcpy(verb, frame + lead, len);
  verb[len] = '\0';
  *arg = frame + lead + len;
  *arg += strspn(*arg, " \t");
  return PUMP_OK;
}

static enum command lookup(const char *verb, int *takes_argument) {
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    if (strcmp(commands[i].verb, verb) == 0) {
      *takes_argument = commands[i].takes_argument;
      return commands[i].command;
    }
  }
  return CMD_UNKNOWN;
}

static pump_status reply_status(pump_state *s, char *reply, size_t size) {
  int n = snprintf(reply, size,
                   "OK MODE=%s RATE=%.1f VTBI=%ld INFUSED=%.2f PATIENT=%s "
                   "ALARM=%s",
                   pump_mode_name(s->mode), s->rate_ml_h, s->vtbi_ml,
                   s->infused_ml, s->patient_id[0] ? s->patient_id : "-",
                   alarm_name(alarm_active(&s->alarms)));
  return n < 0 || (size_t)n >= size ? PUMP_ERR_RANGE : PUMP_OK;
}

static pump_status execute(pump_state *s, enum command cmd, const char *arg,
                           char *reply, size_t reply_size) {
  pump_status st = PUMP_OK;

  switch (cmd) {
  case CMD_RATE: {
    double rate;
    st = parse_decimal(arg, &rate);
    if (st == PUMP_OK)
      st = dose_check_rate(&s->limits, rate);
    if (st == PUMP_OK)
      s->rate_ml_h = rate;
    break;
  }
  case CMD_BOLUS: {
    if (s->mode != PUMP_RUNNING)
      return PUMP_ERR_STATE;
    /* deliberate: hs-api-ato-conversion (demo) -- "2.0x" or "abc" are not
     * rejected as syntax errors. */
    double bolus = atof(arg);
    st = dose_check_bolus(&s->limits, s, bolus);
    if (st == PUMP_OK)
      s->bolus_last_hour_ml += bolus;
    else if (st == PUMP_ERR_LIMIT)
      alarm_raise(&s->alarms, ALARM_DOSE_LIMIT, "bolus over hourly limit");
    break;
  }
  case CMD_VTBI: {
    long vtbi;
    st = parse_whole_ml(arg, &vtbi);
    if (st == PUMP_OK)
      st = dose_check_vtbi(&s->limits, vtbi);
    if (st == PUMP_OK)
      s->vtbi_ml = vtbi;
    break;
  }
  case CMD_PATIENT:
    if (s->mode == PUMP_RUNNING)
      return PUMP_ERR_STATE;
    /* deliberate: hs-api-unbounded-strcpy (demo) -- the id comes from the
     * serial link and only its presence was checked. */
    strcpy(s->patient_id, arg);
    break;
  case CMD_START:
    if (s->patient_id[0] == '\0' || s->rate_ml_h <= 0.0 || s->vtbi_ml <= 0)
      return PUMP_ERR_STATE;
    if (alarm_active(&s->alarms) != ALARM_NONE)
      return PUMP_ERR_STATE;
    s->mode = PUMP_RUNNING;
    break;
  case CMD_STOP:
    s->mode = PUMP_PAUSED;
    break;
  case CMD_STATUS:
    return reply_status(s, reply, reply_size);
  case CMD_ACK:
    if (alarm_acknowledge(&s->alarms) == ALARM_NONE)
      return PUMP_ERR_STATE;
    if (alarm_active(&s->alarms) == ALARM_NONE && s->mode == PUMP_ALARM)
      s->mode = PUMP_PAUSED;
    break;
  default:
    return PUMP_ERR_UNKNOWN_COMMAND;
  }
  if (st == PUMP_OK)
    snprintf(reply, reply_size, "OK");
  return st;
}

pump_status pump_handle_frame(pump_state *s, const char *frame, char *reply,
                              size_t reply_size) {
  char verb[12];
  const char *arg;
  int takes_argument = 0;
  pump_status st = split_frame(frame, verb, sizeof verb, &arg);

  if (st == PUMP_OK) {
    enum command cmd = lookup(verb, &takes_argument);
    if (cmd == CMD_UNKNOWN)
      st = PUMP_ERR_UNKNOWN_COMMAND;
    else if ((*arg != '\0') != (takes_argument != 0))
      st = PUMP_ERR_SYNTAX;
    else
      st = execute(s, cmd, arg, reply, reply_size);
  }
  if (st != PUMP_OK)
    snprintf(reply, reply_size, "ERR %s", pump_status_text(st));
  return st;
}
