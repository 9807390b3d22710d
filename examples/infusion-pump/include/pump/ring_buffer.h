/* Byte ring buffer between the UART receive handler and the frame parser. */
#ifndef PUMP_RING_BUFFER_H
#define PUMP_RING_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ring_buffer {
  unsigned char *data;
  size_t capacity; /* a power of two */
  size_t head;     /* free-running write index */
  size_t tail;     /* free-running read index */
} ring_buffer;

int ring_buffer_init(ring_buffer *rb, size_t capacity);
void ring_buffer_free(ring_buffer *rb);
size_t ring_buffer_used(const ring_buffer *rb);
size_t ring_buffer_space(const ring_buffer *rb);
bool ring_buffer_put(ring_buffer *rb, unsigned char byte);
bool ring_buffer_get(ring_buffer *rb, unsigned char *byte);

/* Writes as many bytes of src as fit; returns how many were written. */
size_t ring_buffer_write(ring_buffer *rb, const void *src, size_t len);

/* Moves one '\n'-terminated frame, without the newline (and a '\r' before
 * it), into dst and NUL-terminates it. Returns the frame length, 0 when no
 * complete frame is buffered, or -1 when the frame did not fit in dst (the
 * frame is then discarded). */
int ring_buffer_read_line(ring_buffer *rb, char *dst, size_t dst_size);

/* Doubles (or more) the capacity, keeping the buffered bytes. */
int ring_buffer_grow(ring_buffer *rb, size_t new_capacity);

#endif /* PUMP_RING_BUFFER_H */
