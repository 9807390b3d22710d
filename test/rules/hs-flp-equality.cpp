// RUN: warden check --no-config --only=hs-flp-equality --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-flp-equality --fail-on=warning %s -- -std=c++17
namespace std {
template <typename T> struct numeric_limits {
  static constexpr T infinity() { return T(); }
};
template <> struct numeric_limits<double> {
  static constexpr double infinity() { return __builtin_inf(); }
};
} // namespace std

// Reported in the instantiations whose type is floating, once, at the
// template; the int instantiation and the pattern stay silent.
template <typename T> bool reached(T value, T target) {
  return value == target;
  // CHECK: hs-flp-equality.cpp:[[@LINE-1]]:16: warning: floating-point values compared with '=='; rounding makes exact equality unreliable
}
bool use_reached() {
  return reached(1, 2) && reached(1.0, 2.0) && reached(1.0f, 2.0f);
}

struct Volume {
  double ml;
  bool operator==(const Volume &o) const { return ml == o.ml; }
  // CHECK: hs-flp-equality.cpp:[[@LINE-1]]:54: warning: floating-point values compared with '=='
};

// Negatives: a user-defined operator== on a class is not a built-in
// floating comparison; an infinity is exact.
bool negative(const Volume &a, const Volume &b, double x) {
  return a == b || x == std::numeric_limits<double>::infinity();
}
