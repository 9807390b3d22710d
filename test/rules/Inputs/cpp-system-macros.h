// SPDX-License-Identifier: Apache-2.0
// A stand-in for a system header's macros (included with -isystem), for the
// tests of the C++ cast rules: code the user did not write and cannot change.
#define SYS_MAP_FAILED ((void *)-1)
#define SYS_TO_INT(x) ((int)(x))
#define SYS_UNCONST(p) ((char *)(p))
#define SYS_AS_BYTES(p) (reinterpret_cast<const long *>(p))
