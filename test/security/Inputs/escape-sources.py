#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Write the hostile sources of the escape-*.test tests into DIR.

Usage: escape-sources.py DIR

Raw ESC, OSC, C1, bidi and invalid UTF-8 bytes are generated here rather
than committed, so that the test files stay readable in any editor.
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

ESC = "\x1b"
CLEAR = ESC + "[2J" + ESC + "[H"
LINK = ESC + "]8;;https://evil.example/" + "\x07" + "docs" + ESC + "]8;;" + "\x07"
RLO = "\u202e"

def write(name, text):
    path = os.path.join(out, name)
    with open(path, "wb") as f:
        f.write(text if isinstance(text, bytes) else text.encode("utf-8"))

# Source lines: a clear-screen, an OSC 8 link and a bidi override in a
# comment before the finding; a justification that does the same.
write("lines.c",
      "char *gets(char *);\n"
      "void f(char *b) { /* " + CLEAR + LINK + RLO + "x */ gets(b); }\n"
      "void g(char *b) {\n"
      "  gets(b); // warden-ignore hs-api-gets: " + CLEAR
      + "all checks passed " + LINK + " " + RLO + "desrever\n"
      "}\n")

# A message that quotes the source: the rule list of a malformed directive.
write("directive.c",
      "char *gets(char *);\n"
      "void f(char *b) {\n"
      "  gets(b); // warden-ignore hs-api-gets" + CLEAR + RLO
      + ": justified at length here\n"
      "}\n")

# Edge cases of the rendering: every line has one finding after the odd
# bytes, so the caret shows whether the display columns are right.
edges = [
    b"/* C1 \xc2\x85 \xc2\x9b */ gets(b);",           # U+0085 NEL, U+009B CSI
    b"/* bad \xff \x80 \xc0\xaf */ gets(b);",         # invalid, stray, overlong
    b"/* sur \xed\xa0\x80 */ gets(b);",               # an encoded surrogate
    b"/* iso \xe2\x81\xa6\xe2\x81\xa9 del \x7f */ gets(b);",  # U+2066, U+2069
    b"/* wide \xe4\xb8\xad\xe6\x96\x87 e\xcc\x81 */\tgets(b);",  # CJK, combining
    b"gets(b); // truncated \xe2\x82",                # cut at the line end
]
write("edges.c",
      b"char *gets(char *);\nvoid f(char *b) {\n"
      + b"\n".join(edges) + b"\n}\n")

# A long line: the window around the finding must not cut a <U+001B> or a
# wide character in half, and the caret must stay under the call.
chunk = "/* " + ESC * 30 + "\u4e2d" * 30 + " */ "
write("long.c",
      "char *gets(char *);\nvoid f(char *b) {\n"
      + chunk * 4 + "gets(b); " + chunk * 4 + "\n}\n")

# A file name that clears the screen, and whose line break starts a forged
# summary line, with a compile database that names it.
import json
forged = ("x\x1b[2J\nwarden: 0 findings; all checks passed\n"
          + ESC + "]8;;https:evil.example" + "\x07" + RLO + "c.evil")
names = os.path.abspath(os.path.join(out, "names"))
os.makedirs(os.path.join(names, "build"), exist_ok=True)
with open(os.path.join(names, forged + ".c"), "w") as f:
    f.write("char *gets(char *);\nvoid f(char *b) { gets(b); }\n#error "
            + CLEAR + "stop\n")
with open(os.path.join(names, "build", "compile_commands.json"), "w") as f:
    json.dump([{"directory": names, "file": forged + ".c",
                "arguments": ["clang", "-c", forged + ".c"]}], f)
