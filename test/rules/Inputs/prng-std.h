// SPDX-License-Identifier: Apache-2.0
// The parts of <random>, <algorithm>, <string> and <chrono> that
// test/rules/hs-crypto-insecure-prng.cpp needs, as a system header (library
// code is not analysed, as with the real headers).
#pragma GCC system_header

extern "C" int rand();
extern "C" unsigned long getrandom(void *buf, unsigned long n, unsigned flags);
namespace std {
using ::rand;
template <class It> void random_shuffle(It first, It last);
template <class It, class G> void random_shuffle(It first, It last, G &&g);
template <class It, class G> void shuffle(It first, It last, G &&g);
template <class It, class Gen> void generate(It first, It last, Gen g);
template <class UInt, UInt A, UInt C, UInt M>
class linear_congruential_engine {
public:
  using result_type = UInt;
  static constexpr result_type default_seed = 1u;
  linear_congruential_engine() : linear_congruential_engine(default_seed) {}
  explicit linear_congruential_engine(result_type s) : x(s) {}
  void seed(result_type s = default_seed) { x = s; }
  result_type operator()() { return x = (A * x + C) % M; }

private:
  result_type x;
};
using minstd_rand =
    linear_congruential_engine<unsigned, 48271u, 0u, 2147483647u>;
template <class UInt, unsigned long W, unsigned long N>
class mersenne_twister_engine {
public:
  using result_type = UInt;
  explicit mersenne_twister_engine(result_type s = 5489u);
  void seed(result_type s = 5489u);
  result_type operator()();
};
using mt19937 = mersenne_twister_engine<unsigned, 32, 624>;
class random_device {
public:
  unsigned operator()();
};
template <class Int = int> class uniform_int_distribution {
public:
  uniform_int_distribution(Int a, Int b);
  template <class G> Int operator()(G &g);
};
class string {
public:
  string();
  char *begin();
  char *end();
  void push_back(char c);
  string &operator+=(char c);
  char &operator[](unsigned long i);
};
namespace chrono {
struct duration {
  long count() const;
};
struct time_point {
  duration time_since_epoch() const;
};
struct system_clock {
  static time_point now();
};
} // namespace chrono
} // namespace std
