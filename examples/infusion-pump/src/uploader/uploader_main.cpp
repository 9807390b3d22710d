// log-uploader: collects the pump's event records and uploads them.
//
//   log-uploader [--config FILE] [--events FILE] [--dry-run]
//
// An events file holds "SEVERITY SOURCE TEXT" lines, e.g.
//   ALARM alarm occlusion detected downstream
// Without one, a short demo sequence is used. --dry-run prints the formatted
// records instead of uploading them.
#include "uploader/uploader.hpp"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

using namespace uploader;

namespace {

Severity parseSeverity(const std::string &name) {
  if (name == "DEBUG")
    return Severity::Debug;
  if (name == "INFO")
    return Severity::Info;
  if (name == "WARNING")
    return Severity::Warning;
  if (name == "ALARM")
    return Severity::Alarm;
  throw std::invalid_argument("unknown severity '" + name + "'");
}

void collectEvents(EventLog &log, const std::string &path) {
  std::uint64_t sequence = 1;
  std::time_t now = std::time(nullptr);

  if (path.empty()) {
    const char *demo[][3] = {
        {"INFO", "pump", "infusion started, rate 12.5 mL/h, VTBI 250 mL"},
        {"WARNING", "battery", "battery at 20%"},
        {"ALARM", "alarm", "occlusion detected downstream"},
        {"INFO", "pump", "alarm acknowledged by nurse station"},
    };
    for (const auto &d : demo)
      log.append({sequence++, now, parseSeverity(d[0]), d[1], d[2]});
    return;
  }

  std::ifstream in(path);
  if (!in)
    throw std::runtime_error(path + ": cannot open");
  std::string line;
  unsigned lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty() || line[0] == '#')
      continue;
    std::istringstream fields(line);
    std::string severity, source, text;
    if (!(fields >> severity >> source) ||
        !std::getline(fields >> std::ws, text))
      throw std::runtime_error(path + ":" + std::to_string(lineNo) +
                               ": expected 'SEVERITY SOURCE TEXT'");
    log.append({sequence++, now, parseSeverity(severity), source, text});
  }
}

UploadConfig requireConfig(const std::string &path) {
  std::string error;
  std::optional<UploadConfig> config = loadConfig(path, error);
  if (!config)
    throw std::runtime_error(error);
  return *config;
}

} // namespace

int main(int argc, char **argv) {
  std::string configPath = "/etc/infusion-pump/uploader.conf";
  std::string eventsPath;
  bool dryRun = false;

  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--config" && i + 1 < argc) {
      configPath = argv[++i];
    } else if (arg == "--events" && i + 1 < argc) {
      eventsPath = argv[++i];
    } else if (arg == "--dry-run") {
      dryRun = true;
    } else {
      std::fprintf(stderr,
                   "usage: %s [--config FILE] [--events FILE] [--dry-run]\n",
                   argv[0]);
      return 2;
    }
  }

  try {
    UploadConfig config = requireConfig(configPath);
    EventLog log(1000);
    collectEvents(log, eventsPath);
    std::fprintf(stderr, "log-uploader: %zu records, %zu alarms\n", log.size(),
                 log.alarmCount());

    std::vector<EventRecord> records = log.drain();
    if (dryRun) {
      for (const EventRecord &r : records)
        std::printf("%s\n", config.legacyFormat ? formatRecordLegacy(r).c_str()
                                                : formatRecord(r).c_str());
      return 0;
    }
    std::string error;
    if (!Uploader(config).upload(records, error)) {
      std::fprintf(stderr, "log-uploader: %s\n", error.c_str());
      return 1;
    }
    return 0;
  } catch (std::runtime_error e) { // deliberate: hs-cpp-catch-by-value (demo)
    std::fprintf(stderr, "log-uploader: %s\n", e.what());
    return 1;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "log-uploader: unexpected error: %s\n", e.what());
    return 1;
  }
}
