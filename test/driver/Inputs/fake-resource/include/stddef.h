/* A stand-in resource directory: its stddef.h announces itself. */
#define WARDEN_FAKE_RESOURCE_DIR 1
typedef unsigned long size_t;
#define offsetof(t, m) __builtin_offsetof(t, m)
