/* Maintenance-port service console, imported from the 1.x firmware.
 *
 * Field engineers connect a terminal to the maintenance UART (wired to
 * stdin/stdout on this build) and type commands:
 *   LOGIN <badge>          identify the engineer (logged)
 *   SET <limit> <value>    change a dose limit (rate_max, bolus_max, vtbi_max)
 *   SHOW                   print the state and the dose limits
 *   FRAME <command>        inject a protocol frame, e.g. FRAME RATE 5
 *   QUIT
 * Built as C99: see CMakeLists.txt. */
#include "pump/protocol.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CONSOLE_LINE_MAX 128
#define CONSOLE_DUMP_MAX 512

static jmp_buf console_recover;
static char engineer[16];

static void console_fail(const char *why) {
  fprintf(stdout, "?? %s\n", why);
  /* deliberate: hs-api-setjmp-longjmp (demo) -- jumps back to the prompt
   * from any depth of the command handlers. A justified deviation: */
  // warden-ignore-next-line hs-api-setjmp-longjmp: console handlers hold no heap memory, locks or open files when they fail, so the jump skips no cleanup; ticket=PUMP-210; expires=2027-06-30; approver=R. Quality
  longjmp(console_recover, 1);
}

static void console_set_limit(pump_state *s, char *args) {
  /* deliberate: hs-api-strtok (demo) */
  char *name = strtok(args, " ");
  char *value = strtok(NULL, " ");

  if (name == NULL || value == NULL)
    console_fail("usage: SET <limit> <value>");
  if (strcmp(name, "rate_max") == 0)
    s->limits.rate_max_ml_h = strtod(value, NULL);
  else if (strcmp(name, "bolus_max") == 0)
    s->limits.bolus_max_ml = strtod(value, NULL);
  else if (strcmp(name, "vtbi_max") == 0)
    /* deliberate: hs-api-ato-conversion (demo) */
    s->limits.vtbi_max_ml = atol(value);
  else
    console_fail("unknown limit");
  fprintf(stdout, "limit %s changed by %s\n", name,
          engineer[0] ? engineer : "(nobody)");
}

static int console_show(const pump_state *s, FILE *out) {
  int rc = 0;
  char *text = malloc(CONSOLE_DUMP_MAX);

  if (text == NULL)
    return -1;
  int n =
      snprintf(text, CONSOLE_DUMP_MAX,
               "mode=%s rate=%.1f vtbi=%ld patient=%s\n"
               "limits: rate %.1f-%.1f mL/h, bolus %.1f mL, vtbi %ld mL\n",
               pump_mode_name(s->mode), s->rate_ml_h, s->vtbi_ml, s->patient_id,
               s->limits.rate_min_ml_h, s->limits.rate_max_ml_h,
               s->limits.bolus_max_ml, s->limits.vtbi_max_ml);
  if (n < 0 || n >= CONSOLE_DUMP_MAX) {
    free(text);
    rc = -1;
  } else if (fputs(text, out) == EOF) {
    rc = -1;
  }
  /* deliberate: hs-mem-double-free (demo) -- the truncation branch above has
   * already freed text. */
  free(text);
  return rc;
}

int service_console_run(pump_state *s) {
  char line[CONSOLE_LINE_MAX];
  char command[16];
  char reply[PUMP_FRAME_MAX];

  fputs("pump service console 1.9 -- authorised personnel only\n", stdout);
  /* deliberate: hs-api-setjmp-longjmp (demo) -- console_fail() comes back
   * here; locals changed since then are indeterminate. */
  setjmp(console_recover); // warden-ignore hs-api-setjmp-longjmp: the loop re-reads every local after the jump; ticket=PUMP-210; expires=2027-06-30; approver=R. Quality
  for (;;) {
    /* deliberate: hs-api-obsolescent (demo) -- bzero() */
    bzero(line, sizeof line);
    fputs("svc> ", stdout);
    fflush(stdout);
    /* deliberate: hs-api-gets (demo) */
    if (gets(line) == NULL)
      return 0;
    /* deliberate: hs-api-scanf-unbounded-string (demo) -- %s with no field
     * width into command[16]. */
    if (sscanf(line, "%s", command) != 1)
      continue;
    char *args = line + strlen(command);
    args += strspn(args, " ");

    if (strcmp(command, "QUIT") == 0) {
      return 0;
    } else if (strcmp(command, "LOGIN") == 0) {
      /* The bounded form: at most 15 characters plus the NUL. */
      if (sscanf(args, "%15s", engineer) != 1)
        console_fail("usage: LOGIN <badge>");
      fprintf(stdout, "hello %s\n", engineer);
    } else if (strcmp(command, "SET") == 0) {
      console_set_limit(s, args);
    } else if (strcmp(command, "SHOW") == 0) {
      if (console_show(s, stdout) != 0)
        console_fail("cannot show state");
    } else if (strcmp(command, "FRAME") == 0) {
      pump_handle_frame(s, args, reply, sizeof reply);
      fprintf(stdout, "%s\n", reply);
    } else {
      /* deliberate: hs-fmt-nonliteral-format (demo) -- echoes the typed
       * command as a format string. */
      printf(line);
      printf(": unknown command\n");
    }
  }
}
