#pragma once

#include "DecisionLookup.h"
#include "asm/AsmSchema.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace rb {

class HistoryDatabase;

// "Why is this person, class, course or enrollment not sent?" for one run: the run's package
// says whether it was sent, its decision trail which rule left it out or changed it, and the
// delivery before the run whether it only left the SIS's export.
class WhyQuery
{
    Q_DECLARE_TR_FUNCTIONS(rb::WhyQuery)
public:
    struct Sources
    {
        qint64 runId = 0;
        std::shared_ptr<const DecisionLookup> trail; // null: the run kept none
        QString packagePath;  // empty when the run's package is no longer kept
        QString previousPath; // the delivery before the run; empty on a first delivery
    };

    enum class Verdict { Sent, NotSent, Unknown };
    struct Answer
    {
        Verdict verdict = Verdict::Unknown;
        QStringList lines;
    };

    // The run's sources: its trail, its package (the zip it delivered, else the package it left
    // for review or blocked, if still in its slot) and the delivery before it. Zips kept in the
    // history are written into dir.
    static Result<Sources> forRun(HistoryDatabase *history, const QString &heldFolder, qint64 runId,
                                  const QTemporaryDir &dir);
    // The profile's latest run that kept a decision trail, or 0.
    static Result<qint64> latestRun(HistoryDatabase *history, const QString &profileId);

    static Answer ask(const QString &id, const Sources &sources);

private:
    struct Found
    {
        AsmTable table;
        qint64 line = 0;
        QString summary;
        QByteArray classId, studentId; // rosters
    };
    static Result<std::optional<Found>> find(const QString &packagePath, const QByteArray &id);
};

} // namespace rb
