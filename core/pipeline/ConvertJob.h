#pragma once

#include "asm/AsmSchema.h"

#include <QHash>

#include "ConversionSettings.h"
#include "common/Findings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rb {

// One conversion from a OneRoster export to an ASM zip, the way `rosterbridge convert` does
// it: read, filter and map into a private staging folder, check Apple's rules, compare with
// the previous delivery, apply the safety rule, and only then write the zip (atomically).
class ConvertJob
{
    Q_DECLARE_TR_FUNCTIONS(rb::ConvertJob)
public:
    enum class Outcome { Written, Failed, Held };

    struct Request
    {
        QString input;
        QString output;
        QString previous; // the last delivered zip, or empty
        ConversionSettings settings;
        bool approve = false; // write even when the safety check holds
        // The zip goes on to Apple School Manager (or a delivery folder): without a previous
        // delivery to compare with, it waits for --approve like a profile's first delivery.
        bool delivers = false;
    };

    explicit ConvertJob(Request request);
    Outcome run();

    const Findings &findings() const { return m_findings; }
    // Why the safety check held or stopped the run, for the admin.
    QStringList safetyMessages() const { return m_safetyMessages; }
    // Everything the run learned: steps with timings, counts, findings, diff, safety.
    QJsonObject report() const { return m_report; }
    static QString outcomeName(Outcome outcome);

private:
    Outcome finish(Outcome outcome);
    void step(const QString &name, qint64 ms, bool ok);

    Request m_request;
    Findings m_findings;
    QJsonObject m_report;
    QHash<AsmTable, qint64> m_activeInExport;
    QJsonArray m_steps;
    QStringList m_safetyMessages;
};

} // namespace rb
