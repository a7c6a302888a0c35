#pragma once

#include "common/Result.h"
#include "pipeline/ReviewPackage.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rb {

class PreviewDialog;
class RunHost;

// Opens the preview of the package a profile has waiting for review, next to the last
// delivered zip (written from the history to a temporary file the dialog owns).
class ReviewLauncher
{
    Q_DECLARE_TR_FUNCTIONS(rb::ReviewLauncher)
public:
    // Fails when there is nothing to review or it cannot be read. slot: the package held for
    // review (or from a dry run), or the one Apple's rules blocked.
    static Result<PreviewDialog *> create(RunHost *host, const QString &profileId,
                                          const QString &profileName, QWidget *parent,
                                          ReviewPackage::Slot slot = ReviewPackage::Slot::Review);

private:
    // Tells the open dialog when the slot no longer holds the package it shows.
    static void watchSlot(PreviewDialog *dialog, const QString &heldFolder,
                          const QString &profileId, ReviewPackage::Slot slot);
};

} // namespace rb
