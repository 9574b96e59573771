// image_reader.cc: see image_reader.h.
#include "image_reader.h"

#include <leptonica/allheaders.h>

#include <cstdio>
#include <mutex>

namespace lexgraph {
namespace {

void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

bool LooksLikeTiff(std::string_view bytes) {
  return bytes.starts_with(std::string_view("II*\0", 4)) ||
         bytes.starts_with(std::string_view("MM\0*", 4));
}

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

// The frames of a TIFF, counted by libtiff through Leptonica (which wants a
// FILE*: fmemopen gives one over the bytes without copying them).
int TiffFrames(std::string_view bytes) {
  FILE* file = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (!file) return 0;
  l_int32 frames = 0;
  if (tiffGetCount(file, &frames) != 0) frames = 0;
  std::fclose(file);
  return frames;
}

}  // namespace

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

bool LooksLikeImage(std::string_view bytes) {
  return bytes.starts_with("\x89PNG\r\n\x1a\n") || bytes.starts_with("\xFF\xD8\xFF") ||
         LooksLikeTiff(bytes);
}

ImagePageCount CountImagePages(std::string_view bytes) {
  ImagePageCount count;
  if (!LooksLikeImage(bytes)) {
    count.error = "not an image: neither TIFF, PNG nor JPEG";
    return count;
  }
  SilenceLeptonica();
  if (LooksLikeTiff(bytes)) {
    count.pages = TiffFrames(bytes);
    if (count.pages <= 0) {
      count.pages = 0;
      count.error = "damaged image: libtiff cannot read its pages";
    }
    return count;
  }
  count.pages = 1;
  return count;
}

PixPtr ReadImagePage(std::string_view bytes, int page_number, std::string& error) {
  SilenceLeptonica();
  Pix* pix = nullptr;
  if (LooksLikeTiff(bytes)) {
    pix = pixReadMemTiff(Data(bytes), bytes.size(), page_number - 1);
  } else if (page_number == 1) {
    pix = pixReadMem(Data(bytes), bytes.size());
  }
  if (!pix) error = "damaged image: page " + std::to_string(page_number) + " cannot be decoded";
  return PixPtr(pix);
}

}  // namespace lexgraph
