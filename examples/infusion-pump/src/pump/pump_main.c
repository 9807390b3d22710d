/* pumpctl: runs the pump protocol over a simulated serial link.
 *
 *   pumpctl [--limits FILE] [FRAMES]   read frames from FRAMES (or stdin)
 *   pumpctl --service                  open the maintenance console
 *
 * A limits file holds "name value" lines: rate_min, rate_max, bolus_max,
 * vtbi_max, hourly_max. */
#include "pump/protocol.h"
#include "pump/ring_buffer.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UART_RX_BUFFER 256
#define UART_RX_BUFFER_MAX 4096

/* Diagnostics on stderr. The format attribute lets the compiler check every
 * caller's format string against its arguments. */
static void pump_log(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static void pump_log(const char *fmt, ...) {
  va_list ap;

  fputs("pumpctl: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static int load_limits(const char *path, dose_limits *limits) {
  char line[128];
  char name[32];
  double value;
  unsigned line_no = 0;
  int rc = 0;
  FILE *f = fopen(path, "r");

  if (f == NULL) {
    pump_log("%s: %s", path, strerror(errno));
    return -1;
  }
  while (rc == 0 && fgets(line, sizeof line, f) != NULL) {
    line_no++;
    if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
      continue;
    if (sscanf(line, "%31s %lf", name, &value) != 2) {
      pump_log("%s:%u: expected 'name value'", path, line_no);
      rc = -1;
    } else if (strcmp(name, "rate_min") == 0) {
      limits->rate_min_ml_h = value;
    } else if (strcmp(name, "rate_max") == 0) {
      limits->rate_max_ml_h = value;
    } else if (strcmp(name, "bolus_max") == 0) {
      limits->bolus_max_ml = value;
    } else if (strcmp(name, "vtbi_max") == 0) {
      limits->vtbi_max_ml = (long)value;
    } else if (strcmp(name, "hourly_max") == 0) {
      limits->hourly_max_ml = value;
    } else {
      pump_log("%s:%u: unknown limit '%s'", path, line_no, name);
      rc = -1;
    }
  }
  if (ferror(f))
    rc = -1;
  if (fclose(f) != 0)
    rc = -1;
  return rc;
}

/* Feeds the input through the UART ring buffer in small chunks, as the
 * receive interrupt would, and answers every complete frame. */
static int run_link(pump_state *s, FILE *in) {
  ring_buffer rx;
  unsigned char chunk[32];
  char frame[PUMP_FRAME_MAX];
  char reply[PUMP_FRAME_MAX * 2];
  size_t got;
  int errors = 0;

  if (ring_buffer_init(&rx, UART_RX_BUFFER) != 0)
    return -1;
  while ((got = fread(chunk, 1, sizeof chunk, in)) > 0) {
    if (ring_buffer_space(&rx) < got &&
        (rx.capacity >= UART_RX_BUFFER_MAX ||
         ring_buffer_grow(&rx, rx.capacity * 2) != 0)) {
      pump_log("receive buffer overrun");
      ring_buffer_free(&rx);
      return -1;
    }
    ring_buffer_write(&rx, chunk, got);

    int len;
    while ((len = ring_buffer_read_line(&rx, frame, sizeof frame)) != 0) {
      if (len < 0) {
        printf("ERR %s\n", pump_status_text(PUMP_ERR_SYNTAX));
        errors++;
        continue;
      }
      if (frame[0] == '\0')
        continue;
      if (pump_handle_frame(s, frame, reply, sizeof reply) != PUMP_OK)
        errors++;
      printf("%-24s -> %s\n", frame, reply);
    }
  }
  ring_buffer_free(&rx);
  return errors == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  dose_limits limits = PUMP_DEFAULT_LIMITS;
  const char *frames = NULL;
  int service = 0;
  pump_state state;

  if (setvbuf(stdout, NULL, _IOLBF, 0) != 0)
    return EXIT_FAILURE;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--limits") == 0 && i + 1 < argc) {
      if (load_limits(argv[++i], &limits) != 0)
        return EXIT_FAILURE;
    } else if (strcmp(argv[i], "--service") == 0) {
      service = 1;
    } else if (argv[i][0] != '-' && frames == NULL) {
      frames = argv[i];
    } else {
      fprintf(stderr, "usage: %s [--limits FILE] [--service] [FRAMES]\n",
              argv[0]);
      return EXIT_FAILURE;
    }
  }

  pump_state_init(&state, &limits);
  int rc;
  if (service) {
    rc = service_console_run(&state);
  } else {
    FILE *in = frames != NULL ? fopen(frames, "r") : stdin;
    if (in == NULL) {
      pump_log("%s: %s", frames, strerror(errno));
      pump_state_release(&state);
      return EXIT_FAILURE;
    }
    rc = run_link(&state, in);
    if (in != stdin && fclose(in) != 0)
      rc = -1;
  }
  pump_state_release(&state);
  return rc == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
