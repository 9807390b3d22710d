// RUN: warden check --no-config --only=hs-ctl-switch-default --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-switch-default --fail-on=warning %s -- -std=c++17
void use(int v);

namespace pump {
enum class Alarm : unsigned char { Occlusion, AirInLine, LowBattery };
enum class DeviceId : int {};
} // namespace pump

void scoped(pump::Alarm a, pump::DeviceId id) {
  switch (a) {
  case pump::Alarm::Occlusion: use(1); break;
  case pump::Alarm::AirInLine: use(2); break;
  }
  // CHECK: hs-ctl-switch-default.cpp:[[@LINE-4]]:3: warning: switch over enum 'Alarm' does not handle enumerator 'LowBattery' and has no 'default' label; add the missing cases or a 'default' label [hs-ctl-switch-default]
  // An enum with no enumerators is an integer with a name.
  switch (id) {
  case pump::DeviceId{1}: use(1); break;
  }
  // CHECK: hs-ctl-switch-default.cpp:[[@LINE-3]]:3: warning: switch has no 'default' label; add one that handles unexpected values
  switch (a) {
  case pump::Alarm::Occlusion:
  case pump::Alarm::AirInLine:
  case pump::Alarm::LowBattery: use(0); break;
  }
}

// A switch on a dependent value is checked in its instantiations and
// reported once, at the template.
template <typename T> void dispatch(T v) {
  switch (v) {
  case 0: use(0); break;
  }
  // CHECK: hs-ctl-switch-default.cpp:[[@LINE-3]]:3: warning: switch has no 'default' label
}
template void dispatch<int>(int);
template void dispatch<long>(long);

template <typename T> void handled(T v) {
  switch (v) {
  case 0: use(0); break;
  default: break;
  }
}
template void handled<int>(int);
