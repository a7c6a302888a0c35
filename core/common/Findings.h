#pragma once

#include "Finding.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace rb {

// Collects findings. A broken export can produce millions of identical problems, so only the
// first few of each (file, code) pair are kept in full; the rest are counted and summarised.
class Findings
{
public:
    explicit Findings(int keepPerKind = 25);

    void add(Finding finding);
    void add(Severity severity, const QString &file, qint64 line, const QString &field,
             const QString &message, const QString &code);
    void error(const QString &file, qint64 line, const QString &field, const QString &message,
               const QString &code)
    {
        add(Severity::Error, file, line, field, message, code);
    }
    void warning(const QString &file, qint64 line, const QString &field, const QString &message,
                 const QString &code)
    {
        add(Severity::Warning, file, line, field, message, code);
    }
    void info(const QString &file, qint64 line, const QString &field, const QString &message,
              const QString &code)
    {
        add(Severity::Info, file, line, field, message, code);
    }
    void append(const Findings &other);

    bool hasErrors() const { return m_errorCount > 0; }
    qint64 errorCount() const { return m_errorCount; }
    qint64 warningCount() const { return m_warningCount; }
    qint64 infoCount() const { return m_infoCount; }
    qint64 totalCount() const { return m_errorCount + m_warningCount + m_infoCount; }

    // Findings kept in full, in the order they were added.
    const QList<Finding> &kept() const { return m_kept; }
    // Kept findings plus one summary line per kind that overflowed, errors first.
    QList<Finding> report() const;
    QStringList lines() const;
    QJsonArray toJson() const;

private:
    int m_keepPerKind;
    QList<Finding> m_kept;
    QHash<QString, qint64> m_perKind;
    QHash<QString, Finding> m_firstOfKind;
    qint64 m_errorCount = 0;
    qint64 m_warningCount = 0;
    qint64 m_infoCount = 0;
};

} // namespace rb
