// RUN: warden check --no-config --only=hs-mem-use-after-free --fail-on=never --quiet %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// Test hygiene: declare what the test needs instead of including system headers.
struct Reading {
  int value;
  int scaled() const { return value * 10; }
};

int member_call(Reading *r) {
  delete r;
  return r->scaled();
  // CHECK: hs-mem-use-after-free.cpp:[[@LINE-1]]:10: error: 'r' is used to access member 'scaled' after it was deleted; release it only after its last use [hs-mem-use-after-free]
  // CHECK: hs-mem-use-after-free.cpp:[[@LINE-3]]:3: note: 'r' is deleted here
}

template <typename T> T last(T *items, int n) {
  delete[] items;
  return items[n - 1];
  // CHECK: hs-mem-use-after-free.cpp:[[@LINE-1]]:10: error: 'items' is indexed after it was deleted
  // CHECK: hs-mem-use-after-free.cpp:[[@LINE-3]]:3: note: 'items' is deleted here
}
template int last<int>(int *, int);
template long last<long>(long *, int);

// DCMTK dcitem.cc (findOrCreateSequenceItem): the sequence is deleted only
// when inserting it failed, and used only when the status is good. The
// two branches test the same variable, so the path through both is taken
// to be impossible.
struct Status {
  bool bad() const;
  bool good() const;
};
struct Sequence {
  unsigned long card() const;
};
Status insert(Sequence *s);
unsigned long correlated(bool create) {
  Sequence *sequence = nullptr;
  Status status;
  if (create) {
    sequence = new Sequence();
    status = insert(sequence);
    if (status.bad())
      delete sequence;
  }
  if (status.good() && sequence != nullptr)
    return sequence->card();
  return 0;
}

// DCMTK diqtctab.cc (computeHistogram): the table is deleted only when the
// loop goes round again and allocates a new one. When some path from the
// release to the use assigns the pointer again, the path that does not is
// taken to be impossible.
struct Table {
  int add(int maxval);
  int histogram();
};
int histogram(int maxval) {
  Table *table = nullptr;
  bool done = false;
  while (!done) {
    table = new Table();
    if (table->add(maxval) > 0) {
      done = true;
    } else {
      delete table;
      maxval /= 2;
    }
  }
  int n = table->histogram();
  delete table;
  return n;
}

// Negatives: a new object.
int renewed(Reading *r) {
  delete r;
  r = new Reading{1};
  int v = r->value;
  delete r;
  return v;
}
