#include "uploader/uploader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace uploader {

bool Uploader::upload(const std::vector<EventRecord> &records,
                      std::string &error) {
  std::size_t batch = config_.batchSize;
  for (std::size_t i = 0; i < records.size(); i += batch) {
    std::size_t count = std::min(batch, records.size() - i);
    if (!uploadBatch(records.data() + i, count, error))
      return false;
  }
  return true;
}

bool Uploader::uploadBatch(const EventRecord *first, std::size_t count,
                           std::string &error) {
  std::string batchPath;
  if (!writeBatch(first, count, batchPath, error))
    return false;
  std::string manifestPath;
  bool ok = writeManifest(batchPath, count, manifestPath, error) &&
            runUploadTool(batchPath, manifestPath, newSessionToken(), error);
  if (ok && !runPostUploadHook(batchPath))
    std::fprintf(stderr, "log-uploader: post-upload hook failed\n");
  for (const std::string &path : {batchPath, manifestPath}) {
    if (!path.empty() && unlink(path.c_str()) != 0 && ok) {
      error = path + ": " + std::strerror(errno);
      ok = false;
    }
  }
  return ok;
}

// The batch file is created and opened in one step, readable by the owner
// only.
bool Uploader::writeBatch(const EventRecord *first, std::size_t count,
                          std::string &path, std::string &error) {
  std::string pattern = config_.spoolDir + "/batch-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    error = pattern + ": " + std::strerror(errno);
    return false;
  }
  path = name.data();
  std::FILE *out = fdopen(fd, "w");
  if (out == nullptr) {
    error = path + ": " + std::strerror(errno);
    close(fd);
    unlink(path.c_str());
    return false;
  }

  bool ok = std::fprintf(out, "# device %s, %zu records\n",
                         config_.deviceId.c_str(), count) > 0;
  for (std::size_t i = 0; ok && i < count; ++i) {
    std::string line = config_.legacyFormat ? formatRecordLegacy(first[i])
                                            : formatRecord(first[i]);
    ok = std::fprintf(out, "%s\n", line.c_str()) > 0;
  }
  if (std::fclose(out) != 0)
    ok = false;
  if (!ok) {
    error = path + ": write failed";
    unlink(path.c_str());
  }
  return ok;
}

bool Uploader::fileChecksum(const std::string &path, std::uint32_t &sum) {
  std::FILE *in = std::fopen(path.c_str(), "rb");
  if (in == nullptr)
    return false;
  long size = -1;
  if (std::fseek(in, 0, SEEK_END) == 0)
    size = std::ftell(in);
  if (size < 0 || std::fseek(in, 0, SEEK_SET) != 0) {
    std::fclose(in);
    return false;
  }
  // deliberate: hs-cpp-raw-new-delete (demo) -- an owning raw pointer where
  // std::vector or std::string would do.
  char *buffer = new char[static_cast<std::size_t>(size)];
  std::size_t got = std::fread(buffer, 1, static_cast<std::size_t>(size), in);
  std::fclose(in);
  sum = payloadChecksum(std::string(buffer, got));
  delete[] buffer;
  return got == static_cast<std::size_t>(size);
}

bool Uploader::writeManifest(const std::string &batchPath, std::size_t count,
                             std::string &path, std::string &error) {
  std::uint32_t sum = 0;
  if (!fileChecksum(batchPath, sum)) {
    error = batchPath + ": cannot read back the batch";
    return false;
  }
  char name[L_tmpnam];
  // deliberate: hs-api-insecure-tempfile (demo) -- the name can be taken
  // (or symlinked) by another process before the ofstream opens it.
  if (std::tmpnam(name) == nullptr) {
    error = "no temporary name for the manifest";
    return false;
  }
  path = name;
  std::ofstream manifest(name);
  manifest << "batch=" << batchPath << "\ncount=" << count << "\nfnv1a=" << sum
           << "\n";
  if (!manifest) {
    error = std::string(name) + ": write failed";
    return false;
  }
  return true;
}

// The upload tool is run directly with an argument vector; the credentials
// go through its environment, not its command line.
bool Uploader::runUploadTool(const std::string &batchPath,
                             const std::string &manifestPath,
                             const std::string &token, std::string &error) {
  std::vector<std::string> args = {
      config_.uploadTool, "--timeout",  std::to_string(config_.timeoutSeconds),
      "--manifest",       manifestPath, config_.endpoint,
      batchPath};
  std::vector<char *> argv;
  for (std::string &a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env = {"UPLOAD_USER=" + config_.user,
                                  "UPLOAD_PASSWORD=" + config_.password,
                                  "UPLOAD_SESSION=" + token};
  std::vector<char *> envp;
  for (std::string &e : env)
    envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid;
  int rc =
      posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data());
  if (rc != 0) {
    error = config_.uploadTool + ": " + std::strerror(rc);
    return false;
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) {
    error = std::string("waitpid: ") + std::strerror(errno);
    return false;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error =
        config_.uploadTool + " failed with status " + std::to_string(status);
    return false;
  }
  return true;
}

bool Uploader::runPostUploadHook(const std::string &batchPath) {
  if (config_.postUploadHook.empty())
    return true;
  if (std::system(nullptr) == 0) // is there a shell at all?
    return false;
  std::string command = config_.postUploadHook + " '" + batchPath + "'";
  // deliberate: hs-api-command-processor (demo) -- the hook comes from the
  // configuration file and runs through /bin/sh.
  return std::system(command.c_str()) == 0;
}

std::string Uploader::newSessionToken() {
  static const char hex[] = "0123456789abcdef";
  std::string token;
  // deliberate: hs-crypto-insecure-prng (demo) -- a session token from
  // rand() seeded with the time is predictable.
  std::srand(static_cast<unsigned>(std::time(nullptr)));
  for (int i = 0; i < 32; ++i)
    token += hex[std::rand() % 16];
  return token;
}

} // namespace uploader
