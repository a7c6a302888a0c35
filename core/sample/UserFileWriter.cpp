#include "UserFileWriter.h"

#include "CourseCatalog.h"
#include "oneroster/OneRosterFiles.h"

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

QByteArrayView statusText(bool active)
{
    return active ? QByteArrayView("active") : QByteArrayView("tobedeleted");
}

QByteArrayView boolText(bool value)
{
    return value ? QByteArrayView("true") : QByteArrayView("false");
}

} // namespace

UserFileWriter::UserFileWriter(const DistrictPlan &plan, const PersonFactory &people)
    : m_plan(plan)
    , m_people(people)
{
}

QByteArray UserFileWriter::roleName11(PersonRole role)
{
    switch (role) {
    case PersonRole::Student:
        return QByteArrayLiteral("student");
    case PersonRole::Teacher:
        return QByteArrayLiteral("teacher");
    case PersonRole::Aide:
        return QByteArrayLiteral("aide");
    case PersonRole::Guardian:
        return QByteArrayLiteral("guardian");
    case PersonRole::Parent:
        return QByteArrayLiteral("parent");
    case PersonRole::Administrator:
    case PersonRole::DistrictAdministrator:
    case PersonRole::Counselor:
    case PersonRole::Principal:
        // 1.1 has no finer words for school staff.
        return QByteArrayLiteral("administrator");
    }
    return {};
}

QByteArray UserFileWriter::roleName12(PersonRole role)
{
    switch (role) {
    case PersonRole::Administrator:
        return QByteArrayLiteral("siteAdministrator");
    case PersonRole::DistrictAdministrator:
        return QByteArrayLiteral("districtAdministrator");
    case PersonRole::Counselor:
        return QByteArrayLiteral("counselor");
    case PersonRole::Principal:
        return QByteArrayLiteral("principal");
    default:
        return roleName11(role);
    }
}

QByteArray UserFileWriter::orgOf(int school) const
{
    return school < 0 ? m_plan.districtId() : m_plan.school(school).id;
}

void UserFileWriter::writeUsers(OneRosterCsvWriter &out) const
{
    const bool v12 = m_plan.isVersion12();
    out.writeRow(OneRosterFiles::header(u"users.csv"_s, m_plan.options().version));
    m_people.forEachPerson([&](const Person &person) {
        out.addField(person.id.view());
        out.addField(statusText(person.active));
        out.addField(person.modified.view());
        out.addField(boolText(person.enabled));
        if (!v12) {
            QByteArray orgs = orgOf(person.school);
            if (person.secondSchool >= 0)
                orgs += ',' + orgOf(person.secondSchool);
            out.addField(QByteArrayView(orgs));
            out.addField(QByteArrayView(roleName11(person.role)));
        }
        out.addField(QStringView(person.username));
        out.addField(QByteArrayView()); // userIds
        out.addField(QStringView(person.given));
        out.addField(QStringView(person.family));
        out.addField(QStringView(person.middle));
        out.addField(QByteArrayView(person.identifier));
        out.addField(QStringView(person.email));
        out.addField(QByteArrayView()); // sms
        out.addField(QByteArrayView()); // phone
        out.addField(QByteArrayView(OneRosterCsvWriter::joinList(person.agents)));
        out.addField(person.grade >= 0 ? QByteArrayView(CourseCatalog::gradeName(person.grade))
                                       : QByteArrayView());
        out.addField(QByteArrayView()); // password
        if (v12) {
            out.addField(QByteArrayView()); // userMasterIdentifier
            out.addField(QByteArrayView()); // resourceSourcedIds
            out.addField(QStringView(person.preferredGiven));
            out.addField(QByteArrayView()); // preferredMiddleName
            out.addField(QByteArrayView()); // preferredFamilyName
            out.addField(QByteArrayView(orgOf(person.school)));
            out.addField(QStringView(person.pronouns));
        }
        out.endRow();
    });
}

void UserFileWriter::writeRoles(OneRosterCsvWriter &out) const
{
    out.writeRow(OneRosterFiles::header(u"roles.csv"_s, m_plan.options().version));
    qint64 next = 0;
    const FieldText yearStart =
        FieldText::date(m_plan.calendar().session(SessionSlot::CurrentYear).start);
    m_people.forEachPerson([&](const Person &person) {
        const QByteArray role = roleName12(person.role);
        const auto row = [&](bool primary, int school) {
            out.addField(FieldText::id("rol", ++next, 7).view());
            out.addField(statusText(person.active));
            out.addField(person.modified.view());
            out.addField(person.id.view());
            out.addField(primary ? QByteArrayView("primary") : QByteArrayView("secondary"));
            out.addField(QByteArrayView(role));
            // A second school is usually a mid-year arrangement with a recorded start.
            out.addField(primary ? QByteArrayView() : yearStart.view());
            out.addField(QByteArrayView());
            out.addField(QByteArrayView(orgOf(school)));
            out.addField(QByteArrayView());
            out.endRow();
        };
        row(true, person.school);
        if (person.secondSchool >= 0)
            row(false, person.secondSchool);
    });
}

} // namespace rb::gen
