// image_reader.h: scanned page images (TIFF, PNG, JPEG), through Leptonica,
// for OCR.
//
// Contract: ImagePageCount(bytes) says how many pages a file holds (the
// frames of a multi-page TIFF; 1 for PNG and JPEG) or why it cannot be
// read; ReadImagePage(bytes, n) decodes page n (1-based) alone, so that a
// long TIFF is never held decoded whole. Never throws; Leptonica's messages to stderr are silenced.
//
// Thread-safety: both may be called from several threads at once
// (Leptonica's readers keep no shared state).
#ifndef LEXGRAPH_INDEXER_IMAGE_READER_H_
#define LEXGRAPH_INDEXER_IMAGE_READER_H_

#include <memory>
#include <string>
#include <string_view>

struct Pix;

namespace lexgraph {

// A Leptonica image, destroyed with its owner.
struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// PNG, JPEG or TIFF, by their signatures.
bool LooksLikeImage(std::string_view bytes);

struct ImagePageCount {
  int pages = 0;
  std::string error;  // "damaged image: ..." when pages == 0
};
ImagePageCount CountImagePages(std::string_view bytes);

// nullptr, with `error` set, when the page cannot be decoded.
PixPtr ReadImagePage(std::string_view bytes, int page_number, std::string& error);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_IMAGE_READER_H_
