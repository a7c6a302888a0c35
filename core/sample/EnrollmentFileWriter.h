#pragma once

#include "DistrictPlan.h"

#include <oneroster/OneRosterCsvWriter.h>

namespace rb::gen {

// enrollments.csv: per open school the teachers of each class, then each student's schedule.
// Rows go straight to the writer; at large scale there are about four million of them.
class EnrollmentFileWriter
{
public:
    explicit EnrollmentFileWriter(const DistrictPlan &plan);

    void write(OneRosterCsvWriter &out);

private:
    struct Row
    {
        int cls = 0;
        int school = 0;
        QByteArrayView user;
        bool teacher = false;
        bool primary = false;
        bool active = true;
        QDate begin;
        QDate end;
    };

    void writeRow(OneRosterCsvWriter &out, const Row &row);
    void writeStudent(OneRosterCsvWriter &out, int school, int local);

    const DistrictPlan &m_plan;
    qint64 m_next = 0;
};

} // namespace rb::gen
