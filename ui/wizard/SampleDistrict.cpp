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

Result<void> SampleDistrict::generate(const QString &folder)
{
    // In the data folder, so for its owner only like the rest of it.
    if (!PrivateFiles::makeFolder(folder))
        return Failure{tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    gen::GeneratorOptions options;
    options.scale = gen::Scale::Tiny;
    options.version = OneRosterVersion::V1_2;
    // Today decides which school year is current, as the run's filters will.
    options.runDate = QDate::currentDate();
    options.folderPath = folder;
    // Names in many scripts: the first thing a new admin sees shows that they come through.
    options.names = gen::NameMix::World;
    const Result<gen::SyntheticDistrict::Counts> written = gen::SyntheticDistrict::write(options);
    if (!written)
        return Failure{tr("Could not write the sample district: %1").arg(written.error())};
    return {};
}

} // namespace rb
