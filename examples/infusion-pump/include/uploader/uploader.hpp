// Writes event batches to the spool directory and hands them to the upload
// tool.
#ifndef UPLOADER_UPLOADER_HPP
#define UPLOADER_UPLOADER_HPP

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "uploader/event_log.hpp"
#include "uploader/upload_config.hpp"

namespace uploader {

class Uploader {
public:
  explicit Uploader(UploadConfig config) : config_(std::move(config)) {}

  // Uploads the records in batches; returns false and sets error on the
  // first batch that fails.
  bool upload(const std::vector<EventRecord> &records, std::string &error);

private:
  bool uploadBatch(const EventRecord *first, std::size_t count,
                   std::string &error);
  bool writeBatch(const EventRecord *first, std::size_t count,
                  std::string &path, std::string &error);
  bool writeManifest(const std::string &batchPath, std::size_t count,
                     std::string &path, std::string &error);
  bool fileChecksum(const std::string &path, std::uint32_t &sum);
  bool runUploadTool(const std::string &batchPath,
                     const std::string &manifestPath, const std::string &token,
                     std::string &error);
  bool runPostUploadHook(const std::string &batchPath);
  std::string newSessionToken();

  UploadConfig config_;
};

} // namespace uploader

#endif // UPLOADER_UPLOADER_HPP
