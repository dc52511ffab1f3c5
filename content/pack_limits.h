// The sizes a content pack may hold, checked when it is built and again when the kiosk opens it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "messages.h"
#include "model.h"

namespace vitrine::limits {

// content/README.md (« Limites / Limits ») documents each one with the message it gives.
inline constexpr size_t kFieldBytes = 1000;       // a one-line field: id, title, pitch, city, list
inline constexpr size_t kLongFieldBytes = 20000;  // description, testimonial, consent text, tasks
inline constexpr size_t kParagraphBytes = 20000;  // one heading, paragraph or bullet of a body
inline constexpr size_t kBodyLines = 1000;        // headings + paragraphs + bullets of one body
inline constexpr size_t kBodyBytes = 100000;      // one career body, all of it
inline constexpr size_t kRows = 20000;  // rows per file (careers, offers, quiz answers…)
inline constexpr size_t kImages = 500;  // images per pack
inline constexpr int kImageW = 960, kImageH = 640;  // pixels of a stored image (the detail size)
inline constexpr size_t kImageBytes = 4u << 20;     // one stored, encoded image
inline constexpr uint64_t kPackBytes = 256u << 20;  // the whole .kpack file

// One limit exceeded: the source file it comes from (relative, as in diagnostics) and why.
struct Excess {
  std::string file;
  std::string message;
  M kind = M::limit_field;  // which limit: repeats of one kind are summarised (RepeatCap)
};

// Every text, body and row count of `c` and `translations`, and the number of images.
std::vector<Excess> checkText(const Catalogue& c, const std::vector<Translation>& translations,
                              size_t images);
// A stored image's declared size and encoded length.
std::vector<Excess> checkImage(const std::string& id, int64_t width, int64_t height, int64_t bytes,
                               int maxW = kImageW, int maxH = kImageH);

}  // namespace vitrine::limits
