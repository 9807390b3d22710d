// RUN: warden check --no-config --only=hs-ctl-goto --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-goto --fail-on=note %s -- -std=c++17
void use(int v);
bool poll();

// Gotos in templates, lambdas and member functions: each is placed in its
// own function.
template <typename T> void drain(T n) {
  while (n > 0) {
    if (poll())
      goto done;
    --n;
  }
done:
  use(0);
again:
  if (poll())
    goto again;
  // CHECK: hs-ctl-goto.cpp:[[@LINE-1]]:5: note: 'goto again' jumps backward to label 'again'; write the repetition as a loop [hs-ctl-goto]
  // CHECK: hs-ctl-goto.cpp:[[@LINE-4]]:1: note: label 'again' is here
}
template void drain<int>(int);
template void drain<long>(long);

struct Port {
  void flush() {
    auto step = [](int n) {
      if (n < 0)
        goto fail;
      use(n);
    fail:
      use(-1);
    };
    step(1);
    if (poll())
      goto out;
    {
    out:
      use(2);
    }
    // CHECK: hs-ctl-goto.cpp:[[@LINE-5]]:7: note: 'goto out' jumps into a nested block
    // CHECK: hs-ctl-goto.cpp:[[@LINE-4]]:5: note: label 'out' is here
  }
};
