// RUN: warden check --no-config --only=hs-cpp-auto-ptr --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-auto-ptr --fail-on=warning %s -- -std=c++17
//
// The fixes, as SARIF fixes.
// RUN: warden check --no-config --only=hs-cpp-auto-ptr --fail-on=never --quiet --format sarif -o %t.sarif %s -- -std=c++17
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// --fix rewrites a copy of an input; a suppressed finding is left as it is.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %S/Inputs/auto-ptr-fix.cpp %t.dir/auto-ptr-fix.cpp
// RUN: cd %t.dir && warden check --no-config --only='hs-cpp-auto-ptr,warden-suppress-*' --fail-on=never --fix auto-ptr-fix.cpp -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=APPLIED
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.dir/auto-ptr-fix.cpp --match-full-lines
// APPLIED: warden: applied 1 fix in 1 file
// FIXED: std::unique_ptr<Device> primary;
// FIXED-NEXT: std::auto_ptr<Device> legacy; // warden-ignore hs-cpp-auto-ptr: kept for the C++03 build
//
// C++17 removed std::auto_ptr: the test declares its own.
namespace std {
template <class T> class auto_ptr {
public:
  explicit auto_ptr(T *p = 0);
  auto_ptr(auto_ptr &other);
  ~auto_ptr();
  T *get() const;
};
template <class T> class unique_ptr {
public:
  explicit unique_ptr(T *p = nullptr);
  ~unique_ptr();
};
template <class T> class vector {
public:
  void push_back(const T &);
};
} // namespace std
struct Device {
  int port;
};
Device *open_device(int port);

std::auto_ptr<Device> open(int port) {
  // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:6: warning: 'std::auto_ptr' is removed from C++17, and copying one silently transfers ownership; use 'std::unique_ptr', with 'std::move' where a copy transfers ownership [hs-cpp-auto-ptr]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | std::auto_ptr<Device> open(int port) {
  // CHECK-NEXT: {{^}}      |      ^~~~~~~~~~~~~~~~
  // CHECK-NEXT: {{^}}      |      unique_ptr
  // SARIF: "text": "'std::auto_ptr' is removed from C++17
  // SARIF: "fixes": [
  // SARIF: "text": "use 'unique_ptr'"
  // SARIF: "deletedRegion": {
  // SARIF-NEXT: "startLine": [[@LINE-9]],
  // SARIF-NEXT: "startColumn": 6,
  // SARIF-NEXT: "endLine": [[@LINE-11]],
  // SARIF-NEXT: "endColumn": 14
  // SARIF: "insertedContent": {
  // SARIF-NEXT: "text": "unique_ptr"
  std::auto_ptr<Device> device(open_device(port));
  // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:8: warning: 'std::auto_ptr' is removed
  return device;
}

// Parameters, members, template arguments, typedefs and using-declarations.
void start(std::auto_ptr<Device> device);
// CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:17: warning: 'std::auto_ptr' is removed
struct Monitor {
  std::auto_ptr<Device> device;
  // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:8: warning: 'std::auto_ptr' is removed
  std::vector<std::auto_ptr<Device> > spares;
  // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:20: warning: 'std::auto_ptr' is removed
};
typedef std::auto_ptr<Device> DevicePtr;
// CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:14: warning: 'std::auto_ptr' is removed
// Uses through the typedef are the typedef's.
DevicePtr spare;
using std::auto_ptr;
// CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:12: warning: 'std::auto_ptr' is removed
// CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | using std::auto_ptr;
// CHECK-NEXT: {{^}}      |            ^~~~~~~~
// CHECK-NEXT: {{^}}      |            unique_ptr
auto_ptr<Device> unqualified;
// CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:1: warning: 'std::auto_ptr' is removed

// Safe twins: std::unique_ptr, and a project's own auto_ptr.
namespace app {
template <class T> class auto_ptr {};
} // namespace app
std::unique_ptr<Device> owned;
app::auto_ptr<Device> own_type;

// A user's macro: reported where it is used, without a fix.
#define DEVICE_PTR std::auto_ptr<Device>
DEVICE_PTR from_macro;
// CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:1: warning: 'std::auto_ptr' is removed
// CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] | DEVICE_PTR from_macro;
// CHECK-NEXT: {{^}}      | ^~~~~~~~~~
// CHECK-NEXT: hs-cpp-auto-ptr.cpp:[[@LINE-5]]:25: note: expanded from macro 'DEVICE_PTR'

// Templates: written once, reported once.
template <class T> struct Pool {
  std::auto_ptr<T> first;
  // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:8: warning: 'std::auto_ptr' is removed
  T *take() {
    std::auto_ptr<T> local(first.get());
    // CHECK: hs-cpp-auto-ptr.cpp:[[@LINE-1]]:10: warning: 'std::auto_ptr' is removed
    return local.get();
  }
};
Pool<Device> devices;
Pool<int> numbers;
Device *take_device() { return devices.take(); }
