// SPDX-License-Identifier: GPL-3.0-or-later
// Replays what a real Dovecot 2.3 sent (tests/data/imap, "C:"/"S:" lines) through the parser.
#include "ParserHarness.h"
#include "QtCatch.h"
#include "imap/CommandBuilder.h"

#include <QFile>

using namespace lb;
using namespace lb::imap;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Transcript
{
    QByteArray server;        // every S: line with its CRLF
    QList<QByteArray> client; // C: lines without CRLF
};

Transcript load(const QString &name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA_DIR "/imap/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Transcript t;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("S: "))
            t.server += line.sliced(3) + "\r\n";
        else if (line.startsWith("C: "))
            t.client.append(line.sliced(3));
    }
    return t;
}

std::vector<Response> responses(const std::vector<ParseResult> &results)
{
    std::vector<Response> out;
    for (const ParseResult &r : results) {
        INFO(test::describe(r));
        REQUIRE(std::holds_alternative<Response>(r));
        out.push_back(std::get<Response>(r));
    }
    return out;
}

template <typename T> std::vector<T> all(const std::vector<Response> &rs)
{
    std::vector<T> out;
    for (const Response &r : rs) {
        if (const T *t = std::get_if<T>(&r))
            out.push_back(*t);
    }
    return out;
}

std::optional<StatusResponse> tagged(const std::vector<Response> &rs, QByteArrayView tag)
{
    for (const StatusResponse &s : all<StatusResponse>(rs)) {
        if (s.tag == tag)
            return s;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a recorded Dovecot session parses the same however it is split")
{
    const Transcript t = load(u"dovecot-2.3-session.txt"_s);
    REQUIRE(t.server.size() > 5000);
    const auto whole = test::parseWhole(t.server);
    REQUIRE(test::parseByteByByte(t.server) == whole);
    for (qsizetype cut = 1; cut < t.server.size(); cut += 7)
        REQUIRE(test::parseInPieces(t.server, {cut}) == whole);
    const std::vector<Response> rs = responses(whole);
    REQUIRE(rs.size() == 91);
    REQUIRE(all<UnknownData>(rs).empty());
    for (int i = 1; i <= 32; ++i)
        REQUIRE(tagged(rs, QByteArray("A") + QByteArray::number(i).rightJustified(4, '0')));
}

TEST_CASE("the recorded Dovecot session yields the expected typed values")
{
    const std::vector<Response> rs =
        responses(test::parseWhole(load(u"dovecot-2.3-session.txt"_s).server));

    const auto greeting = std::get<StatusResponse>(rs.front());
    REQUIRE(greeting.status == Status::PreAuth);
    REQUIRE(greeting.code->kind == ResponseCode::Kind::Capability);
    const auto features = ServerFeatures::fromCapabilities(greeting.code->capabilities);
    REQUIRE(features.literalPlus);
    REQUIRE(features.saslIr);
    REQUIRE(CapabilityData{greeting.code->capabilities}.has("QRESYNC"));

    REQUIRE(all<IdData>(rs).front().fields ==
            QList<QPair<QByteArray, NString>>{{"name", QByteArray("Dovecot")}});
    REQUIRE(all<EnabledData>(rs).front().capabilities == QList<QByteArray>{"QRESYNC"});
    REQUIRE(all<NamespaceData>(rs).front().personal.front().delimiter == '/');

    const auto lists = all<ListData>(rs);
    REQUIRE(lists.size() == 8);
    REQUIRE(lists[0].mailbox.text == u"Entw\u00fcrfe"_s);
    REQUIRE(lists[0].mailbox.raw == "Entw&APw-rfe");
    REQUIRE(lists[1].attributes == (MailboxAttribute::Subscribed | MailboxAttribute::Sent));
    REQUIRE(lists[3].attributes == MailboxAttributes(MailboxAttribute::Trash));
    REQUIRE(lists[6].lsub);

    const auto appended = tagged(rs, "A0008")->code;
    REQUIRE(appended->kind == ResponseCode::Kind::AppendUid);
    REQUIRE(appended->destUids == SequenceSet::single(1));

    const auto status = all<StatusData>(rs).front();
    REQUIRE(status.messages == 3u);
    REQUIRE(status.uidNext == Uid(4));
    REQUIRE(status.uidValidity == UidValidity(appended->number));
    REQUIRE(status.highestModSeq == ModSeq(5));
    REQUIRE(status.size == 1759u);

    const auto fetches = all<FetchData>(rs);
    const FetchData &report = fetches[0];
    REQUIRE(report.uid == Uid(1));
    REQUIRE(report.internalDate == QDateTime(QDate(2024, 3, 7), QTime(7, 5, 9), Qt::UTC));
    REQUIRE(report.rfc822Size == 832u);
    REQUIRE(report.modSeq == ModSeq(2));
    REQUIRE(report.envelope->from.front().name == "=?utf-8?q?J=C3=B6rg_M=C3=BCller?=");
    REQUIRE(report.envelope->to.size() == 2);
    REQUIRE(report.envelope->cc.front().isGroupStart());
    REQUIRE(report.envelope->inReplyTo == "<q-1@example.com>");
    REQUIRE(report.bodyStructure->subtype == "mixed");
    const BodyPart *pdf = report.bodyStructure->partAt("2");
    REQUIRE(pdf->type == "application");
    REQUIRE(pdf->disposition->type == "attachment");
    REQUIRE(pdf->disposition->params == BodyParams{{"filename", "report.pdf"}});
    REQUIRE(pdf->language == QList<QByteArray>{"en"});
    REQUIRE(report.section("HEADER.FIELDS (REFERENCES IN-REPLY-TO LIST-ID)")
                ->data->contains("List-Id: Reports"));

    const FetchData &quoted = fetches[2];
    REQUIRE(quoted.envelope->subject == R"(Re: "quoted" \ path)");
    REQUIRE(quoted.envelope->from.front().name == R"(Dee "D" Smith)");
    REQUIRE(quoted.flags == QList<QByteArray>{"\\Flagged", "\\Recent", "$Forwarded"});

    const FetchData &full = fetches[3];
    REQUIRE(full.section("")->data->startsWith("From: \"Dee"));
    REQUIRE(full.section("1", true)->data == "Just text.\r\n");
    REQUIRE(full.binarySizes == QList<QPair<QByteArray, std::uint64_t>>{{"1", 12}});

    const FetchData &forwarded = fetches[4];
    const BodyPart *inner = forwarded.bodyStructure->partAt("2");
    REQUIRE(inner->isMessage());
    REQUIRE(inner->description == "forwarded message");
    REQUIRE(inner->envelope->subject == "hello");
    REQUIRE(forwarded.bodyStructure->partAt("2.2")->subtype == "html");
    REQUIRE(forwarded.sections.front().section == "2.1");
    REQUIRE(forwarded.sections.front().origin == 0u);

    const auto esearch = all<ESearchData>(rs).front();
    REQUIRE(esearch.tag == "A0016");
    REQUIRE(esearch.uid);
    REQUIRE(esearch.count == 3u);
    REQUIRE(esearch.all->toString() == "1:3");
    REQUIRE(all<SearchData>(rs)[1] == SearchData{{1, 2, 3}, ModSeq(5)});
    REQUIRE(tagged(rs, "A0020")->code->set == SequenceSet::single(1));
    const auto vanished = all<VanishedData>(rs);
    REQUIRE(vanished[0] == VanishedData{false, SequenceSet::single(3)});
    REQUIRE(vanished[1] == VanishedData{true, SequenceSet::single(3)});
    REQUIRE(all<QuotaRootData>(rs).front().roots == QList<QByteArray>{"User quota"});
    REQUIRE(all<QuotaData>(rs).front().resources.front() == QuotaResource{"STORAGE", 3, 1048576});
    REQUIRE(all<ContinuationRequest>(rs) ==
            std::vector<ContinuationRequest>{{std::nullopt, "OK"}, {std::nullopt, "idling"}});
    REQUIRE(tagged(rs, "A0029")->code->kind == ResponseCode::Kind::ReadOnly);
    REQUIRE(tagged(rs, "A0030")->status == Status::Bad);
    REQUIRE(tagged(rs, "A0031")->status == Status::No);
    REQUIRE(std::get<StatusResponse>(rs[rs.size() - 2]).status == Status::Bye);
}

TEST_CASE("the command builder writes what the recorded client sent")
{
    const Transcript t = load(u"dovecot-2.3-session.txt"_s);
    CommandBuilder b;
    ListOptions listOptions;
    listOptions.specialUse = true;
    listOptions.subscribed = true;
    auto stripCrlf = [](const Command &c) { return c.wire().chopped(2); };
    REQUIRE(t.client.contains(stripCrlf(b.capability())));
    REQUIRE(t.client.contains(stripCrlf(b.id({{"name", "Letterbox"}, {"version", "0.1"}}))));
    REQUIRE(t.client.contains(stripCrlf(b.enable({"QRESYNC"}))));
    REQUIRE(t.client.contains(stripCrlf(b.namespaceCommand())));
    REQUIRE(t.client.contains(stripCrlf(b.create(CommandArg::mailbox(u"Entw\u00fcrfe"_s)))
                                  .replace("Entw&APw-rfe", "\"Entw&APw-rfe\"")));
    REQUIRE(t.client.contains(stripCrlf(b.list(u""_s, u"*"_s, listOptions))
                                  .replace("SUBSCRIBED SPECIAL-USE", "SPECIAL-USE SUBSCRIBED")));
}
