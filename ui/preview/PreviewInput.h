#pragma once

#include <QString>

#include <QStringList>
#include <memory>

namespace rb {

class DecisionLookup;

// What the preview dialog shows: a package waiting for the admin's decision.
struct PreviewInput
{
    QString packagePath;         // the zip to review (a held or dry-run package)
    QString previousPackagePath; // the last delivered zip, empty on a first delivery
    QString title;               // e.g. "North District — held for review"
    QStringList reasons;         // why it was held (safety messages), shown at the top
    // Shows "Upload to Apple School Manager" and "Discard package"; false for a read-only look
    // at a package that is no longer waiting (a delivered one, from the history).
    bool canApprove = true;
    // A package Apple's rules blocked: it opens on its findings and can only be discarded.
    bool blocked = false;
    // Which held package this is (the run that made it and the zip's sha256): approving
    // carries them, so that only this package can be delivered.
    qint64 runId = 0;
    QString sha256;
    // The decision trail of the run that made the package: the Changes tab's causes and the
    // "Why is … not sent?" box. Null when the run kept none.
    std::shared_ptr<const DecisionLookup> decisions;
};

} // namespace rb
