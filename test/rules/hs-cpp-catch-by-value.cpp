// RUN: warden check --no-config --only=hs-cpp-catch-by-value --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-catch-by-value --fail-on=warning %s -- -std=c++17
//
// The fixes, as SARIF fixes.
// RUN: warden check --no-config --only=hs-cpp-catch-by-value --fail-on=never --quiet --format sarif -o %t.sarif %s -- -std=c++17
// RUN: validate-sarif --github %t.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file=%t.sarif
//
// --fix rewrites a copy of an input; a suppressed finding is left as it is.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %S/Inputs/catch-by-value-fix.cpp %t.dir/catch-by-value-fix.cpp
// RUN: cd %t.dir && warden check --no-config --only='hs-cpp-catch-by-value,warden-suppress-*' --fail-on=never --fix catch-by-value-fix.cpp -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=APPLIED
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.dir/catch-by-value-fix.cpp --match-full-lines
// APPLIED: warden: applied 2 fixes in 1 file
// FIXED: } catch (const Error &e) {
// FIXED: } catch (const Error &) {
// FIXED: } catch (Error e) { // warden-ignore hs-cpp-catch-by-value: copied on purpose
namespace std {
class exception {
public:
  virtual ~exception();
  virtual const char *what() const noexcept;
};
class runtime_error : public exception {
public:
  explicit runtime_error(const char *what);
};
} // namespace std
struct DeviceError : std::runtime_error {
  DeviceError();
  void addContext(const char *context);
  int code;
};
void deliver(int dose);
void log_error(const char *message);

void by_value(int dose) {
  try {
    deliver(dose);
  } catch (std::runtime_error e) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'std::runtime_error' is caught by value, which slices derived exceptions and copies the object; catch it by reference to const [hs-cpp-catch-by-value]
    // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   } catch (std::runtime_error e) {
    // CHECK-NEXT: {{^}}      |            ^~~~~~~~~~~~~~~~~~~~
    // CHECK-NEXT: {{^}}      |            const {{$}}
    // CHECK-NEXT: {{^}}      |                               &{{$}}
    // SARIF: "text": "exception of type 'std::runtime_error' is caught by value
    // SARIF: "fixes": [
    // SARIF: "text": "catch by reference to const"
    // SARIF: "deletedRegion": {
    // SARIF-NEXT: "startLine": [[@LINE-10]],
    // SARIF-NEXT: "startColumn": 12,
    // SARIF-NEXT: "endLine": [[@LINE-12]],
    // SARIF-NEXT: "endColumn": 12
    // SARIF: "insertedContent": {
    // SARIF-NEXT: "text": "const "
    // SARIF: "deletedRegion": {
    // SARIF-NEXT: "startLine": [[@LINE-17]],
    // SARIF-NEXT: "startColumn": 31,
    // SARIF-NEXT: "endLine": [[@LINE-19]],
    // SARIF-NEXT: "endColumn": 31
    // SARIF: "insertedContent": {
    // SARIF-NEXT: "text": "&"
    log_error(e.what());
  }
  // Already const: only the reference is missing.
  try {
    deliver(dose);
  } catch (const DeviceError e) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'const DeviceError' is caught by value, which slices derived exceptions and copies the object; catch it by reference to const [hs-cpp-catch-by-value]
    // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   } catch (const DeviceError e) {
    // CHECK-NEXT: {{^}}      |            ^~~~~~~~~~~~~~~~~~~
    // CHECK-NEXT: {{^}}      |                              &{{$}}
    log_error(e.what());
  }
  // Unnamed: the reference goes after the type.
  try {
    deliver(dose);
  } catch (std::exception) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'std::exception' is caught by value
    // SARIF: "text": "exception of type 'std::exception' is caught by value
    // SARIF: "text": "catch by reference to const"
    // SARIF: "insertedContent": {
    // SARIF-NEXT: "text": "const "
    // SARIF: "deletedRegion": {
    // SARIF-NEXT: "startLine": [[@LINE-7]],
    // SARIF-NEXT: "startColumn": 26,
    // SARIF-NEXT: "endLine": [[@LINE-9]],
    // SARIF-NEXT: "endColumn": 26
    // SARIF: "insertedContent": {
    // SARIF-NEXT: "text": " &"
    log_error("failed");
  }
  // A handler that modifies the exception keeps modifying it through a
  // reference: no 'const'.
  try {
    deliver(dose);
  } catch (DeviceError e) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'DeviceError' is caught by value, which slices derived exceptions and copies the object; catch it by reference [hs-cpp-catch-by-value]
    // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   } catch (DeviceError e) {
    // CHECK-NEXT: {{^}}      |            ^~~~~~~~~~~~~
    // CHECK-NEXT: {{^}}      |                        &{{$}}
    e.addContext("delivering a dose");
    throw e;
  }
}

// Safe twins: by reference, by pointer (another problem), scalars (no
// slicing), catch-all.
void twins(int dose) {
  try {
    deliver(dose);
  } catch (const DeviceError &e) {
    log_error(e.what());
  } catch (std::exception &e) {
    log_error(e.what());
  } catch (const char *message) {
    log_error(message);
  } catch (int code) {
    (void)code;
  } catch (...) {
    throw;
  }
}

// A handler written by a user's macro: reported where it is used, without
// a fix.
#define GUARDED(stmt)                                                         \
  try {                                                                       \
    stmt;                                                                     \
  } catch (std::exception e) {                                                \
    log_error(e.what());                                                      \
  }
void in_macro(int dose) {
  GUARDED(deliver(dose));
  // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:3: warning: exception of type 'std::exception' is caught by value
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   GUARDED(deliver(dose));
  // CHECK-NEXT: {{^}}      |   ^~~~~~~{{$}}
  // CHECK-NEXT: hs-cpp-catch-by-value.cpp:[[@LINE-8]]:12: note: expanded from macro 'GUARDED'
}

// Templates: a dependent handler is judged in each instantiation (by value
// of a class: reported once; of a scalar: accepted); the type is named as
// written.
template <typename E> void retry(int dose) {
  try {
    deliver(dose);
  } catch (E e) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'E' is caught by value, which slices derived exceptions and copies the object; catch it by reference to const [hs-cpp-catch-by-value]
    // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   } catch (E e) {
    // CHECK-NEXT: {{^}}      |            ^~~
    // CHECK-NEXT: {{^}}      |            const {{$}}
    // CHECK-NEXT: {{^}}      |              &{{$}}
  }
}
template <typename E> void fixed_type(int dose) {
  try {
    deliver(dose);
  } catch (std::exception e) {
    // CHECK: hs-cpp-catch-by-value.cpp:[[@LINE-1]]:12: warning: exception of type 'std::exception' is caught by value
  }
}
void use_templates() {
  retry<std::exception>(1);
  retry<DeviceError>(1);
  retry<int>(1);
  fixed_type<int>(1);
}
