// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/BodyIndexing.h"

#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "store/Store.h"

#include <vector>

namespace lb::sync::pop3 {

Result<void> indexBodies(store::Store &store, std::span<const MessageId> messages)
{
    constexpr std::size_t kBatch = 200;
    std::vector<store::BodyText> batch;
    batch.reserve(std::min(kBatch, messages.size()));
    auto flush = [&]() -> Result<void> {
        if (batch.empty())
            return Ok{};
        auto indexed = store.indexTexts(batch);
        batch.clear();
        return indexed;
    };
    for (const MessageId id : messages) {
        auto raw = store.body(id);
        if (!raw)
            return raw.error();
        if (!*raw)
            continue; // deleted meanwhile
        batch.push_back({id, mime::readableText(mime::parseMessage(std::move(**raw)))});
        if (batch.size() >= kBatch) {
            if (auto flushed = flush(); !flushed)
                return flushed;
        }
    }
    return flush();
}

} // namespace lb::sync::pop3
