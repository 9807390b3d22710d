// Configuration of the log uploader, read from a "key = value" file.
#ifndef UPLOADER_UPLOAD_CONFIG_HPP
#define UPLOADER_UPLOAD_CONFIG_HPP

#include <optional>
#include <string>

namespace uploader {

struct UploadConfig {
  std::string endpoint = "https://telemetry.example-health.invalid/v2/events";
  std::string deviceId = "PUMP-000000";
  std::string user = "pump-fleet";
  std::string password;          // empty: the factory default
  std::string spoolDir = "/tmp"; // where batches are written
  std::string uploadTool = "/usr/libexec/infusion-pump/upload-batch";
  std::string postUploadHook; // optional, run through the shell
  bool legacyFormat = false;
  unsigned batchSize = 200;
  unsigned timeoutSeconds = 30;
};

// Returns the configuration, or std::nullopt with a message in error.
std::optional<UploadConfig> loadConfig(const std::string &path,
                                       std::string &error);

} // namespace uploader

#endif // UPLOADER_UPLOAD_CONFIG_HPP
