// Event records collected on the pump and queued for upload.
#ifndef UPLOADER_EVENT_LOG_HPP
#define UPLOADER_EVENT_LOG_HPP

#include <cstdint>
#include <cstdio>
#include <ctime>
#include <deque>
#include <string>
#include <vector>

namespace uploader {

enum class Severity { Debug, Info, Warning, Alarm };

const char *severityName(Severity severity);

struct EventRecord {
  std::uint64_t sequence = 0;
  std::time_t timestamp = 0;
  Severity severity = Severity::Info;
  std::string source; // "pump", "alarm", "battery", ...
  std::string text;
};

// A bounded log: when it is full, the oldest record is dropped.
class EventLog {
public:
  explicit EventLog(std::size_t capacity) : capacity_(capacity) {}

  void append(EventRecord record);
  std::vector<EventRecord> drain();

  std::size_t size() const { return records_.size(); }
  std::size_t alarmCount() const { return alarms_; }
  std::size_t dropped() const { return dropped_; }

private:
  std::size_t capacity_;
  std::deque<EventRecord> records_;
  std::size_t alarms_ = 0;
  std::size_t dropped_ = 0;
};

// One JSON line per record (the current upload format).
std::string formatRecord(const EventRecord &record);
// The 1.x "key=value;" format, still accepted by older hospital gateways.
std::string formatRecordLegacy(const EventRecord &record);
// FNV-1a over the payload, sent along with each batch.
std::uint32_t payloadChecksum(const std::string &payload);

inline std::string fieldText(const std::string &value) { return value; }
inline std::string fieldText(std::uint64_t value) {
  return std::to_string(value);
}
inline std::string fieldText(Severity value) { return severityName(value); }

// One "name=value;" field of the legacy format.
template <typename T>
std::string legacyField(const char *name, const T &value) {
  char field[48];
  // deliberate: hs-api-unbounded-sprintf inside a template (demo) -- a long
  // event text overflows field[].
  std::sprintf(field, "%s=%s;", name, fieldText(value).c_str());
  return field;
}

} // namespace uploader

#endif // UPLOADER_EVENT_LOG_HPP
