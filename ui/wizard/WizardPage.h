#pragma once

#include <QWizardPage>

namespace rb {

// A setup page that can say what keeps Next greyed out: the wizard shows missingInput() under
// its list of steps, so a disabled Next never leaves the admin guessing.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    // The first thing still needed before Next, as one sentence; empty when nothing is.
    virtual QString missingInput() const { return {}; }
    bool isComplete() const override { return missingInput().isEmpty(); }
};

} // namespace rb
