#pragma once

#include "CsvSetOutput.h"
#include "DistrictPlan.h"
#include "PersonFactory.h"

#include <QList>
#include <QPair>

#include <functional>

namespace rb {
class OneRosterCsvWriter;
}

namespace rb::gen {

// Writes a complete OneRoster CSV set for a synthetic district to an output.
class DistrictGenerator
{
public:
    DistrictGenerator(const GeneratorOptions &options, CsvSetOutput &output);

    bool run();
    QString errorString() const { return m_error; }
    // (file name, data rows without the header) in the order written.
    const QList<QPair<QString, qint64>> &counts() const { return m_counts; }

private:
    bool writeFile(const QString &name, const std::function<void(OneRosterCsvWriter &)> &rows);
    void writeManifest(OneRosterCsvWriter &out) const;
    void writeOrgs(OneRosterCsvWriter &out) const;
    void writeSessions(OneRosterCsvWriter &out) const;
    void writeCourses(OneRosterCsvWriter &out) const;
    void writeClasses(OneRosterCsvWriter &out) const;
    QStringList writtenFiles() const;

    DistrictPlan m_plan;
    PersonFactory m_people;
    CsvSetOutput &m_output;
    QList<QPair<QString, qint64>> m_counts;
    QString m_error;
};

} // namespace rb::gen
