#pragma once

#include "common/Findings.h"

#include <QCoreApplication>

namespace rb {

struct RestSourceSettings;

// The command-line side of the OneRoster REST source: reading a source file, and the layered
// connection test.
class RestCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::RestCommand)
public:
    // Reads a source settings file; false (with findings) when unusable.
    static bool load(const QString &path, RestSourceSettings *settings, Findings *findings);
    // `rosterbridge test-connection --source FILE`; the secret comes from the environment.
    static int testConnection(const QStringList &arguments);
};

} // namespace rb
