#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge history`: the runs in the history database, one run's steps and exchanges,
// and a search by person or class id across runs.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
