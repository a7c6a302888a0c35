#include "Findings.h"

#include <QCoreApplication>

#include <algorithm>

namespace rb {

namespace {
QString kindKey(const Finding &f)
{
    const QChar unitSeparator(0x1f);
    return f.file + unitSeparator + f.code + unitSeparator + QString::number(int(f.severity));
}
} // namespace

Findings::Findings(int keepPerKind)
    : m_keepPerKind(keepPerKind)
{
}

void Findings::add(Finding finding)
{
    switch (finding.severity) {
    case Severity::Error:
        ++m_errorCount;
        break;
    case Severity::Warning:
        ++m_warningCount;
        break;
    case Severity::Info:
        ++m_infoCount;
        break;
    }
    const QString key = kindKey(finding);
    qint64 &count = m_perKind[key];
    ++count;
    if (count == 1)
        m_firstOfKind.insert(key, finding);
    if (count <= m_keepPerKind)
        m_kept.append(std::move(finding));
}

void Findings::add(Severity severity, const QString &file, qint64 line, const QString &field,
                   const QString &message, const QString &code)
{
    add(Finding{severity, file, line, field, message, code});
}

void Findings::append(const Findings &other)
{
    // Replays the other collection's full counts so that summaries stay exact.
    for (const Finding &f : other.m_kept)
        add(f);
    for (auto it = other.m_perKind.cbegin(); it != other.m_perKind.cend(); ++it) {
        const qint64 hidden = it.value() - std::min<qint64>(it.value(), other.m_keepPerKind);
        if (hidden <= 0)
            continue;
        const Finding &first = other.m_firstOfKind.value(it.key());
        m_perKind[it.key()] += hidden;
        if (!m_firstOfKind.contains(it.key()))
            m_firstOfKind.insert(it.key(), first);
        switch (first.severity) {
        case Severity::Error:
            m_errorCount += hidden;
            break;
        case Severity::Warning:
            m_warningCount += hidden;
            break;
        case Severity::Info:
            m_infoCount += hidden;
            break;
        }
    }
}

QList<Finding> Findings::report() const
{
    QList<Finding> out = m_kept;
    for (auto it = m_perKind.cbegin(); it != m_perKind.cend(); ++it) {
        const qint64 hidden = it.value() - m_keepPerKind;
        if (hidden <= 0)
            continue;
        Finding summary = m_firstOfKind.value(it.key());
        summary.line = 0;
        summary.field.clear();
        const int more = int(std::min<qint64>(hidden, INT_MAX));
        summary.message = QCoreApplication::translate(
                              "rb::Findings", "%n more like \"%1\" not listed", nullptr, more)
                              .arg(summary.message);
        out.append(summary);
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    return out;
}

QStringList Findings::lines() const
{
    QStringList out;
    for (const Finding &f : report())
        out.append(severityName(f.severity) + QStringLiteral(": ") + f.toString());
    return out;
}

QJsonArray Findings::toJson() const
{
    QJsonArray out;
    for (const Finding &f : report())
        out.append(f.toJson());
    return out;
}

} // namespace rb
