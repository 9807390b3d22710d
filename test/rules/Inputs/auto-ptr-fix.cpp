// SPDX-License-Identifier: Apache-2.0
// Input of the --fix run of test/rules/hs-cpp-auto-ptr.cpp.
namespace std {
template <class T> class auto_ptr {
public:
  explicit auto_ptr(T *p = 0);
};
template <class T> class unique_ptr {
public:
  explicit unique_ptr(T *p = nullptr);
};
} // namespace std
struct Device {};
std::auto_ptr<Device> primary;
std::auto_ptr<Device> legacy; // warden-ignore hs-cpp-auto-ptr: kept for the C++03 build
