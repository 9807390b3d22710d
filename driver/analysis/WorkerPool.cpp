//===- WorkerPool.cpp - Analyse TUs in isolated worker processes ----------===//
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

#include "analysis/WorkerPool.h"
#include "analysis/OutcomeCodec.h"
#include "llvm/ADT/StringExtras.h"
#include <cerrno>

#ifndef __has_feature
#define __has_feature(x) 0
#endif
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace warden {
namespace {

using Clock = std::chrono::steady_clock;

/// The exit status of a worker that stopped itself at its deadline (the
/// status timeout(1) uses). The driver normally kills a worker at the time
/// limit; the worker's own deadline, a little later, covers a driver that
/// is stopped or gone.
constexpr int WorkerDeadlineStatus = 124;

/// Seconds a worker waits past the time limit before ending itself, so
/// that a running driver, which polls four times a second, kills it first.
constexpr unsigned WorkerDeadlineGrace = 2;

void endAtDeadline(int) { ::_exit(WorkerDeadlineStatus); }

/// Arms the worker's own deadline: SIGALRM after Seconds of wall-clock
/// time ends the process, whatever it is doing (parsing, or blocked on a
/// full result pipe because the driver no longer reads it).
void armDeadline(unsigned Seconds) {
  struct sigaction Action;
  std::memset(&Action, 0, sizeof(Action));
  Action.sa_handler = endAtDeadline;
  sigemptyset(&Action.sa_mask);
  ::sigaction(SIGALRM, &Action, nullptr);
  sigset_t Alarm;
  sigemptyset(&Alarm);
  sigaddset(&Alarm, SIGALRM);
  ::sigprocmask(SIG_UNBLOCK, &Alarm, nullptr);
  itimerval Timer;
  std::memset(&Timer, 0, sizeof(Timer));
  Timer.it_value.tv_sec = Seconds;
  ::setitimer(ITIMER_REAL, &Timer, nullptr);
}

/// Makes the kernel kill this worker when the driver dies, so that a
/// driver killed with SIGKILL (a CI job cancelled) leaves no orphans. The
/// driver may have died between fork() and prctl(): then the worker has
/// been re-parented already and ends at once.
void dieWithDriver(pid_t Driver) {
#ifdef __linux__
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  if (::getppid() != Driver)
    ::_exit(WorkerDeadlineStatus);
}

struct Worker {
  size_t JobIndex;
  pid_t Pid;
  int ResultFd; ///< The child's report.
  int ErrorFd;  ///< The child's stderr (crash traces).
  std::string Result;
  std::string Error;
  Clock::time_point Started;
  bool TimedOut = false;
};

/// Writes all of Data, retrying on short writes and EINTR.
bool writeAll(int Fd, llvm::StringRef Data) {
  while (!Data.empty()) {
    ssize_t N = ::write(Fd, Data.data(), Data.size());
    if (N < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    Data = Data.drop_front(N);
  }
  return true;
}

/// Appends what is readable on Fd to Buffer; false at end of file.
bool drain(int Fd, std::string &Buffer) {
  char Chunk[65536];
  while (true) {
    ssize_t N = ::read(Fd, Chunk, sizeof(Chunk));
    if (N > 0) {
      Buffer.append(Chunk, N);
      continue;
    }
    if (N == 0)
      return false;
    if (errno == EINTR)
      continue;
    return errno == EAGAIN || errno == EWOULDBLOCK;
  }
}

[[noreturn]] void runChild(const CompileJob &Job, const WorkerLimits &Limits,
                           const std::function<TUOutcome(const CompileJob &)>
                               &Analyze,
                           int ResultFd) {
  // RLIMIT_DATA bounds the heap (and anonymous mappings) without counting
  // the shared libraries and files the worker maps. Sanitizers reserve
  // huge shadow mappings, so the limit is left to them there.
#if !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
  if (Limits.MemoryMiB) {
    rlimit Limit;
    Limit.rlim_cur = Limit.rlim_max = rlim_t(Limits.MemoryMiB) << 20;
    setrlimit(RLIMIT_DATA, &Limit);
  }
#endif
  if (Limits.TimeoutSeconds)
    armDeadline(Limits.TimeoutSeconds + WorkerDeadlineGrace);
  // Relative paths in the command are relative to its directory.
  if (::chdir(Job.Directory.c_str()) != 0) {
    TUOutcome O;
    O.FailureReason = "cannot enter directory '" + Job.Directory +
                      "': " + std::strerror(errno);
    writeAll(ResultFd, encodeOutcome(O));
    ::_exit(0);
  }
  TUOutcome O = Analyze(Job);
  bool Ok = writeAll(ResultFd, encodeOutcome(O));
  // Skip destructors: the AST is large and the process ends here anyway.
  ::_exit(Ok ? 0 : 1);
}

std::string describeStatus(int Status) {
  if (WIFSIGNALED(Status)) {
    int Sig = WTERMSIG(Status);
    return std::string("the worker was killed by signal ") +
           std::to_string(Sig) + " (" + strsignal(Sig) + ")";
  }
  if (WIFEXITED(Status))
    return "the worker exited with status " +
           std::to_string(WEXITSTATUS(Status));
  return "the worker stopped unexpectedly";
}

/// The last lines of a crash trace, enough to identify the checker.
std::string tail(llvm::StringRef Text, size_t MaxLines) {
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Text.trim().split(Lines, '\n');
  size_t Begin = Lines.size() > MaxLines ? Lines.size() - MaxLines : 0;
  std::string Result;
  for (size_t I = Begin; I < Lines.size(); ++I)
    Result += (I == Begin ? "" : "\n") + Lines[I].str();
  return Result;
}

TUOutcome finishWorker(Worker &W, int Status, const WorkerLimits &Limits) {
  bool EndedItself = Limits.TimeoutSeconds && WIFEXITED(Status) &&
                     WEXITSTATUS(Status) == WorkerDeadlineStatus;
  if (W.TimedOut || EndedItself) {
    TUOutcome O;
    O.FailureReason = "analysis stopped after the time limit of " +
                      std::to_string(Limits.TimeoutSeconds) +
                      " seconds (--tu-timeout)";
    return O;
  }
  if (WIFEXITED(Status) && WEXITSTATUS(Status) == 0) {
    llvm::Expected<TUOutcome> O = decodeOutcome(W.Result);
    if (O)
      return std::move(*O);
    TUOutcome Failed;
    Failed.FailureReason = llvm::toString(O.takeError());
    return Failed;
  }
  TUOutcome O;
  O.FailureReason = describeStatus(Status);
  // Running out of the memory limit shows as a failed allocation: an
  // abort, or a kill by the kernel.
  if (WIFSIGNALED(Status) &&
      (WTERMSIG(Status) == SIGKILL || WTERMSIG(Status) == SIGABRT))
    O.FailureReason +=
        Limits.MemoryMiB
            ? "; it may have exceeded the memory limit of " +
                  std::to_string(Limits.MemoryMiB) + " MiB (--tu-memory)"
            : "; it may have run out of memory";
  std::string Trace = tail(W.Error, 12);
  if (!Trace.empty())
    O.FailureReason += "\n" + Trace;
  return O;
}

} // namespace

std::vector<TUOutcome>
runInWorkers(const std::vector<CompileJob> &Jobs, const WorkerLimits &Limits,
             const std::function<TUOutcome(const CompileJob &)> &Analyze,
             const ProgressFn &Progress) {
  std::vector<TUOutcome> Outcomes(Jobs.size());
  std::vector<Worker> Running;
  size_t Next = 0;
  unsigned MaxRunning = std::max(1u, Limits.Jobs);
  // Flush before forking so buffered output is not written twice.
  llvm::outs().flush();
  llvm::errs().flush();
  pid_t Driver = ::getpid();

  auto Start = [&](size_t Index) -> bool {
    int ResultPipe[2], ErrorPipe[2];
    if (::pipe2(ResultPipe, O_CLOEXEC) != 0)
      return false;
    if (::pipe2(ErrorPipe, O_CLOEXEC) != 0) {
      ::close(ResultPipe[0]);
      ::close(ResultPipe[1]);
      return false;
    }
    pid_t Pid = ::fork();
    if (Pid < 0) {
      for (int Fd : {ResultPipe[0], ResultPipe[1], ErrorPipe[0], ErrorPipe[1]})
        ::close(Fd);
      return false;
    }
    if (Pid == 0) {
      dieWithDriver(Driver);
      ::close(ResultPipe[0]);
      ::close(ErrorPipe[0]);
      ::dup2(ErrorPipe[1], STDERR_FILENO);
      // Only the driver writes to stdout.
      int Null = ::open("/dev/null", O_WRONLY);
      if (Null >= 0)
        ::dup2(Null, STDOUT_FILENO);
      runChild(Jobs[Index], Limits, Analyze, ResultPipe[1]);
    }
    ::close(ResultPipe[1]);
    ::close(ErrorPipe[1]);
    ::fcntl(ResultPipe[0], F_SETFL, O_NONBLOCK);
    ::fcntl(ErrorPipe[0], F_SETFL, O_NONBLOCK);
    Running.push_back({Index, Pid, ResultPipe[0], ErrorPipe[0], {}, {},
                       Clock::now()});
    return true;
  };

  while (Next < Jobs.size() || !Running.empty()) {
    while (Running.size() < MaxRunning && Next < Jobs.size()) {
      if (!Start(Next)) {
        Outcomes[Next].FailureReason =
            std::string("cannot start a worker process: ") +
            std::strerror(errno);
        if (Progress)
          Progress(Next, Outcomes[Next]);
      }
      ++Next;
    }
    if (Running.empty())
      continue;

    std::vector<pollfd> Fds;
    for (const Worker &W : Running) {
      Fds.push_back({W.ResultFd, POLLIN, 0});
      Fds.push_back({W.ErrorFd, POLLIN, 0});
    }
    int Timeout = Limits.TimeoutSeconds ? 250 : -1;
    int N = ::poll(Fds.data(), Fds.size(), Timeout);
    if (N < 0 && errno != EINTR)
      break;

    for (size_t I = 0; I < Running.size();) {
      Worker &W = Running[I];
      bool ResultOpen = drain(W.ResultFd, W.Result);
      bool ErrorOpen = drain(W.ErrorFd, W.Error);
      if (Limits.TimeoutSeconds && !W.TimedOut &&
          Clock::now() - W.Started >
              std::chrono::seconds(Limits.TimeoutSeconds)) {
        W.TimedOut = true;
        ::kill(W.Pid, SIGKILL);
      }
      if (ResultOpen || ErrorOpen) {
        ++I;
        continue;
      }
      int Status = 0;
      while (::waitpid(W.Pid, &Status, 0) < 0 && errno == EINTR)
        ;
      ::close(W.ResultFd);
      ::close(W.ErrorFd);
      Outcomes[W.JobIndex] = finishWorker(W, Status, Limits);
      if (Progress)
        Progress(W.JobIndex, Outcomes[W.JobIndex]);
      Running.erase(Running.begin() + I);
    }
  }
  return Outcomes;
}

} // namespace warden
