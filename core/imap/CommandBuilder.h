// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "imap/Command.h"
#include "imap/CommandArg.h"
#include "imap/SequenceSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lb::imap {

// What the server advertised (and we enabled) that changes how commands are written.
struct ServerFeatures
{
    bool literalPlus = false;
    bool literalMinus = false;
    bool saslIr = false;     // SASL-IR (RFC 4959): initial response on the AUTHENTICATE line
    bool utf8Accept = false; // set once ENABLE UTF8=ACCEPT succeeded
    bool binary = false;

    // From a CAPABILITY list (upper case); utf8Accept stays false until ENABLEd.
    [[nodiscard]] static ServerFeatures fromCapabilities(const QList<QByteArray> &capabilities);
};

// SELECT / EXAMINE parameters (RFC 7162 section 3.1.8 and 3.2.5).
struct SelectOptions
{
    bool readOnly = false; // EXAMINE
    bool condstore = false;
    struct QResync
    {
        UidValidity uidValidity;
        ModSeq modSeq;
        std::optional<SequenceSet> knownUids;
    };
    std::optional<QResync> qresync;
};

// LIST return options (RFC 5258, RFC 6154, RFC 5819).
struct ListOptions
{
    bool specialUse = false;
    bool subscribed = false;
    bool children = false;
    QList<QByteArray> statusItems; // RETURN (STATUS (...))
};

enum class StoreAction
{
    Add,
    Remove,
    Replace
};

// Builds command lines with their tags. Tags count up: A0001, A0002, ... Each builder
// method returns one Command; the session sends its chunks and routes the tagged reply.
class CommandBuilder
{
public:
    explicit CommandBuilder(QByteArray tagPrefix = QByteArrayLiteral("A"));

    void setFeatures(const ServerFeatures &features) { m_features = features; }
    [[nodiscard]] const ServerFeatures &features() const { return m_features; }
    [[nodiscard]] QByteArray nextTag();

    // Any command: "tag name arg arg...\r\n", args separated by spaces.
    [[nodiscard]] Command command(QByteArray name, const QList<CommandArg> &args = {});

    [[nodiscard]] Command capability();
    [[nodiscard]] Command starttls();
    [[nodiscard]] Command login(const QByteArray &user, const QByteArray &password);
    // SASL PLAIN (RFC 4616): base64("authzid\0user\0password"), on the command line with
    // SASL-IR, else after the server's "+".
    [[nodiscard]] Command authenticatePlain(const QByteArray &user, const QByteArray &password,
                                            const QByteArray &authzid = {});
    [[nodiscard]] Command enable(const QList<QByteArray> &capabilities);
    // ID (RFC 2971); no fields sends "ID NIL".
    [[nodiscard]] Command id(const QList<QPair<QByteArray, QByteArray>> &fields);
    [[nodiscard]] Command namespaceCommand();
    [[nodiscard]] Command list(const QString &reference, const QString &pattern,
                               const ListOptions &options = {});
    [[nodiscard]] Command select(const CommandArg &mailbox, const SelectOptions &options = {});
    [[nodiscard]] Command status(const CommandArg &mailbox, const QList<QByteArray> &items);
    // UID FETCH set items [(CHANGEDSINCE n [VANISHED])]; items is raw ("(UID FLAGS)").
    [[nodiscard]] Command uidFetch(const SequenceSet &uids, const QByteArray &items,
                                   std::optional<ModSeq> changedSince = {}, bool vanished = false);
    [[nodiscard]] Command uidStore(const SequenceSet &uids, StoreAction action,
                                   const QList<QByteArray> &flags, bool silent = true,
                                   std::optional<ModSeq> unchangedSince = {});
    // UID SEARCH [RETURN (...)] [CHARSET UTF-8] criteria. CHARSET is added when a string
    // criterion holds 8-bit bytes and UTF8=ACCEPT is off.
    [[nodiscard]] Command uidSearch(const QList<CommandArg> &criteria,
                                    const QList<QByteArray> &returnOptions = {});
    [[nodiscard]] Command uidCopy(const SequenceSet &uids, const CommandArg &mailbox);
    [[nodiscard]] Command uidMove(const SequenceSet &uids, const CommandArg &mailbox);
    [[nodiscard]] Command uidExpunge(const SequenceSet &uids);
    [[nodiscard]] Command expunge();
    [[nodiscard]] Command append(const CommandArg &mailbox, const QList<QByteArray> &flags,
                                 const std::optional<QDateTime> &internalDate,
                                 const QByteArray &message);
    [[nodiscard]] Command create(const CommandArg &mailbox);
    [[nodiscard]] Command deleteMailbox(const CommandArg &mailbox);
    [[nodiscard]] Command rename(const CommandArg &from, const CommandArg &to);
    [[nodiscard]] Command subscribe(const CommandArg &mailbox);
    [[nodiscard]] Command unsubscribe(const CommandArg &mailbox);
    // IDLE (RFC 2177): after the server's "+", send idleDone() to end it.
    [[nodiscard]] Command idle();
    [[nodiscard]] static QByteArray idleDone() { return QByteArrayLiteral("DONE\r\n"); }
    [[nodiscard]] Command noop();
    [[nodiscard]] Command logout();
    [[nodiscard]] Command getQuotaRoot(const CommandArg &mailbox);
    [[nodiscard]] Command close();
    [[nodiscard]] Command unselect();

private:
    [[nodiscard]] QuotingOptions quoting() const;
    // "tag name" + parts concatenated + CRLF.
    [[nodiscard]] Command assemble(QByteArray name, const QList<CommandArg> &parts);

    QByteArray m_tagPrefix;
    quint32 m_counter = 0;
    ServerFeatures m_features;
};

} // namespace lb::imap
