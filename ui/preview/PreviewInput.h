#pragma once

#include "common/Result.h"

#include <QString>

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace rb {

class DecisionLookup;

// The files a preview reads, when they are made for it (see PreviewInput::prepare).
struct PreviewFiles
{
    QString packagePath;
    QString previousPackagePath;
    std::shared_ptr<const DecisionLookup> decisions;
};

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
    // When set, runs on a worker thread before anything is read and gives the files to show
    // (a copy of a held package, the last delivery written out, the decision trail), which
    // replace packagePath, previousPackagePath and decisions. Copying and hashing a large zip
    // or reading a trail from the history never keeps the window waiting. It must touch only
    // what it captured by value or by shared pointer.
    std::function<Result<PreviewFiles>(const std::atomic_bool &cancelled)> prepare;
};

} // namespace rb
