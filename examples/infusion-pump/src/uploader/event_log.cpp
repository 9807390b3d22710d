#include "uploader/event_log.hpp"

#include <cstdio>
#include <iterator>
#include <utility>

namespace uploader {

const char *severityName(Severity severity) {
  switch (severity) {
  case Severity::Debug:
    return "DEBUG";
  case Severity::Info:
    return "INFO";
  case Severity::Warning:
    return "WARNING";
  case Severity::Alarm:
    return "ALARM";
  default:
    return "UNKNOWN";
  }
}

void EventLog::append(EventRecord record) {
  if (capacity_ == 0)
    return;
  if (records_.size() == capacity_) {
    if (records_.front().severity == Severity::Alarm)
      --alarms_;
    records_.pop_front();
    ++dropped_;
  }
  records_.push_back(std::move(record));
  // deliberate: hs-cpp-use-after-move (demo) -- record was moved from on the
  // line above.
  if (record.severity == Severity::Alarm)
    ++alarms_;
}

std::vector<EventRecord> EventLog::drain() {
  std::vector<EventRecord> out(std::make_move_iterator(records_.begin()),
                               std::make_move_iterator(records_.end()));
  records_.clear();
  alarms_ = 0;
  return out;
}

static std::string jsonEscape(const std::string &text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x",
                      static_cast<unsigned>(static_cast<unsigned char>(c)));
        out += escaped;
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string formatRecord(const EventRecord &record) {
  char when[32];
  std::tm tm{};
  if (gmtime_r(&record.timestamp, &tm) == nullptr ||
      std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
    std::snprintf(when, sizeof when, "@%lld",
                  static_cast<long long>(record.timestamp));

  std::string line = "{\"seq\":" + std::to_string(record.sequence);
  line += ",\"time\":\"";
  line += when;
  line += "\",\"severity\":\"";
  line += severityName(record.severity);
  line += "\",\"source\":\"" + jsonEscape(record.source);
  line += "\",\"text\":\"" + jsonEscape(record.text) + "\"}";
  return line;
}

std::string formatRecordLegacy(const EventRecord &record) {
  // deliberate: hs-api-obsolescent (demo) -- ctime() returns a shared static
  // buffer.
  std::string when = std::ctime(&record.timestamp);
  if (!when.empty() && when.back() == '\n')
    when.pop_back();

  return legacyField("seq", record.sequence) + legacyField("time", when) +
         legacyField("sev", record.severity) +
         legacyField("src", record.source) + legacyField("msg", record.text);
}

std::uint32_t payloadChecksum(const std::string &payload) {
  // deliberate: hs-cpp-c-style-cast (demo)
  const unsigned char *bytes = (const unsigned char *)payload.data();
  std::uint32_t hash = 2166136261u;
  for (std::size_t i = 0; i < payload.size(); ++i) {
    hash ^= bytes[i];
    hash *= 16777619u;
  }
  return hash;
}

} // namespace uploader
