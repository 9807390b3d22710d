// SPDX-License-Identifier: Apache-2.0
// Input of the --fix run of test/rules/hs-cpp-c-style-cast.cpp.
struct Frame {
  int length;
};
int level(double reading) { return (int)reading; }
const Frame *view(const void *buffer) { return (const Frame *)buffer; }
long address(const Frame *f) { return (long)f; }
unsigned char code(int reading) { return (unsigned char)(reading >> 4); }
int legacy(double reading) {
  return (int)reading; // warden-ignore hs-cpp-c-style-cast: shared with the C build
}
