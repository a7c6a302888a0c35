#include "PreviousDelivery.h"

#include "RunRequest.h"
#include "asm/AsmPackage.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rb {

PreviousDelivery::PreviousDelivery() = default;
PreviousDelivery::~PreviousDelivery() = default;

bool PreviousDelivery::load(const RunRequest &request, HistoryDatabase *history,
                            const QString &workFolder, Findings *findings)
{
    if (!request.previousZip.isEmpty()) {
        m_package = AsmPackage::open(request.previousZip, findings);
        if (!m_package || findings->hasErrors()) {
            findings->error(QFileInfo(request.previousZip).fileName(), 0, {},
                            tr("the previous delivery could not be read, so removals cannot "
                               "be checked"),
                            QStringLiteral("previous.unreadable"));
            return false;
        }
        return true;
    }

    const QString profileId = request.profile.id.toString(QUuid::WithoutBraces);
    const Result<std::optional<DeliveredZip>> found = history->lastDeliveredZip(profileId);
    if (!found) {
        findings->error({}, 0, {}, found.error(), QStringLiteral("history.read"));
        return false;
    }
    const std::optional<DeliveredZip> &last = *found;
    if (last) {
        const QString path = QDir(workFolder).filePath(QStringLiteral("previous.zip"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(last->content) == last->content.size()) {
            f.close();
            m_package = AsmPackage::open(path, findings);
        }
        if (!m_package) {
            findings->error(last->fileName, 0, {},
                            tr("the last delivery could not be read back from the history, so "
                               "removals cannot be checked"),
                            QStringLiteral("previous.unreadable"));
            return false;
        }
        m_runId = last->runId;
    }
    // A profile that exists only for this run has no state file.
    if (request.profilesFolder.isEmpty())
        return true;
    const Result<ProfileState> state = ProfileState::read(request.profilesFolder, profileId);
    if (!state) {
        findings->error(ProfileState::filePath(request.profilesFolder, profileId), 0, {},
                        state.error(), QStringLiteral("state.read"));
        return false;
    }
    m_hold = SafetyCheck::previousDelivery(state->lastDelivery, last);
    return true;
}

} // namespace rb
