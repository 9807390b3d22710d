// RUN: warden check --no-config --only=hs-cpp-use-after-move --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-use-after-move --fail-on=warning %s -- -std=c++17
namespace std {
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> struct remove_reference<T &&> { typedef T type; };
template <class T>
constexpr typename remove_reference<T>::type &&move(T &&t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T>
constexpr T &&forward(typename remove_reference<T>::type &t) noexcept {
  return static_cast<T &&>(t);
}
template <class C> class basic_string {
public:
  basic_string();
  basic_string(const char *);
  basic_string(const basic_string &);
  basic_string(basic_string &&);
  ~basic_string();
  basic_string &operator=(const basic_string &);
  basic_string &operator=(basic_string &&);
  const char *c_str() const;
  unsigned size() const;
  bool empty() const;
  void clear();
  void assign(const char *);
};
typedef basic_string<char> string;
template <class T> class vector {
public:
  vector();
  vector(vector &&);
  void push_back(const T &);
  void push_back(T &&);
  void clear();
  unsigned size() const;
};
template <class T> class unique_ptr {
public:
  unique_ptr();
  unique_ptr(unique_ptr &&);
  ~unique_ptr();
  T *get() const;
  T *operator->() const;
  T &operator*() const;
  explicit operator bool() const;
  void reset(T *p = nullptr);
};
} // namespace std
struct Record {
  std::string patient;
  Record();
  Record(Record &&);
  Record &operator=(Record &&);
  [[clang::reinitializes]] void clear();
  bool valid() const;
};
void log_info(const char *message);
void queue(Record r);
void queue_all(std::vector<Record> &&records);
void take(std::string s);
void reload(std::string &into);
void reload_ptr(std::string *into);
void inspect(const std::string &s);
bool ready();

void positives(Record record, std::string name) {
  queue(std::move(record));
  log_info(record.patient.c_str());
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:12: warning: 'record' is used after it was moved from, when its value is unspecified; give it a new value (assign it, or call clear() or reset()) before using it again [hs-cpp-use-after-move]
  // CHECK-NEXT: {{^}} {{ *}}[[@LINE-2]] |   log_info(record.patient.c_str());
  // CHECK-NEXT: {{^}}      |            ^
  // CHECK-NEXT: hs-cpp-use-after-move.cpp:[[@LINE-5]]:9: note: 'record' is moved from here
  // Only the first use after a move is reported.
  log_info(record.patient.c_str());
  std::string copy = std::move(name);
  if (name.empty())
    // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:7: warning: 'name' is used after it was moved from
    // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:22: note: 'name' is moved from here
    return;
  // Passing to a const reference reads it.
  inspect(copy);
  take(std::move(copy));
  inspect(copy);
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:11: warning: 'copy' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:8: note: 'copy' is moved from here
}

// On some path: a move in a branch, a use after the branch.
void on_a_path(std::string s) {
  if (ready())
    take(std::move(s));
  inspect(s);
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:11: warning: 's' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:10: note: 's' is moved from here
}

// In a loop, the move of one iteration precedes the use of the next.
void in_a_loop(std::vector<Record> &out) {
  Record r;
  for (int i = 0; i < 3; ++i) {
    if (r.valid())
      // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:9: warning: 'r' is used after it was moved from
      // CHECK: hs-cpp-use-after-move.cpp:[[@LINE+2]]:19: note: 'r' is moved from here, in an earlier iteration of the loop
      log_info("valid");
    out.push_back(std::move(r));
  }
}

// A moving std::forward; the arguments of one call are evaluated in an
// unspecified order.
template <typename T> void forward_twice(T &&value) {
  take(std::forward<T>(value));
  take(std::forward<T>(value));
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:24: warning: 'value' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:8: note: 'value' is moved from here
}
void both(std::string a, std::string b);
void unsequenced(std::string s) {
  both(s, std::move(s));
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:8: warning: 's' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-2]]:11: note: 's' is moved from here, in another argument of the same call: the arguments are evaluated in an unspecified order
}
void unsequenced_other(std::string s) {
  both(std::move(s), s);
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:22: warning: 's' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-2]]:8: note: 's' is moved from here, in another argument of the same call: the arguments are evaluated in an unspecified order
}

// Safe twins: reinitialised (assignment, clear(), assign(), reset(), a
// [[clang::reinitializes]] method, a call that takes it by non-const
// reference or pointer), moved on exclusive paths, a moved-from smart
// pointer tested or reset, a const object (std::move copies it), a scalar,
// a use before the move, and an unevaluated use.
void twins(std::string s, Record r, std::unique_ptr<Record> p, const std::string c,
           int n) {
  take(std::move(s));
  s = "again";
  inspect(s);
  take(std::move(s));
  s.clear();
  inspect(s);
  take(std::move(s));
  s.assign("x");
  inspect(s);
  take(std::move(s));
  reload(s);
  inspect(s);
  take(std::move(s));
  reload_ptr(&s);
  inspect(s);
  queue(std::move(r));
  r.clear();
  log_info(r.patient.c_str());
  std::unique_ptr<Record> q = std::move(p);
  if (!p)
    log_info("moved");
  p.reset(new Record);
  p->valid();
  take(std::move(c));
  inspect(c);
  int m = std::move(n);
  (void)n, (void)m;
  inspect(s);
  take(std::move(s));
  unsigned size = sizeof(s);
  (void)size;
  s = "y";
  if (ready())
    take(std::move(s));
  else
    inspect(s);
  for (int i = 0; i < 3; ++i) {
    std::string fresh = "x";
    take(std::move(fresh));
  }
}

// A move constructor that moves its base, then its own members, still
// reads the members of the derived class (DCMTK's oflog Logger:
// 'AppenderAttachable(std::move(rhs)), value(std::move(rhs.value))'); a
// member of the base that was moved is used after the move.
struct Attachable {
  Attachable(Attachable &&);
  int appenders;
};
struct Logger : Attachable {
  Logger(Logger &&rhs)
      : Attachable(std::move(rhs)), value(std::move(rhs.value)),
        count(rhs.appenders) {
    // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:15: warning: 'rhs' is used after it was moved from
    // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:20: note: 'rhs' is moved from here
    rhs.count = 0;
  }
  std::string value;
  int count;
};
// The base has no move constructor (DCMTK's AppenderAttachable declares only
// a virtual destructor): 'std::move(rhs)' is made const, then converted to
// the base, and copied; the derived class's members are still valid.
struct CopiedBase {
  CopiedBase(const CopiedBase &);
  virtual ~CopiedBase();
};
struct CopyingLogger : CopiedBase {
  CopyingLogger(CopyingLogger &&rhs)
      : CopiedBase(std::move(rhs)), value(std::move(rhs.value)) {
    rhs.count = 0;
  }
  std::string value;
  int count;
};

// Lvalue std::forward does not move.
template <typename T> void forward_lvalue(T &&value) {
  inspect(std::forward<T>(value));
  inspect(value);
}
void use_templates(std::string s) {
  forward_twice(std::string("x"));
  forward_twice(s);
  forward_lvalue(s);
}

// A user's macro: the use is reported where the macro is used.
#define LOG_NAME(r) log_info((r).patient.c_str())
void in_macro(Record r) {
  queue(std::move(r));
  LOG_NAME(r);
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-1]]:12: warning: 'r' is used after it was moved from
  // CHECK: hs-cpp-use-after-move.cpp:[[@LINE-3]]:9: note: 'r' is moved from here
}
