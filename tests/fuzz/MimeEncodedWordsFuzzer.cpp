// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded words in unstructured text (Subject, display names), in any charset label.
#include "mime/EncodedWords.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)decodeEncodedWords(bytes);
    if (const auto word = readEncodedWord(bytes);
        word && (word->length <= 0 || word->length > bytes.size()))
        std::abort();
    return 0;
}
