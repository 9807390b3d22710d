// RUN: warden check --no-config --only=hs-err-unchecked-privilege-drop --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
typedef unsigned int uid_t;
extern "C" int setuid(uid_t uid);
extern "C" [[noreturn]] void abort();
namespace sandbox {
// Not the library function: same name, user namespace.
int setuid(uid_t uid) { return 0; }
} // namespace sandbox

template <typename Id> void dropTo(Id id) {
  static_cast<void>(::setuid(id));
  // CHECK: hs-err-unchecked-privilege-drop.cpp:[[@LINE-1]]:23: error: result of 'setuid' is discarded with a cast to 'void'; a failed call leaves the process privileged, so check it and stop on failure [hs-err-unchecked-privilege-drop]
}

template <typename Id> void dropChecked(Id id) {
  if (::setuid(id) != 0)
    abort();
}

void run(uid_t uid) {
  dropTo(uid);
  dropTo(0u);
  dropChecked(uid);
  sandbox::setuid(uid);
  [uid] { setuid(uid); }();
  // CHECK: hs-err-unchecked-privilege-drop.cpp:[[@LINE-1]]:11: error: result of 'setuid' is ignored
}
