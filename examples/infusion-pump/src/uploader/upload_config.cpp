#include "uploader/upload_config.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace uploader {

namespace {

// deliberate: hs-cred-hardcoded-secret (demo) -- the factory default that
// every unit ships with when the hospital never sets its own password.
const char kFactoryUploadPassword[] = "Infus10n-Upl0ad!2019";

std::string trim(const std::string &text) {
  const char *blanks = " \t\r\n";
  std::size_t first = text.find_first_not_of(blanks);
  if (first == std::string::npos)
    return std::string();
  std::size_t last = text.find_last_not_of(blanks);
  return text.substr(first, last - first + 1);
}

bool parseUnsigned(const std::string &text, unsigned long max, unsigned &out) {
  char *end = nullptr;
  errno = 0;
  unsigned long value = std::strtoul(text.c_str(), &end, 10);
  if (end == text.c_str() || *end != '\0' || errno == ERANGE ||
      text[0] == '-' || value == 0 || value > max)
    return false;
  out = static_cast<unsigned>(value);
  return true;
}

bool parseBool(const std::string &text, bool &out) {
  if (text == "true" || text == "yes" || text == "1")
    out = true;
  else if (text == "false" || text == "no" || text == "0")
    out = false;
  else
    return false;
  return true;
}

bool applySetting(UploadConfig &config, const std::string &key,
                  const std::string &value) {
  if (key == "endpoint")
    config.endpoint = value;
  else if (key == "device-id")
    config.deviceId = value;
  else if (key == "user")
    config.user = value;
  else if (key == "password")
    config.password = value;
  else if (key == "spool-dir")
    config.spoolDir = value;
  else if (key == "upload-tool")
    config.uploadTool = value;
  else if (key == "post-upload-hook")
    config.postUploadHook = value;
  else if (key == "legacy-format")
    return parseBool(value, config.legacyFormat);
  else if (key == "batch-size")
    return parseUnsigned(value, 10000, config.batchSize);
  else if (key == "timeout")
    return parseUnsigned(value, 600, config.timeoutSeconds);
  else
    return false;
  return true;
}

} // namespace

std::optional<UploadConfig> loadConfig(const std::string &path,
                                       std::string &error) {
  UploadConfig config;

  // deliberate: hs-file-toctou (demo) -- the file can be replaced between
  // the access() check and the fopen().
  if (access(path.c_str(), R_OK) != 0) {
    error = path + ": not readable: " + std::strerror(errno);
    return std::nullopt;
  }
  std::FILE *file = std::fopen(path.c_str(), "r");
  if (file == nullptr) {
    error = path + ": " + std::strerror(errno);
    return std::nullopt;
  }

  char line[512];
  unsigned lineNo = 0;
  bool ok = true;
  while (ok && std::fgets(line, sizeof line, file) != nullptr) {
    ++lineNo;
    if (std::strchr(line, '\n') == nullptr && !std::feof(file)) {
      error = path + ":" + std::to_string(lineNo) + ": line too long";
      ok = false;
      break;
    }
    std::string text = trim(line);
    if (text.empty() || text[0] == '#')
      continue;
    std::size_t eq = text.find('=');
    if (eq == std::string::npos ||
        !applySetting(config, trim(text.substr(0, eq)),
                      trim(text.substr(eq + 1)))) {
      error = path + ":" + std::to_string(lineNo) + ": invalid setting '" +
              text + "'";
      ok = false;
    }
  }
  if (ok && std::ferror(file)) {
    error = path + ": read error";
    ok = false;
  }
  if (std::fclose(file) != 0 && ok) {
    error = path + ": " + std::strerror(errno);
    ok = false;
  }
  if (!ok)
    return std::nullopt;

  if (config.password.empty())
    config.password = kFactoryUploadPassword;
  return config;
}

} // namespace uploader
