// SPDX-License-Identifier: Apache-2.0
// A shared library without Warden's entry point.
extern "C" __attribute__((visibility("default"))) int somethingElse() {
  return 42;
}
