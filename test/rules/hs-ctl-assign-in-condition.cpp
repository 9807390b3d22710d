// RUN: warden check --no-config --only=hs-ctl-assign-in-condition --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-assign-in-condition --fail-on=warning %s -- -std=c++17
struct Handle {
  int fd = -1;
  Handle &operator=(int v) {
    fd = v;
    return *this;
  }
  explicit operator bool() const { return fd >= 0; }
};
int open_device();
int *find(int id);
void use(int v);

// A class's operator= and operator bool: the same mistake.
void classes(Handle &h) {
  if (h = open_device())
    use(h.fd);
  // CHECK: hs-ctl-assign-in-condition.cpp:[[@LINE-2]]:9: warning: assignment used as the condition of 'if'; use '==' to compare, or test the assigned value explicitly, as in '(x = f()) != 0' [hs-ctl-assign-in-condition]
}

// Reported once at the pattern's operator, whatever the instantiations.
template <typename T> void wait_for(T &value, T target) {
  while (value = target)
    use(1);
  // CHECK: hs-ctl-assign-in-condition.cpp:[[@LINE-2]]:16: warning: assignment used as the condition of 'while'
}
template void wait_for<int>(int &, int);
template void wait_for<long>(long &, long);

// Negatives: declarations and C++17 initializers are not assignments.
void negative(int id) {
  if (int *p = find(id))
    use(*p);
  if (auto n = open_device(); n > 0)
    use(n);
  while (int *p = find(id))
    use(*p);
  if (int *p = find(id); p != nullptr)
    use(*p);
  int x;
  if ((x = open_device()) != 0)
    use(x);
}
