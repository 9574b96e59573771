// ocr_cache.cc: see ocr_cache.h.
#include "ocr_cache.h"

#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

std::string Hex(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// A name no other writer of this process or another uses at the same time.
std::string TemporaryName(const std::string& key) {
  static std::atomic<unsigned> counter{0};
  return "." + key + "." + std::to_string(::getpid()) + "." + std::to_string(counter++) + ".tmp";
}

}  // namespace

OcrCache::OcrCache(fs::path folder, std::string settings)
    : folder_(std::move(folder)),
      settings_(std::move(settings)),
      settings_hash_(Hex(XXH3_64bits(settings_.data(), settings_.size()))) {}

std::string OcrCache::KeyOf(std::string_view file_bytes) const {
  XXH128_hash_t hash = XXH3_128bits(file_bytes.data(), file_bytes.size());
  return Hex(hash.high64) + Hex(hash.low64) + "-" + settings_hash_;
}

fs::path OcrCache::PathOf(const std::string& key) const {
  return folder_ / key.substr(0, 2) / (key + ".json");
}

std::vector<OcrPage> OcrCache::Load(const std::string& key) const {
  std::vector<OcrPage> pages;
  std::ifstream in(PathOf(key), std::ios::binary);
  if (!in) return pages;
  std::stringstream content;
  content << in.rdbuf();
  nlohmann::json entry = nlohmann::json::parse(content.str(), nullptr, /*allow_exceptions=*/false);
  if (!entry.is_object() || entry.value("settings", "") != settings_) return pages;
  const nlohmann::json& list = entry["pages"];
  if (!list.is_array()) return pages;
  for (const nlohmann::json& item : list) {
    if (!item.is_object() || !item["number"].is_number_integer()) return {};
    OcrPage page;
    page.number = item["number"].get<int>();
    page.text = item.value("text", "");
    page.confidence = item.value("confidence", -1);
    page.error = item.value("error", "");
    page.from_cache = true;
    pages.push_back(std::move(page));
  }
  return pages;
}

std::optional<std::vector<OcrPage>> OcrCache::Find(const std::string& key,
                                                   const std::vector<int>& numbers) const {
  std::vector<OcrPage> cached = Load(key);
  std::vector<OcrPage> found;
  for (int number : numbers) {
    auto it = std::find_if(cached.begin(), cached.end(),
                           [&](const OcrPage& page) { return page.number == number; });
    if (it == cached.end()) return std::nullopt;
    found.push_back(*it);
  }
  return found;
}

std::string OcrCache::Store(const std::string& key, const std::vector<OcrPage>& pages) const {
  std::map<int, OcrPage> merged;
  for (OcrPage& page : Load(key)) merged[page.number] = std::move(page);
  for (const OcrPage& page : pages) merged[page.number] = page;
  nlohmann::json list = nlohmann::json::array();
  for (const auto& [number, page] : merged)
    list.push_back({{"number", number},
                    {"text", page.text},
                    {"confidence", page.confidence},
                    {"error", page.error}});
  nlohmann::json entry = {{"settings", settings_}, {"pages", std::move(list)}};
  // Tesseract's text is UTF-8, but a replacement keeps one odd byte from
  // costing the entry.
  std::string content = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

  fs::path path = PathOf(key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
  fs::path temporary = path.parent_path() / TemporaryName(key);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) {
      fs::remove(temporary, ec);
      return "cannot write " + temporary.string();
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return "cannot write " + path.string() + ": " + ec.message();
  }
  return {};
}

}  // namespace lexgraph
