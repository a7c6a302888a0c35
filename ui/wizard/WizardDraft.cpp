#include "wizard/WizardDraft.h"

namespace rb {

WizardDraft::WizardDraft()
    : profile(Profile::create(QString()))
{
}

void WizardDraft::setExportPath(const QString &path)
{
    if (path == exportPath)
        return;
    exportPath = path;
    summary = DistrictSummary();
}

QString WizardDraft::workFolder()
{
    if (!m_work)
        m_work = std::make_unique<QTemporaryDir>();
    return m_work->path();
}

} // namespace rb
