/* Byte ring buffer with free-running indices; the capacity is a power of two
 * so that an index maps to a slot with a mask. */
#include "pump/ring_buffer.h"

#include <stdlib.h>
#include <string.h>

static bool is_power_of_two(size_t n) { return n != 0 && (n & (n - 1)) == 0; }

int ring_buffer_init(ring_buffer *rb, size_t capacity) {
  if (!is_power_of_two(capacity))
    return -1;
  rb->data = malloc(capacity);
  if (rb->data == NULL)
    return -1;
  rb->capacity = capacity;
  rb->head = 0;
  rb->tail = 0;
  return 0;
}

void ring_buffer_free(ring_buffer *rb) {
  free(rb->data);
  rb->data = NULL;
  rb->capacity = 0;
  rb->head = 0;
  rb->tail = 0;
}

size_t ring_buffer_used(const ring_buffer *rb) { return rb->head - rb->tail; }

size_t ring_buffer_space(const ring_buffer *rb) {
  return rb->capacity - ring_buffer_used(rb);
}

bool ring_buffer_put(ring_buffer *rb, unsigned char byte) {
  if (ring_buffer_space(rb) == 0)
    return false;
  rb->data[rb->head & (rb->capacity - 1)] = byte;
  rb->head++;
  return true;
}

bool ring_buffer_get(ring_buffer *rb, unsigned char *byte) {
  if (ring_buffer_used(rb) == 0)
    return false;
  *byte = rb->data[rb->tail & (rb->capacity - 1)];
  rb->tail++;
  return true;
}

size_t ring_buffer_write(ring_buffer *rb, const void *src, size_t len) {
  const unsigned char *bytes = src;
  size_t n = len < ring_buffer_space(rb) ? len : ring_buffer_space(rb);
  size_t start = rb->head & (rb->capacity - 1);
  size_t first = n < rb->capacity - start ? n : rb->capacity - start;

  memcpy(rb->data + start, bytes, first);
  memcpy(rb->data, bytes + first, n - first);
  rb->head += n;
  return n;
}

int ring_buffer_read_line(ring_buffer *rb, char *dst, size_t dst_size) {
  size_t used = ring_buffer_used(rb);
  size_t len = 0;
  unsigned char byte;

  /* Look for the end of the frame before consuming anything. */
  while (len < used && rb->data[(rb->tail + len) & (rb->capacity - 1)] != '\n')
    len++;
  if (len == used)
    return 0;

  if (len >= dst_size) {
    rb->tail += len + 1; /* drop the oversized frame and its newline */
    return -1;
  }
  for (size_t i = 0; i < len; i++) {
    ring_buffer_get(rb, &byte);
    dst[i] = (char)byte;
  }
  ring_buffer_get(rb, &byte); /* the '\n' */
  if (len > 0 && dst[len - 1] == '\r')
    len--;
  dst[len] = '\0';
  return (int)len;
}

int ring_buffer_grow(ring_buffer *rb, size_t new_capacity) {
  size_t used = ring_buffer_used(rb);
  size_t start = rb->tail & (rb->capacity - 1);

  if (new_capacity <= rb->capacity || !is_power_of_two(new_capacity))
    return -1;
  /* deliberate: hs-mem-realloc-leak (demo) -- if realloc() fails, the old
   * block and the bytes it holds are lost. */
  rb->data = realloc(rb->data, new_capacity);
  if (rb->data == NULL)
    return -1;

  /* The part that wrapped to the start of the old block moves to just after
   * its old end, so the contents become contiguous again. */
  if (start + used > rb->capacity)
    memcpy(rb->data + rb->capacity, rb->data, start + used - rb->capacity);
  rb->tail = start;
  rb->head = start + used;
  rb->capacity = new_capacity;
  return 0;
}
