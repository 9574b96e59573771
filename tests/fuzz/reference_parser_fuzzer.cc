// reference_parser_fuzzer.cc: any bytes -> ParseReference. It must not
// crash or hang, and its answer is sane: on success a non-empty key of the
// "sym:" or "name:" kind, a symbol or a name as that kind says, a date of
// the calendar in ISO form; on failure a reason. Parsing is a pure
// function: twice gives the same key, and so does the canonical symbol or
// name it returns, typed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "lexgraph/reference_parser.h"

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const lexgraph::ParsedReference parsed = lexgraph::ParseReference(input);
  if (!parsed.ok()) {
    FUZZ_CHECK(!parsed.error.empty());
    return 0;
  }
  const lexgraph::Reference& ref = *parsed.reference;
  FUZZ_CHECK(!ref.key.empty());
  if (StartsWith(ref.key, "sym:")) {
    FUZZ_CHECK(ref.key.size() > 4);
    FUZZ_CHECK(ref.symbol.has_value() && !ref.symbol->empty());
  } else {
    FUZZ_CHECK(StartsWith(ref.key, "name:"));
    FUZZ_CHECK(ref.key.size() > 5);
    FUZZ_CHECK(ref.name.has_value() && !ref.name->empty());
  }
  FUZZ_CHECK(!ref.date || lexgraph::fuzz::IsIsoDate(*ref.date));
  const lexgraph::ParsedReference again = lexgraph::ParseReference(input);
  FUZZ_CHECK(again.ok() && again.reference->key == ref.key);
  // The canonical symbol or name it gives, typed, names the same document.
  const lexgraph::ParsedReference canonical =
      lexgraph::ParseReference(ref.symbol ? *ref.symbol : *ref.name);
  FUZZ_CHECK(canonical.ok() && canonical.reference->key == ref.key);
  return 0;
}
