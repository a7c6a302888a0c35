#pragma once

#include "TestSupport.h"
#include "pipeline/RosterConverter.h"

#include <QTemporaryDir>

#include <memory>

namespace rb::test {

// Runs RosterConverter into fresh folders and reads back what it wrote; also builds broken
// copies of the 1.1 fixture for the bad-input cases.
class ConversionFixture
{
public:
    struct Output
    {
        bool ok = false;
        Findings findings;
        QString folder;
        QList<QByteArrayList> table(AsmTable t) const { return readAsmTable(folder, t); }
        // The first column of every data row.
        QByteArrayList keys(AsmTable t) const;
    };

    static FilterSettings filtersOn(QDate runDate);
    std::unique_ptr<Output> convert(const QString &input, const FilterSettings &filters,
                                    const MappingOptions &mapping = {});
    // A copy of the 1.1 fixture with one file replaced (or removed when content is null).
    QString variant(const QString &file, const QByteArray &content);
    static QByteArray fixtureFile(const QString &name);
    QString path(const QString &name) const { return m_tmp.filePath(name); }

private:
    QTemporaryDir m_tmp;
    int m_runs = 0;
};

} // namespace rb::test
