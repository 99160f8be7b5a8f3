// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/ClientConfigReader.h"

#include <QXmlStreamReader>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

namespace {

// A QXmlStreamReader with the limits and the position-aware error sentences.
class Reader
{
public:
    Reader(const QByteArray &document, const ClientConfigLimits &limits)
        : m_xml(document), m_limits(limits)
    {}

    Result<ClientConfig> read();

private:
    [[nodiscard]] Error fail(const QString &what) const
    {
        return inputError(u"Autoconfig document, line %1, column %2: %3"_s.arg(
            QString::number(m_xml.lineNumber()), QString::number(m_xml.columnNumber()), what));
    }

    // Advances to the next start element inside the current one; false at its end.
    [[nodiscard]] bool nextChild(std::optional<Error> &error);
    [[nodiscard]] Result<QString> text();
    [[nodiscard]] Result<void> readProvider(ClientConfig &config);
    [[nodiscard]] Result<std::optional<ConfigServer>> readServer(bool outgoing);
    [[nodiscard]] std::optional<Error> skip();

    QXmlStreamReader m_xml;
    const ClientConfigLimits &m_limits;
    int m_depth = 0;
    int m_elements = 0;
};

bool Reader::nextChild(std::optional<Error> &error)
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++m_depth;
            if (++m_elements > m_limits.maxElements) {
                error = fail(u"more than %1 elements."_s.arg(m_limits.maxElements));
                return false;
            }
            if (m_depth > m_limits.maxDepth) {
                error = fail(u"elements nested deeper than %1 levels."_s.arg(m_limits.maxDepth));
                return false;
            }
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return false;
        case QXmlStreamReader::DTD:
            error = fail(u"a document type declaration is not allowed."_s);
            return false;
        case QXmlStreamReader::EntityReference:
            error = fail(u"an undeclared entity is not allowed."_s);
            return false;
        default:
            break;
        }
    }
    if (m_xml.hasError())
        error = fail(m_xml.errorString());
    else
        error = fail(u"the document ends inside an element."_s);
    return false;
}

std::optional<Error> Reader::skip()
{
    std::optional<Error> error;
    while (nextChild(error)) {
        if (auto inner = skip())
            return inner;
    }
    return error;
}

Result<QString> Reader::text()
{
    QString value;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            value += m_xml.text();
            if (value.size() > m_limits.maxTextLength)
                return fail(u"a text longer than %1 characters."_s.arg(m_limits.maxTextLength));
        } else if (token == QXmlStreamReader::EndElement) {
            --m_depth;
            return value.trimmed();
        } else if (token == QXmlStreamReader::StartElement) {
            return fail(u"element <%1> where only text is expected."_s.arg(m_xml.name()));
        } else if (token == QXmlStreamReader::EntityReference || token == QXmlStreamReader::DTD) {
            return fail(u"an entity or document type declaration is not allowed."_s);
        }
    }
    return fail(m_xml.hasError() ? m_xml.errorString() : u"the document ends inside a text."_s);
}

bool validHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('.')) ||
        host.startsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : host) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<net::TlsMode> socketType(const QString &text)
{
    if (text.compare(u"SSL"_s, Qt::CaseInsensitive) == 0 ||
        text.compare(u"TLS"_s, Qt::CaseInsensitive) == 0)
        return net::TlsMode::Implicit;
    if (text.compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0)
        return net::TlsMode::StartTls;
    if (text.compare(u"plain"_s, Qt::CaseInsensitive) == 0)
        return net::TlsMode::None;
    return std::nullopt;
}

std::optional<ServerType> serverType(const QString &text, bool outgoing)
{
    if (outgoing)
        return text.compare(u"smtp"_s, Qt::CaseInsensitive) == 0 ? std::optional(ServerType::Smtp)
                                                                 : std::nullopt;
    if (text.compare(u"imap"_s, Qt::CaseInsensitive) == 0)
        return ServerType::Imap;
    if (text.compare(u"pop3"_s, Qt::CaseInsensitive) == 0)
        return ServerType::Pop3;
    return std::nullopt;
}

Result<std::optional<ConfigServer>> Reader::readServer(bool outgoing)
{
    const QString typeText = m_xml.attributes().value(u"type"_s).toString();
    const std::optional<ServerType> type = serverType(typeText, outgoing);
    if (!type) { // Exchange, EWS, ActiveSync...: not ours
        if (auto error = skip())
            return *error;
        return std::optional<ConfigServer>();
    }
    ConfigServer server;
    server.type = *type;
    bool havePort = false;
    std::optional<Error> error;
    while (nextChild(error)) {
        const QString name = m_xml.name().toString();
        if (name == u"hostname"_s || name == u"port"_s || name == u"socketType"_s ||
            name == u"username"_s || name == u"authentication"_s) {
            Result<QString> value = text();
            if (!value)
                return value.error();
            if (name == u"hostname"_s) {
                if (!validHostName(*value))
                    return fail(u"\"%1\" is not a host name."_s.arg(*value));
                server.hostname = value->toLower();
            } else if (name == u"port"_s) {
                bool ok = false;
                const uint port = value->toUInt(&ok);
                if (!ok || port == 0 || port > 65535)
                    return fail(u"port \"%1\" is not a number from 1 to 65535."_s.arg(*value));
                server.port = static_cast<quint16>(port);
                havePort = true;
            } else if (name == u"socketType"_s) {
                const std::optional<net::TlsMode> tls = socketType(*value);
                if (!tls)
                    return fail(u"socket type \"%1\" is not SSL, STARTTLS or plain."_s.arg(*value));
                server.tls = *tls;
            } else if (name == u"username"_s) {
                server.usernameTemplate = *value;
            } else {
                server.authentication.append(*value);
            }
        } else if (auto inner = skip()) {
            return *inner;
        }
    }
    if (error)
        return *error;
    if (server.hostname.isEmpty())
        return fail(u"a %1 server without a host name."_s.arg(toString(server.type)));
    if (!havePort)
        return fail(u"a %1 server without a port."_s.arg(toString(server.type)));
    return std::optional(server);
}

Result<void> Reader::readProvider(ClientConfig &config)
{
    config.providerId = m_xml.attributes().value(u"id"_s).toString();
    std::optional<Error> error;
    while (nextChild(error)) {
        const QString name = m_xml.name().toString();
        const bool incoming = name == u"incomingServer"_s;
        if (incoming || name == u"outgoingServer"_s) {
            Result<std::optional<ConfigServer>> server = readServer(!incoming);
            if (!server)
                return server.error();
            if (!server->has_value())
                continue;
            if (config.incoming.size() + config.outgoing.size() >= m_limits.maxServers)
                return fail(u"more than %1 servers."_s.arg(m_limits.maxServers));
            (incoming ? config.incoming : config.outgoing).append(**server);
        } else if (name == u"domain"_s || name == u"displayName"_s ||
                   name == u"displayShortName"_s) {
            Result<QString> value = text();
            if (!value)
                return value.error();
            if (name == u"domain"_s)
                config.domains.append(value->toLower());
            else if (name == u"displayName"_s)
                config.displayName = *value;
            else
                config.shortName = *value;
        } else if (auto inner = skip()) {
            return *inner;
        }
    }
    if (error)
        return *error;
    return Ok{};
}

Result<ClientConfig> Reader::read()
{
    std::optional<Error> error;
    if (!nextChild(error))
        return error.value_or(fail(u"the document is empty."_s));
    if (m_xml.name() != u"clientConfig"_s)
        return fail(u"the root element is <%1>, not <clientConfig>."_s.arg(m_xml.name()));
    ClientConfig config;
    bool haveProvider = false;
    while (nextChild(error)) {
        if (m_xml.name() == u"emailProvider"_s && !haveProvider) {
            haveProvider = true;
            if (Result<void> read = readProvider(config); !read)
                return read.error();
        } else if (auto inner = skip()) {
            return *inner;
        }
    }
    if (error)
        return *error;
    // Nothing but whitespace, comments and processing instructions may follow the root.
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return fail(u"a second root element."_s);
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(m_xml.errorString());
    if (!haveProvider)
        return fail(u"no <emailProvider> element."_s);
    if (config.incoming.isEmpty())
        return fail(u"no IMAP or POP3 server."_s);
    return config;
}

} // namespace

Result<ClientConfig> parseClientConfig(const QByteArray &document, const ClientConfigLimits &limits)
{
    if (document.size() > limits.maxBytes)
        return inputError(u"Autoconfig document refused: %1 bytes is more than the limit of %2."_s
                              .arg(document.size())
                              .arg(limits.maxBytes));
    if (document.trimmed().isEmpty())
        return inputError(u"Autoconfig document refused: it is empty."_s);
    return Reader(document, limits).read();
}

} // namespace lb::accounts::discovery
