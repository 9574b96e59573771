// ocr_engine.cc: see include/lexgraph/ocr_engine.h.
#include "lexgraph/ocr_engine.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "image_reader.h"
#include "ocr_cache.h"
#include "page_columns.h"
#include "pdf_reader.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Raise when a change here changes what OCR reads: cached results of the
// old reader are then read again.
constexpr int kReaderVersion = 2;

// Where Debian's tesseract-ocr-* packages put the models, unless
// TESSDATA_PREFIX says otherwise.
fs::path TessdataFolder() {
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix && *prefix) return prefix;
  return "/usr/share/tesseract-ocr/5/tessdata";
}

// Tesseract's LSTM runs some loops on OpenMP threads. With one page per
// core already, those threads only contend (and libgomp spins while it
// waits: a page took 1.7 times the CPU), so each pool thread makes its own
// parallel regions run on one thread. libgomp keeps that setting per
// thread (GCC 11 on), hence a call in every pool thread. Looked up at run
// time: libgomp comes with libtesseract, and this file is compiled without
// -fopenmp (clang's builds would link another OpenMP runtime).
void TurnOffOpenMpInThisThread() {
  using SetLevels = void (*)(int);
  static const SetLevels set_levels =
      reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
  if (set_levels) set_levels(0);
}

std::string Settings(const OcrOptions& options) {
  std::ostringstream out;
  out << "lexgraph-ocr " << kReaderVersion << "; " << OcrEngine::Version() << "; lang "
      << options.language << "; dpi " << options.dpi;
  return out.str();
}

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g s", seconds);
  return text;
}

// poppler's grey rows as a Leptonica image. Leptonica keeps 8-bit pixels
// in 32-bit words, most significant byte first: rows are copied as bytes,
// then the words put in its order.
PixPtr PixOfGray(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return nullptr;
  auto* data = reinterpret_cast<unsigned char*>(pixGetData(pix.get()));
  const std::size_t row_bytes = static_cast<std::size_t>(pixGetWpl(pix.get())) * 4;
  for (int y = 0; y < image.height; ++y)
    std::memcpy(data + y * row_bytes,
                image.pixels.data() + static_cast<std::size_t>(y) * image.bytes_per_line,
                static_cast<std::size_t>(image.width));
  pixEndianByteSwap(pix.get());
  return pix;
}

// Tesseract gives lines, paragraphs apart by a blank line, and a form feed
// at no end; trailing spaces are its own.
std::string CleanOcrText(const char* raw) {
  std::string text;
  if (!raw) return text;
  std::string_view in(raw);
  std::size_t start = 0;
  while (start < in.size()) {
    std::size_t end = in.find('\n', start);
    if (end == std::string_view::npos) end = in.size();
    std::string_view line = in.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\f' || line.back() == '\r'))
      line.remove_suffix(1);
    text.append(line);
    text += '\n';
    start = end + 1;
  }
  while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n')
    text.pop_back();
  if (text == "\n") text.clear();
  return text;
}

}  // namespace

class OcrEngine::Impl {
 public:
  explicit Impl(OcrOptions options)
      : options_(std::move(options)),
        threads_wanted_(options_.threads ? options_.threads
                                         : std::max(1u, std::thread::hardware_concurrency())) {
    if (!options_.cache_folder.empty()) cache_.emplace(options_.cache_folder, Settings(options_));
  }

  ~Impl() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  OcrResult Read(std::string_view bytes, OcrSource source, const std::vector<int>& numbers) {
    OcrResult result;
    std::string key;
    if (cache_) {
      key = cache_->KeyOf(bytes);
      if (std::optional<std::vector<OcrPage>> cached = cache_->Find(key, numbers)) {
        std::lock_guard lock(mutex_);
        pages_done_ += cached->size();
        pages_from_cache_ += cached->size();
        result.pages = std::move(*cached);
        return result;
      }
    }
    result.pages.resize(numbers.size());
    Batch batch;
    batch.left = numbers.size();
    StartThreads();
    {
      std::lock_guard lock(mutex_);
      for (std::size_t i = 0; i < numbers.size(); ++i) {
        result.pages[i].number = numbers[i];
        tasks_.push_back(Task{bytes, source, &result.pages[i], &batch});
      }
      pages_waiting_ += numbers.size();
    }
    work_.notify_all();
    {
      std::unique_lock lock(batch.mutex);
      batch.done.wait(lock, [&] { return batch.left == 0; });
    }
    if (cache_ && !batch.uncacheable) {
      std::string error = cache_->Store(key, result.pages);
      if (!error.empty()) result.warning = "OCR cache not written: " + error;
    }
    return result;
  }

  OcrProgress Progress() const {
    std::lock_guard lock(mutex_);
    OcrProgress progress;
    progress.pages_done = pages_done_;
    progress.pages_waiting = pages_waiting_;
    progress.pages_from_cache = pages_from_cache_;
    std::size_t read = pages_done_ - pages_from_cache_;
    if (read > 0) progress.seconds_per_page = thread_seconds_ / read / threads_wanted_;
    return progress;
  }

  const OcrOptions& options() const { return options_; }

 private:
  struct Batch {
    std::mutex mutex;
    std::condition_variable done;
    std::size_t left = 0;
    bool uncacheable = false;  // a page failed for want of the model: not the file's fault
  };
  struct Task {
    std::string_view bytes;
    OcrSource source;
    OcrPage* page;
    Batch* batch;
  };

  // One Tesseract per pool thread, made on its first page.
  struct Reader {
    std::unique_ptr<tesseract::TessBaseAPI> api;
    std::string init_error;
  };

  void StartThreads() {
    std::call_once(started_, [&] {
      for (unsigned i = 0; i < threads_wanted_; ++i) threads_.emplace_back([this] { Run(); });
    });
  }

  void Run() {
    TurnOffOpenMpInThisThread();
    Reader reader;
    for (;;) {
      Task task;
      {
        std::unique_lock lock(mutex_);
        work_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stopping
        task = tasks_.front();
        tasks_.pop_front();
      }
      Clock::time_point start = Clock::now();
      bool model_missing = ReadPage(reader, task);
      double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      {
        std::lock_guard lock(mutex_);
        --pages_waiting_;
        ++pages_done_;
        thread_seconds_ += seconds;
      }
      std::lock_guard lock(task.batch->mutex);
      task.batch->uncacheable |= model_missing;
      if (--task.batch->left == 0) task.batch->done.notify_all();
    }
  }

  // Returns true when the page failed because Tesseract could not start.
  bool ReadPage(Reader& reader, Task& task) {
    OcrPage& page = *task.page;
    if (!reader.api && reader.init_error.empty()) Start(reader);
    if (!reader.api) {
      page.error = reader.init_error;
      return true;
    }
    int dpi = options_.dpi;
    PixPtr pix = PageImage(task, dpi, page.error);
    if (!pix) return false;
    tesseract::TessBaseAPI& api = *reader.api;
    api.SetImage(pix.get());
    api.SetSourceResolution(dpi);
    const int width = pixGetWidth(pix.get()), height = pixGetHeight(pix.get());
    Clock::time_point deadline =
        Clock::now() + std::chrono::milliseconds(static_cast<long>(options_.page_seconds * 1000));
    std::vector<Region> regions;
    if (std::optional<int> gutter = FindColumnGutter(pix.get()))
      regions = {{0, *gutter}, {*gutter, width - *gutter}};
    else
      regions = {{0, width}};
    std::size_t letters = 0;
    double weighted = 0;
    for (const Region& region : regions) {
      if (regions.size() > 1) api.SetRectangle(region.left, 0, region.width, height);
      std::string text;
      int confidence = 0;
      page.error = Recognize(api, deadline, text, confidence);
      if (!page.error.empty()) break;
      page.text += text;
      letters += text.size();
      weighted += static_cast<double>(confidence) * text.size();
    }
    if (!page.error.empty())
      page.text.clear();
    else
      page.confidence = letters ? static_cast<int>(weighted / letters + 0.5) : 0;
    api.Clear();
    return false;
  }

  struct Region {
    int left, width;
  };

  // The page as an image Tesseract reads; `dpi` becomes the image's own
  // resolution when it has one.
  PixPtr PageImage(const Task& task, int& dpi, std::string& error) const {
    if (task.source == OcrSource::kPdf) {
      GrayImage image = RenderPdfPage(task.bytes, task.page->number, dpi);
      if (!image.error.empty()) {
        error = image.error;
        return nullptr;
      }
      return PixOfGray(image);
    }
    PixPtr pix = ReadImagePage(task.bytes, task.page->number, error);
    // A scanner writes its resolution; an image without one is taken as a
    // 300 dpi scan rather than Tesseract's guess from the text's height.
    if (pix) dpi = pixGetXRes(pix.get()) > 0 ? pixGetXRes(pix.get()) : 300;
    return pix;
  }

  // Reads the image or rectangle set in `api`, by `deadline`. Returns an
  // error sentence, or "" with `text` and `confidence` set.
  std::string Recognize(tesseract::TessBaseAPI& api, Clock::time_point deadline, std::string& text,
                        int& confidence) const {
    long left_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    std::string late = "OCR ran past " + Seconds(options_.page_seconds) + ": page skipped";
    if (left_ms <= 0) return late;
    tesseract::ETEXT_DESC monitor;
    monitor.set_deadline_msecs(static_cast<int>(std::min<long>(left_ms, INT32_MAX)));
    int status = api.Recognize(&monitor);
    if (monitor.deadline_exceeded()) return late;
    if (status != 0) return "Tesseract could not read the page";
    char* raw = api.GetUTF8Text();
    text = CleanOcrText(raw);
    delete[] raw;
    confidence = api.MeanTextConf();
    return {};
  }

  void Start(Reader& reader) {
    if (std::string missing = CheckLanguage(options_.language); !missing.empty()) {
      reader.init_error = missing;
      return;
    }
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract's notes ("Estimating resolution as 297") are not the user's.
    api->SetVariable("debug_file", "/dev/null");
    if (api->Init(nullptr, options_.language.c_str(), tesseract::OEM_DEFAULT) != 0) {
      reader.init_error = "Tesseract could not load the model '" + options_.language + "'";
      return;
    }
    api->SetVariable("debug_file", "/dev/null");
    reader.api = std::move(api);
  }

  const OcrOptions options_;
  const unsigned threads_wanted_;
  std::optional<OcrCache> cache_;

  mutable std::mutex mutex_;
  std::condition_variable work_;
  std::deque<Task> tasks_;
  bool stopping_ = false;
  std::once_flag started_;
  std::vector<std::thread> threads_;

  std::size_t pages_waiting_ = 0, pages_done_ = 0, pages_from_cache_ = 0;
  double thread_seconds_ = 0;
};

OcrEngine::OcrEngine(OcrOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
OcrEngine::~OcrEngine() = default;

OcrResult OcrEngine::Read(std::string_view bytes, OcrSource source, const std::vector<int>& pages) {
  return impl_->Read(bytes, source, pages);
}

OcrProgress OcrEngine::Progress() const { return impl_->Progress(); }
const OcrOptions& OcrEngine::options() const { return impl_->options(); }

std::string OcrEngine::CheckLanguage(const std::string& language) {
  if (language.empty()) return "no OCR language given (--ocr-lang vie)";
  fs::path folder = TessdataFolder();
  std::size_t start = 0;
  while (start <= language.size()) {
    std::size_t end = language.find('+', start);
    if (end == std::string::npos) end = language.size();
    std::string model = language.substr(start, end - start);
    std::error_code ec;
    if (model.empty() || !fs::exists(folder / (model + ".traineddata"), ec))
      return "the Tesseract model '" + model + "' is not installed in " + folder.string() +
             " (Debian: apt-get install tesseract-ocr-" + model + "; or pass --no-ocr)";
    start = end + 1;
  }
  return {};
}

std::string OcrEngine::Version() {
  return std::string("tesseract ") + tesseract::TessBaseAPI::Version();
}

}  // namespace lexgraph
