#include "HttpRequest.h"

#include <QUrl>

namespace rb::dev {

namespace {
// Limits that keep a broken or hostile client from growing the buffer without end.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::decodedPath() const
{
    return QUrl::fromPercentEncoding(path);
}

QString HttpRequest::queryValue(const QString &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QString HttpRequest::cookie(const QString &name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView("Cookie").compare(h.first, Qt::CaseInsensitive) != 0)
            continue;
        const auto parts = h.second.split(';');
        for (const QByteArray &part : parts) {
            const QByteArray p = part.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0 && QString::fromUtf8(p.left(eq)) == name)
                return QString::fromUtf8(p.mid(eq + 1));
        }
    }
    return {};
}

QString HttpRequest::formDecode(QByteArrayView text)
{
    QByteArray bytes = text.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QueryItems HttpRequest::parseForm(QByteArrayView form)
{
    QueryItems items;
    if (form.isEmpty())
        return items;
    const auto pairs = form.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            items.append({formDecode(pair), QString()});
        else
            items.append({formDecode(QByteArrayView(pair).first(eq)),
                          formDecode(QByteArrayView(pair).sliced(eq + 1))});
    }
    return items;
}

HttpRequestParser::Result HttpRequestParser::next(HttpRequest *request)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes) {
            m_error = QStringLiteral("request head too large");
            return Result::Error;
        }
        return Result::NeedMore;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    HttpRequest r;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_error = QStringLiteral("malformed request line");
        return Result::Error;
    }
    r.method = requestLine.at(0);
    r.target = requestLine.at(1);
    r.version = requestLine.at(2);
    const qsizetype q = r.target.indexOf('?');
    r.path = q < 0 ? r.target : r.target.left(q);
    r.rawQuery = q < 0 ? QByteArray() : r.target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = QStringLiteral("malformed header line");
            return Result::Error;
        }
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!r.header("Transfer-Encoding").isEmpty()) {
        m_error = QStringLiteral("chunked request bodies are not supported");
        return Result::Error;
    }
    bool ok = true;
    const QByteArray lengthText = r.header("Content-Length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > MaxBodyBytes) {
        m_error = QStringLiteral("bad Content-Length");
        return Result::Error;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < length)
        return Result::NeedMore;
    r.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    *request = std::move(r);
    return Result::Complete;
}

} // namespace rb::dev
