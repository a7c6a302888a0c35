#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

// What the unattended service is, once, for every platform: ServiceFiles turns it into a
// systemd user unit, a launchd plist and a Task Scheduler task.
struct ServiceDescription
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServiceDescription)
public:
    // A secret the service is given: its credential name and, on Linux, the file that holds it
    // encrypted by systemd-creds.
    struct Credential
    {
        QString name;
        QString encryptedFile;
    };

    // "rosterbridge" (the unit's and the task's name) and "org.rosterbridge.serve" (launchd).
    QString name = QStringLiteral("rosterbridge");
    QString label = QStringLiteral("org.rosterbridge.serve");
    QString description;
    // The rosterbridge program, absolute, and what follows it ("serve", the folders).
    QString program;
    QStringList arguments;
    QString workingDirectory;
    // The account it runs as (launchd's UserName, the task's principal).
    QString userName;
    // Where launchd writes what the service prints (systemd has the journal, Windows the log).
    QString logFile;
    QList<Credential> credentials;
    // A failed start is tried again after this long.
    int restartSeconds = 60;

    // The account the service runs as: this user (DOMAIN\\user on Windows).
    static QString currentAccount();
    // `program serve` for exactly these folders (absolute), as the running user.
    static ServiceDescription forServe(const QString &program, const QString &profilesFolder,
                                       const QString &configFolder, const QString &dataFolder);
};

} // namespace rb
