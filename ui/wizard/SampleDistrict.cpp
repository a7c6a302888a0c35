#include "wizard/SampleDistrict.h"

#include "common/PrivateFiles.h"
#include "sample/SyntheticDistrict.h"

#include <QDate>
#include <QDir>

namespace rb {

QString SampleDistrict::exportFolder(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("sample-district"));
}

QString SampleDistrict::deliveryFolder(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("sample-deliveries"));
}

bool SampleDistrict::generate(const QString &folder, QString *error)
{
    // In the data folder, so for its owner only like the rest of it.
    if (!PrivateFiles::makeFolder(folder)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    gen::GeneratorOptions options;
    options.scale = gen::Scale::Tiny;
    options.version = OneRosterVersion::V1_2;
    // Today decides which school year is current, as the run's filters will.
    options.runDate = QDate::currentDate();
    options.folderPath = folder;
    const gen::SyntheticDistrict::Written written = gen::SyntheticDistrict::write(options);
    if (!written.ok) {
        *error = tr("Could not write the sample district: %1").arg(written.error);
        return false;
    }
    return true;
}

} // namespace rb
