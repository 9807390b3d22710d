// RUN: warden check --no-config --only=hs-ctl-goto --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 0 warden check --no-config --only=hs-ctl-goto %s --
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-goto --fail-on=note %s --
//
// Options, through a configuration (test/rules/Inputs): a rule with
// allowForwardToCleanup = false flags every goto.
// RUN: warden check --config %S/Inputs/goto-options.toml --only=test-ctl-no-goto --fail-on=never --quiet %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOGOTO --implicit-check-not='{{warning|error|note}}:'
typedef unsigned long size_t;
void *malloc(size_t n);
void free(void *p);
int read_frame(void *buf, size_t n);
int send_frame(const void *buf);
int decode(const void *buf);
void use(int v);

// MEM12-C's cleanup chain: forward, to labels of the function body.
int cleanup_chain(size_t n) {
  int status = -1;
  void *buf = malloc(n);
  if (buf == 0)
    goto out;
  // NOGOTO: hs-ctl-goto.c:[[@LINE-1]]:5: note: 'goto out' transfers control without structure; use a loop, 'break', 'continue' or an early return instead [test-ctl-no-goto]
  for (int i = 0; i < 3; ++i) {
    if (read_frame(buf, n) != 0) {
      goto free_buf;
      // NOGOTO: hs-ctl-goto.c:[[@LINE-1]]:7: note: 'goto free_buf' transfers control
    }
  }
  status = decode(buf);
free_buf:
  free(buf);
out:
  return status;
}

// A forward jump within the same nested block is accepted too.
void same_block(int n) {
  while (n-- > 0) {
    if (n == 5)
      goto next;
    // NOGOTO: hs-ctl-goto.c:[[@LINE-1]]:7: note: 'goto next' transfers
    use(n);
  next:
    use(0);
  }
}

void backward(const void *frame) {
  int tries = 0;
retry:
  if (send_frame(frame) != 0 && ++tries < 3)
    goto retry;
  // CHECK: hs-ctl-goto.c:[[@LINE-1]]:5: note: 'goto retry' jumps backward to label 'retry'; write the repetition as a loop [hs-ctl-goto]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |     goto retry;
  // CHECK-NEXT: {{^}}      |     ^~~~~~~~~~
  // CHECK: hs-ctl-goto.c:[[@LINE-6]]:1: note: label 'retry' is here
  // NOGOTO: hs-ctl-goto.c:[[@LINE-5]]:5: note: 'goto retry' transfers
}

void into_block(int n) {
  if (n > 2)
    goto inside;
  // CHECK: hs-ctl-goto.c:[[@LINE-1]]:5: note: 'goto inside' jumps into a nested block; jump only forward to a label in the same or an enclosing block [hs-ctl-goto]
  // CHECK: hs-ctl-goto.c:[[@LINE+4]]:3: note: label 'inside' is here
  // NOGOTO: hs-ctl-goto.c:[[@LINE-3]]:5: note: 'goto inside' transfers
  while (n > 0) {
    --n;
  inside:
    use(n);
  }
  // An unbraced body is a block too.
  if (n == 0)
    goto unbraced;
  // CHECK: hs-ctl-goto.c:[[@LINE-1]]:5: note: 'goto unbraced' jumps into a nested block
  // CHECK: hs-ctl-goto.c:[[@LINE+3]]:3: note: label 'unbraced' is here
  // NOGOTO: hs-ctl-goto.c:[[@LINE-3]]:5: note: 'goto unbraced' transfers
  if (n < 10)
  unbraced:
    use(n);
}

// GNU computed goto: always flagged.
void computed(int op) {
  static void *table[] = {&&add, &&sub};
  goto *table[op];
  // CHECK: hs-ctl-goto.c:[[@LINE-1]]:3: note: computed 'goto' jumps to an address known only at run time; use a 'switch' or a table of functions [hs-ctl-goto]
  // NOGOTO: hs-ctl-goto.c:[[@LINE-2]]:3: note: computed 'goto' jumps
add:
  use(1);
sub:
  use(2);
}

#define RETRY_IF(c) do { if (c) goto again; } while (0)
void in_macro(int n) {
again:
  --n;
  RETRY_IF(n > 0);
  // CHECK: hs-ctl-goto.c:[[@LINE-1]]:3: note: 'goto again' jumps backward to label 'again'
  // CHECK: hs-ctl-goto.c:[[@LINE-6]]:33: note: expanded from macro 'RETRY_IF'
  // CHECK: hs-ctl-goto.c:[[@LINE-5]]:1: note: label 'again' is here
  // NOGOTO: hs-ctl-goto.c:[[@LINE-4]]:3: note: 'goto again' transfers
  // NOGOTO: note: expanded from macro 'RETRY_IF'
}
