#include "EnrollmentFileWriter.h"

#include "oneroster/OneRosterFiles.h"

using namespace Qt::StringLiterals;

namespace rb::gen {

EnrollmentFileWriter::EnrollmentFileWriter(const DistrictPlan &plan)
    : m_plan(plan)
{
}

void EnrollmentFileWriter::writeRow(OneRosterCsvWriter &out, const Row &row)
{
    ++m_next;
    Random random = randomFor(m_plan.seed(), Stream::Enrollment, quint64(m_next));
    out.addField(FieldText::id("enr", m_next, 7).view());
    out.addField(row.active ? QByteArrayView("active") : QByteArrayView("tobedeleted"));
    out.addField(m_plan.modified(random).view());
    out.addField(DistrictPlan::classId(row.cls).view());
    out.addField(QByteArrayView(m_plan.school(row.school).id));
    out.addField(row.user);
    out.addField(row.teacher ? QByteArrayView("teacher") : QByteArrayView("student"));
    out.addField(row.primary ? QByteArrayView("true") : QByteArrayView("false"));
    out.addField(row.begin.isValid() ? FieldText::date(row.begin).view() : QByteArrayView());
    out.addField(row.end.isValid() ? FieldText::date(row.end).view() : QByteArrayView());
    out.endRow();
}

void EnrollmentFileWriter::write(OneRosterCsvWriter &out)
{
    out.writeRow(OneRosterFiles::header(u"enrollments.csv"_s, m_plan.options().version));
    const QDate runDate = m_plan.options().runDate;
    for (int s = 0; s < m_plan.activeSchoolCount(); ++s) {
        const SchoolPlan &school = m_plan.school(s);
        for (int j = 0; j < school.classCount; ++j) {
            const int cls = school.firstClass + j;
            const ClassPlan &plan = m_plan.classes()[std::size_t(cls)];
            for (const TeacherSlot &slot : plan.teachers) {
                const FieldText user = DistrictPlan::personId(PersonRole::Teacher, slot.teacher);
                Row row{cls, s, user.view(), true, slot.primary, slot.active, {}, {}};
                if (!slot.active)
                    row.end = qMax(m_plan.calendar().classStart(plan.kind), runDate.addDays(-30));
                writeRow(out, row);
            }
        }
        for (int k = 0; k < school.students; ++k)
            writeStudent(out, s, k);
    }
}

void EnrollmentFileWriter::writeStudent(OneRosterCsvWriter &out, int school, int local)
{
    const SchoolPlan &plan = m_plan.school(school);
    const qint64 global = plan.firstStudent + local;
    const PersonTraits traits = m_plan.studentTraits(school, local);
    const FieldText user = DistrictPlan::personId(PersonRole::Student, global);
    Random random = randomFor(m_plan.seed(), Stream::Schedule, quint64(global));
    const QDate runDate = m_plan.options().runDate;

    const auto add = [&](int cls, int atSchool, bool dated) {
        const ClassKind kind = m_plan.classes()[std::size_t(cls)].kind;
        Row row{cls, atSchool, user.view(), false, false, traits.active, {}, {}};
        if (dated) {
            row.begin = m_plan.calendar().classStart(kind);
            row.end = m_plan.calendar().classEnd(kind);
        }
        return row;
    };
    const auto pick = [&](const QList<qint32> &classes) {
        return classes.at(int(random.below(quint32(classes.size()))));
    };

    if (!plan.homeroomClasses.isEmpty()) {
        Row row = add(plan.homeroomClasses.at(local % plan.homeroomClasses.size()), school,
                      traits.lateStart);
        if (traits.lateStart)
            row.begin = row.begin.addDays(21);
        writeRow(out, row);
    }
    // One current class is always left over, so that a dropped class can be a real extra one.
    const QList<qint32> &current = plan.currentClasses;
    const int size = int(current.size());
    const int taken = qMin(m_plan.params().currentClassesPerStudent, qMax(1, size - 1));
    const int start = int(random.below(quint32(size)));
    for (int i = 0; i <= taken && i < size; ++i) {
        const bool dropped = i == taken;
        if (dropped && !(traits.dropsClass && traits.active))
            break;
        Row row = add(current.at((start + i) % size), school, traits.lateStart);
        if (traits.lateStart)
            row.begin = row.begin.addDays(21);
        if (dropped) {
            // Enrolled and then dropped a little while ago.
            const ClassKind kind = m_plan.classes()[std::size_t(row.cls)].kind;
            const QDate began =
                row.begin.isValid() ? row.begin : m_plan.calendar().classStart(kind);
            row.active = false;
            row.end = qMax(began, runDate.addDays(-10));
        }
        writeRow(out, row);
    }
    if (local % 2 == 0 && !plan.pastClasses.isEmpty()) {
        // Drawn in two statements: argument evaluation order is unspecified.
        const int cls = pick(plan.pastClasses);
        writeRow(out, add(cls, school, random.chance(1, 3)));
    } else if (local % 2 == 1 && !plan.otherClasses.isEmpty())
        writeRow(out, add(pick(plan.otherClasses), school, false));
    if (traits.secondSchool && plan.partner >= 0) {
        const SchoolPlan &partner = m_plan.school(plan.partner);
        writeRow(out, add(pick(partner.currentClasses), plan.partner, false));
    }
}

} // namespace rb::gen
