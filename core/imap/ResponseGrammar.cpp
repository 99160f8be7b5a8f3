// SPDX-License-Identifier: GPL-3.0-or-later
// response = continue-req / response-data / response-tagged (RFC 9051 section 9): the
// dispatch on the first tokens of a response.
#include "imap/Grammar.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::grammar {

namespace {

std::optional<Status> statusFromName(const QByteArray &upper)
{
    if (upper == "OK")
        return Status::Ok;
    if (upper == "NO")
        return Status::No;
    if (upper == "BAD")
        return Status::Bad;
    if (upper == "PREAUTH")
        return Status::PreAuth;
    if (upper == "BYE")
        return Status::Bye;
    return std::nullopt;
}

bool statusRest(Cursor &c, StatusResponse &out)
{
    if (!c.skip(' '))
        return true; // "* OK" with no text at all
    return respText(c, out.code, out.text);
}

template <typename T, typename Reader> std::optional<Response> read(Cursor &c, Reader reader)
{
    T data{};
    if (!reader(c, data))
        return std::nullopt;
    return Response(std::move(data));
}

std::optional<Response> numbered(Cursor &c, std::uint32_t n)
{
    QByteArray keyword;
    if (!c.sp() || !c.atom(keyword))
        return std::nullopt;
    keyword = keyword.toUpper();
    if (keyword == "EXISTS")
        return Response(ExistsData{n});
    if (keyword == "RECENT")
        return Response(RecentData{n});
    if (keyword == "EXPUNGE")
        return Response(ExpungeData{n});
    if (keyword == "FETCH") {
        FetchData fetch;
        fetch.sequence = n;
        if (!c.sp() || !fetchAttributes(c, fetch))
            return std::nullopt;
        return Response(std::move(fetch));
    }
    UnknownData unknown{n, keyword, {}};
    c.skip(' ');
    c.restOfResponse(unknown.raw);
    return Response(std::move(unknown));
}

std::optional<Response> keyworded(Cursor &c, const QByteArray &keyword)
{
    if (auto status = statusFromName(keyword)) {
        StatusResponse r{{}, *status, {}, {}};
        return statusRest(c, r) ? std::optional<Response>(std::move(r)) : std::nullopt;
    }
    auto afterSp = [&c](auto reader) {
        return [&c, reader](Cursor &, auto &data) { return c.sp() && reader(c, data); };
    };
    if (keyword == "CAPABILITY")
        return read<CapabilityData>(
            c, [](Cursor &c, auto &d) { return capabilityList(c, d.capabilities); });
    if (keyword == "ENABLED")
        return read<EnabledData>(
            c, [](Cursor &c, auto &d) { return capabilityList(c, d.capabilities); });
    if (keyword == "LIST" || keyword == "LSUB") {
        ListData list;
        list.lsub = keyword == "LSUB";
        return c.sp() && listData(c, list) ? std::optional<Response>(std::move(list))
                                           : std::nullopt;
    }
    if (keyword == "FLAGS")
        return read<FlagsData>(c, [](Cursor &c, auto &d) { return c.sp() && c.flagList(d.flags); });
    if (keyword == "NAMESPACE")
        return read<NamespaceData>(c, afterSp(namespaceData));
    if (keyword == "STATUS")
        return read<StatusData>(c, afterSp(statusData));
    if (keyword == "QUOTA")
        return read<QuotaData>(c, afterSp(quotaData));
    if (keyword == "QUOTAROOT")
        return read<QuotaRootData>(c, afterSp(quotaRootData));
    if (keyword == "ID")
        return read<IdData>(c, afterSp(idData));
    if (keyword == "SEARCH")
        return read<SearchData>(c, searchData);
    if (keyword == "ESEARCH")
        return read<ESearchData>(c, esearchData);
    if (keyword == "VANISHED")
        return read<VanishedData>(c, vanishedData);
    UnknownData unknown{std::nullopt, keyword, {}};
    c.skip(' ');
    c.restOfResponse(unknown.raw);
    return Response(std::move(unknown));
}

std::optional<Response> untagged(Cursor &c)
{
    if (!c.sp())
        return std::nullopt;
    if (c.peek() >= '0' && c.peek() <= '9') {
        std::uint32_t n = 0;
        return c.number(n) ? numbered(c, n) : std::nullopt;
    }
    QByteArray keyword;
    if (!c.atom(keyword))
        return std::nullopt;
    return keyworded(c, keyword.toUpper());
}

std::optional<Response> continuation(Cursor &c)
{
    ContinuationRequest r;
    c.skip(' ');
    if (!respText(c, r.code, r.text))
        return std::nullopt;
    return Response(std::move(r));
}

// tag = 1*<any ASTRING-CHAR except "+">
std::optional<Response> tagged(Cursor &c)
{
    StatusResponse r;
    const qsizetype start = c.pos();
    while (!c.atEnd() && (isAtomChar(c.peek()) || c.peek() == ']') && c.peek() != '+')
        c.setPos(c.pos() + 1);
    if (c.pos() == start) {
        c.fail(u"expected a tag, \"*\" or \"+\""_s);
        return std::nullopt;
    }
    r.tag = c.data().sliced(start, c.pos() - start).toByteArray();
    QByteArray keyword;
    const qsizetype keywordAt = c.pos() + 1;
    if (!c.sp() || !c.atom(keyword))
        return std::nullopt;
    const auto status = statusFromName(keyword.toUpper());
    if (!status || *status == Status::PreAuth || *status == Status::Bye) {
        c.failAt(keywordAt, u"expected OK, NO or BAD after the tag"_s);
        return std::nullopt;
    }
    r.status = *status;
    if (!statusRest(c, r))
        return std::nullopt;
    return Response(std::move(r));
}

} // namespace

std::optional<Response> response(Cursor &c)
{
    std::optional<Response> r;
    if (c.skip('+'))
        r = continuation(c);
    else if (c.skip('*'))
        r = untagged(c);
    else
        r = tagged(c);
    if (!r)
        return std::nullopt;
    while (c.peek() == ' ')
        c.skip(' '); // trailing spaces, which some servers leave
    if (!c.crlf())
        return std::nullopt;
    if (!c.atEnd()) {
        c.fail(u"unexpected data after the response"_s);
        return std::nullopt;
    }
    return r;
}

} // namespace lb::imap::grammar
