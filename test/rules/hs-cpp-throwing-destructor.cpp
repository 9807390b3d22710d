// RUN: warden check --no-config --only=hs-cpp-throwing-destructor --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BOTH --implicit-check-not='{{warning|error|note}}:'
// RUN: %expect_exit 1 warden check --no-config --only=hs-cpp-throwing-destructor %s -- -std=c++17
//
// Option reportPotentiallyThrowingCalls = true (test/rules/Inputs).
// RUN: warden check --config %S/Inputs/throwing-destructor-options.toml --only=hs-cpp-throwing-destructor --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CALLS,BOTH --implicit-check-not='{{warning|error|note}}:'
namespace std {
class exception {
public:
  virtual ~exception();
};
class runtime_error : public exception {
public:
  explicit runtime_error(const char *what);
};
} // namespace std
extern "C" int fclose(void *stream);
struct IoError : std::runtime_error {
  IoError();
};
bool flush_file(int fd);
void close_quietly(int fd) noexcept;
void log_error(const char *message) noexcept;

struct Recorder {
  ~Recorder() {
    if (!flush_file(fd))
      // CALLS: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:10: error: 'flush_file' may throw, and nothing in the destructor of 'Recorder' catches it; an exception leaving a destructor can terminate the program; catch it inside the destructor [hs-cpp-throwing-destructor]
      throw IoError();
    // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:7: error: 'throw' escapes the destructor of 'Recorder'; an exception leaving a destructor can terminate the program; handle the error inside the destructor [hs-cpp-throwing-destructor]
    // BOTH-NEXT: {{^}} {{ *}}[[@LINE-2]] |       throw IoError();
    // BOTH-NEXT: {{^}}      |       ^~~~~~~~~~~~~~~
  }
  int fd;
};

// Declared to throw: reported at the declaration, once.
struct Journal {
  ~Journal() noexcept(false);
  // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:14: error: destructor of 'Journal' is declared 'noexcept(false)'; an exception leaving it during stack unwinding terminates the program; make it noexcept and handle errors inside it [hs-cpp-throwing-destructor]
  int fd;
};
Journal::~Journal() noexcept(false) {
  close_quietly(fd);
}

// Caught inside: by the exact type, a base class, or catch (...); a throw
// inside a handler escapes unless an outer try catches it.
struct Session {
  ~Session() {
    try {
      throw IoError();
    } catch (const std::exception &) {
      log_error("close failed");
    }
    try {
      if (!flush_file(fd))
        throw IoError();
    } catch (...) {
      log_error("flush failed");
    }
    try {
      throw 42;
    } catch (const std::exception &) {
      // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-2]]:7: error: 'throw' escapes the destructor of 'Session'
    }
    try {
      flush_file(fd);
    } catch (const IoError &) {
      throw;
      // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:7: error: rethrow escapes the destructor of 'Session'
    }
    try {
      try {
        flush_file(fd);
      } catch (const IoError &) {
        throw;
      }
    } catch (...) {
    }
    // Lambdas run when they are called; local functions are not the
    // destructor either.
    auto later = [] { throw IoError(); };
    (void)later;
    fclose(nullptr);
    close_quietly(fd);
  }
  int fd;
};

// Safe twins: a noexcept(expr) chosen for a generic type, a destructor
// that handles its errors.
template <typename T> struct Wrapper {
  ~Wrapper() noexcept(noexcept(T())) {}
};
struct Quiet {
  ~Quiet() {
    if (!flush_file_noexcept())
      log_error("flush failed");
  }
  static bool flush_file_noexcept() noexcept;
};

// A function-try-block rethrows at the end of its handlers unless they
// return.
struct Stream {
  ~Stream() try {
    throw IoError();
    // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:5: error: 'throw' escapes the destructor of 'Stream'
  } catch (...) {
    log_error("close failed");
  }
};
struct Socket {
  ~Socket() try {
    throw IoError();
  } catch (...) {
    log_error("close failed");
    return;
  }
};

// A user's macro: reported where it is used.
#define CHECKED(cond)                                                         \
  if (!(cond))                                                                \
  throw IoError()
struct Device {
  ~Device() {
    CHECKED(flush_file(fd));
    // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:5: error: 'throw' escapes the destructor of 'Device'
    // BOTH-NEXT: {{^}} {{ *}}[[@LINE-2]] |     CHECKED(flush_file(fd));
    // BOTH-NEXT: {{^}}      |     ^~~~~~~{{$}}
    // BOTH-NEXT: hs-cpp-throwing-destructor.cpp:[[@LINE-7]]:3: note: expanded from macro 'CHECKED'
    // CALLS: hs-cpp-throwing-destructor.cpp:[[@LINE-5]]:13: error: 'flush_file' may throw
  }
  int fd;
};

// Templates: the class's name reads the same in every instantiation, so
// each throw is reported once.
template <typename T> struct Buffer {
  ~Buffer() {
    if (size < 0)
      throw T();
    // BOTH: hs-cpp-throwing-destructor.cpp:[[@LINE-1]]:7: error: 'throw' escapes the destructor of 'Buffer'
  }
  int size = 0;
};
template <typename T> struct Guarded {
  ~Guarded() {
    try {
      throw T();
    } catch (const T &) {
    }
  }
};
void use_templates() {
  Buffer<IoError> a;
  Buffer<int> b;
  Guarded<IoError> c;
  Wrapper<int> d;
}
