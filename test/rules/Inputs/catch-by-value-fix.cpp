// SPDX-License-Identifier: Apache-2.0
// Input of the --fix run of test/rules/hs-cpp-catch-by-value.cpp.
struct Error {
  int code;
};
void run();
void log(const Error &);
void handle() {
  try {
    run();
  } catch (Error e) {
    log(e);
  }
  try {
    run();
  } catch (Error) {
  }
  try {
    run();
  } catch (Error e) { // warden-ignore hs-cpp-catch-by-value: copied on purpose
    log(e);
  }
}
