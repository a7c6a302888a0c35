#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rb {

struct RestSecrets;
struct RestSourceSettings;

// The command-line side of the OneRoster REST source: reading a source file and its secret,
// fetching the export, and the layered connection test.
class RestCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::RestCommand)
public:
    // The environment variable that gives the SIS client secret to headless runs.
    static constexpr const char *kSecretVariable = "ROSTERBRIDGE_SIS_SECRET";

    // Reads a source settings file and the secret; false (with findings) when unusable.
    static bool load(const QString &path, RestSourceSettings *settings, RestSecrets *secrets,
                     Findings *findings);
    // Fetches the six collections into folder as a OneRoster CSV export. Runs the event loop
    // until done; progress goes to standard error. report receives counts and exchanges.
    static bool fetch(const RestSourceSettings &settings, const RestSecrets &secrets,
                      const QString &folder, Findings *findings, QJsonObject *report);
    // `rosterbridge test-connection --source FILE`
    static int testConnection(const QStringList &arguments);
};

} // namespace rb
