#include "wizard/ProfileSummary.h"

#include "oneroster/rest/VendorPreset.h"
#include "schedule/ScheduleRule.h"

#include <QDir>

namespace rb {

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString sftpText(const SftpSettings &s)
{
    return ProfileSummary::tr("%1 as %2").arg(s.displayHost(), s.username);
}

} // namespace

QString ProfileSummary::source(const Profile &p)
{
    switch (p.source.kind) {
    case SourceKind::Rest: {
        const std::optional<VendorPreset> preset = VendorPreset::find(p.source.rest.vendor);
        return tr("%1 OneRoster %2 API at %3")
            .arg(preset ? preset->displayName : p.source.rest.vendor,
                 oneRosterVersionName(p.source.rest.version), p.source.rest.baseUrl);
    }
    case SourceKind::SftpCsv:
        return tr("OneRoster CSV export %1 on %2")
            .arg(p.source.remotePath, sftpText(p.source.sftp));
    case SourceKind::Csv:
        break;
    }
    const QString path = QDir::toNativeSeparators(p.source.path);
    return p.source.watch ? tr("OneRoster CSV exports dropped into %1 (watched)").arg(path)
                          : tr("OneRoster CSV export %1").arg(path);
}

QString ProfileSummary::destination(const Profile &p)
{
    if (p.destination.kind == DestinationKind::Folder)
        return tr("Zip written to the folder %1")
            .arg(QDir::toNativeSeparators(p.destination.folder));
    const SftpSettings &s = p.destination.sftp;
    return tr("Apple School Manager SFTP, %1; host key %2")
        .arg(sftpText(s),
             s.hostKeyFingerprint.isEmpty() ? tr("not pinned yet") : s.hostKeyFingerprint);
}

QString ProfileSummary::filters(const Profile &p)
{
    const FilterSettings &f = p.conversion.filters;
    QStringList parts;
    parts << (f.schools.isEmpty() ? tr("every school")
                                  : tr("chosen schools: %1").arg(f.schools.size()));
    if (f.activeStudentsOnly)
        parts << tr("active students only");
    if (f.activeTeachersOnly)
        parts << tr("active teachers only");
    if (f.activeTermsOnly)
        parts << tr("current terms only");
    return parts.join(QStringLiteral(", "));
}

QString ProfileSummary::schedule(const Profile &p)
{
    if (!p.schedule)
        return tr("Only when run by hand");
    return p.schedule->describe();
}

QString ProfileSummary::notifications(const Profile &p)
{
    QStringList parts;
    if (p.notifications.email.enabled)
        parts << tr("email to %1").arg(p.notifications.email.to.join(QStringLiteral(", ")));
    if (!p.notifications.webhookUrl.isEmpty())
        parts << tr("webhook");
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString ProfileSummary::html(const Profile &p)
{
    const SafetyLimit students = p.conversion.safety.limit(AsmTable::Students);
    return QStringLiteral("<table>") + row(tr("Roster from"), source(p)) +
           row(tr("Filters"), filters(p)) + row(tr("Delivered to"), destination(p)) +
           row(tr("Schedule"), schedule(p)) +
           row(tr("Safety"),
               tr("a run that removes more than %1% or %2 students (and similar limits for "
                  "the other files) waits for your approval")
                   .arg(students.maxRemovedPercent)
                   .arg(students.maxRemovedCount)) +
           row(tr("Notifications"), notifications(p)) + QStringLiteral("</table>");
}

} // namespace rb
