#pragma once

#include "store/Profile.h"
#include "store/RunRecord.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace rb {

enum class RunMode {
    // Acquire, convert, check and deliver.
    Normal,
    // Everything but the delivery; the package is kept for review.
    DryRun,
    // Deliver the package kept for review (held, or from a dry run) exactly as it was shown.
    ApproveHeld,
    // Send the last delivered zip again, as a recovery after a problem on Apple's side.
    ResendLast,
};

QString runModeName(RunMode mode);

// A run's secrets, read from the keychain on the GUI thread and handed over by value.
struct RunSecrets
{
    QHash<QString, QString> values; // by rb::SecretName

    QString value(QLatin1String name) const { return values.value(QString(name)); }
    QStringList all() const { return values.values(); }
};

// Everything one run needs. The profile is a copy: editing it during a run changes the next
// run, not this one.
struct RunRequest
{
    Profile profile;
    RunSecrets secrets;
    RunTrigger trigger = RunTrigger::Manual;
    RunMode mode = RunMode::Normal;
    // Deliver even when the safety check holds, this once.
    bool approve = false;
    // A CSV export to read instead of the profile's path (a watched folder found it).
    QString input;
    // The data folder's upload journal (set by the engine): a partial upload a killed process
    // left on the server is removed before the next upload to that account.
    QString uploadJournal;
    // The folder the profile file is in: its run lock and delivery state live beside it.
    // Empty for a profile that exists only for this run.
    QString profilesFolder;
    // ApproveHeld: the held package the admin reviewed. A different package in the slot (a
    // newer run replaced it while the review was open) is refused. 0 / empty: the one there.
    qint64 approveRunId = 0;
    QString approveSha256;
    // ApproveHeld: deliver the package's additions and updates only; the rows it would remove
    // are kept as last delivered, and the package stays held for review (KeptRemovalsPackage).
    bool keepRemovals = false;

    // For a run built from `rosterbridge convert`'s flags rather than a saved profile: the zip
    // is also written here once the safety check lets it through (or it is approved).
    QString outputZip;
    // Compared with instead of the history's last delivery.
    QString previousZip;
    // False: the run ends with its package (and outputZip); nothing is delivered.
    bool deliver = true;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::RunRequest)
