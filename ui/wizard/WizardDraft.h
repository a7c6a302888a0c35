#pragma once

#include "profile/DistrictSummary.h"
#include "store/Profile.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rb {

enum class SetupFlow { Rest, Csv, Sample };

// The profile the wizard is building, shared by its pages. Secrets stay here in memory until
// the finish page hands them to the keychain; they never reach the profile or the disk.
class WizardDraft
{
public:
    WizardDraft();

    SetupFlow flow = SetupFlow::Rest;
    Profile profile;
    // By rb::SecretName; only the ones the finished profile needs are stored.
    QHash<QString, QString> secrets;
    // The SIS's name as the admin gave it ("Other"), for the profile's name.
    QString sisName;
    // A local OneRoster export of the district (the CSV export, a downloaded or fetched copy,
    // or the sample) that the filters page lists schools from and counts with.
    QString exportPath;
    // What exportPath held when it was last read; cleared when exportPath changes.
    DistrictSummary summary;

    void setExportPath(const QString &path);
    // A private folder for downloads and fetched data, removed with the wizard.
    QString workFolder();

private:
    std::unique_ptr<QTemporaryDir> m_work;
};

} // namespace rb
