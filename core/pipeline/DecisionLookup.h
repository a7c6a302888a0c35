#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rb {

class HistoryDatabase;

// One row of a run's decision trail (see DecisionTrail): what the filters left out or changed.
struct Decision
{
    QByteArray subject; // school, course, class, person, enrollment
    QByteArray id;
    QByteArray cause; // decisionCauseName()
    QString file;
    qint64 line = 0;
    QString detail;
    QString source;
    QByteArray classId, userId; // enrollments
};

// A run's decision trail, read back for the questions an admin asks: why is this person, class
// or enrollment not sent, and why did the last delivery's row go.
class DecisionLookup
{
    Q_DECLARE_TR_FUNCTIONS(rb::DecisionLookup)
public:
    // The trail of runId; an approval's is the trail of the run whose package it delivered.
    // Empty when that run kept none (it stopped before its filters, made no package of its
    // own, or was pruned).
    static Result<std::optional<DecisionLookup>> load(HistoryDatabase *history, qint64 runId);
    static Result<DecisionLookup> fromCsv(const QByteArray &csv);
    // The same for a window that can do without: null when there is none, or it cannot be
    // read (logged).
    static std::shared_ptr<const DecisionLookup> shared(HistoryDatabase *history, qint64 runId);

    qint64 runId() const { return m_runId; }
    qsizetype size() const { return m_decisions.size(); }
    // Every decision about the id, in trail order.
    QList<Decision> about(QByteArrayView id) const;
    // The decision that left the id out, if one did.
    std::optional<Decision> leftOut(QByteArrayView id) const;

    // Why a row of the last delivery is missing from this package, in a few words, and the
    // sentence behind them. key: the table's key value; for rosters the roster_id, the
    // class_id and the student_id.
    struct Cause
    {
        QString title;
        QString sentence;
        bool leftExport = false;
    };
    Cause removalCause(QByteArrayView id, QByteArrayView classId = {},
                       QByteArrayView studentId = {}) const;

    // "Status filter" and its sentence, for one decision.
    static QString causeTitle(const Decision &decision);
    static QString causeSentence(const Decision &decision);

private:
    QList<Decision> m_decisions;
    QMultiHash<QByteArray, qsizetype> m_byId;
    qint64 m_runId = 0;
};

} // namespace rb
