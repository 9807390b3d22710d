// RUN: warden check --no-config --only=hs-ctl-recursion --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-ctl-recursion --fail-on=warning %s -- -std=c++17

// Member functions, through an object.
struct Node {
  Node *child = nullptr;
  int print() const;
  int size() const { return child ? 1 + child->size() : 1; }
  // CHECK: hs-ctl-recursion.cpp:[[@LINE-1]]:7: warning: 'Node::size' calls itself; the depth of recursion depends on the input
  // CHECK: hs-ctl-recursion.cpp:[[@LINE-2]]:48: note: 'Node::size' calls itself here
};

// Mutual recursion between a member and a free function.
int print_node(const Node &n);
int Node::print() const { return child ? print_node(*child) : 0; }
// CHECK: hs-ctl-recursion.cpp:[[@LINE-1]]:11: warning: 'Node::print' is recursive through 'print_node'
// CHECK: hs-ctl-recursion.cpp:[[@LINE-2]]:42: note: 'Node::print' calls 'print_node' here
int print_node(const Node &n) { return n.print(); }
// CHECK: hs-ctl-recursion.cpp:[[@LINE-1]]:42: note: 'print_node' calls 'Node::print' here

// A template is reported once, at the pattern, for all instantiations.
template <typename T> T power(T base, unsigned e) {
  return e == 0 ? T(1) : base * power(base, e - 1);
}
// CHECK: hs-ctl-recursion.cpp:[[@LINE-3]]:25: warning: 'power' calls itself
// CHECK: hs-ctl-recursion.cpp:[[@LINE-3]]:33: note: 'power' calls itself here
int use_power() { return power(2, 3) + int(power(2.0, 3)); }

// Negative: compile-time recursion over different instantiations ends.
template <unsigned N> unsigned factorial() { return N * factorial<N - 1>(); }
template <> unsigned factorial<0>() { return 1; }
unsigned use_factorial() { return factorial<4>(); }

// Negative: a lambda calling the function that defines it is not a cycle
// unless the lambda is called from it... here it is not.
int outer(int v) {
  auto later = [](int x) { return outer(x); };
  (void)later;
  return v;
}

// A lambda that the function calls and that calls the function back.
int walk(int v) {
  auto step = [](int x) { return walk(x - 1); };
  return v > 0 ? step(v) : 0;
}
// CHECK: hs-ctl-recursion.cpp:[[@LINE-4]]:5: warning: 'walk' is recursive through a lambda; the depth of recursion
// CHECK: hs-ctl-recursion.cpp:[[@LINE-3]]:18: note: 'walk' calls a lambda here
// CHECK: hs-ctl-recursion.cpp:[[@LINE-5]]:34: note: a lambda calls 'walk' here

// A constructor that constructs its own type.
struct Tree {
  Tree *next;
  explicit Tree(int depth) : next(depth > 0 ? new Tree(depth - 1) : nullptr) {}
  // CHECK: hs-ctl-recursion.cpp:[[@LINE-1]]:12: warning: 'Tree::Tree' calls itself
  // CHECK: hs-ctl-recursion.cpp:[[@LINE-2]]:51: note: 'Tree::Tree' calls itself here
};
