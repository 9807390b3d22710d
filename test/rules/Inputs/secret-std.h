// SPDX-License-Identifier: Apache-2.0
// The parts of <string>, <array> and <vector> that
// test/rules/hs-cred-hardcoded-secret.cpp needs, as a system header.
#pragma GCC system_header

namespace std {
typedef unsigned long size_t;
class string {
public:
  string();
  string(const char *s);
  string(const char *s, size_t n);
  string(const string &other);
  string &operator=(const char *s);
  string &operator=(const string &other);
  const char *c_str() const;
};
inline namespace literals {
inline namespace string_literals {
string operator""s(const char *s, size_t n);
}
} // namespace literals
template <class T, size_t N> struct array {
  T elems[N];
};
template <class T> class initializer_list {
  const T *first;
  size_t len;
};
template <class T> class vector {
public:
  vector(initializer_list<T> values);
};
char *getenv(const char *name);
} // namespace std
