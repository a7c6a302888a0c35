#include "ConversionFixture.h"

#include <QDir>
#include <QFile>

namespace rb::test {

QByteArrayList ConversionFixture::Output::keys(AsmTable t) const
{
    QByteArrayList k;
    const auto rows = table(t);
    for (qsizetype i = 1; i < rows.size(); ++i)
        k.append(rows.at(i).value(0));
    return k;
}

FilterSettings ConversionFixture::filtersOn(QDate runDate)
{
    FilterSettings f;
    f.runDate = runDate;
    return f;
}

std::unique_ptr<ConversionFixture::Output> ConversionFixture::convert(const QString &input,
                                                                      const FilterSettings &filters,
                                                                      const MappingOptions &mapping)
{
    auto out = std::make_unique<Output>();
    out->folder = m_tmp.filePath(QStringLiteral("out%1").arg(++m_runs));
    QDir().mkpath(out->folder);
    RosterConverter converter(filters, mapping);
    out->ok = converter.convert(input, out->folder, &out->findings);
    return out;
}

QString ConversionFixture::variant(const QString &file, const QByteArray &content)
{
    const QString dir = m_tmp.filePath(QStringLiteral("variant%1").arg(++m_runs));
    QDir().mkpath(dir);
    copyFolder(oneRosterFixture(QStringLiteral("v11-basic")), dir);
    if (content.isNull())
        QFile::remove(QDir(dir).filePath(file));
    else
        writeFile(QDir(dir).filePath(file), content);
    return dir;
}

QByteArray ConversionFixture::fixtureFile(const QString &name)
{
    return readFile(oneRosterFixture(QStringLiteral("v11-basic/")) + name);
}

} // namespace rb::test
