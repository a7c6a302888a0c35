#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"
#include <QJsonValue>

namespace rb {

class FilterChooser;
class FilterSettingsWidget;

// What to send, chosen with the district's real schools and live counts (FilterChooser). The
// data comes from the export the CSV page checked, or, for the API, is fetched once into a
// private folder.
class FiltersPage : public WizardPage
{
    Q_OBJECT
public:
    FiltersPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;

    bool isLoading() const;
    bool isCounting() const;
    QString countsText() const;
    QString statusText() const;
    // Why Next is off, in words: the roles still to choose.
    QString blockedText() const;
    FilterSettingsWidget *filterWidget() const;

private:
    WizardDraft *m_draft;
    FilterChooser *m_chooser;
    // The source the schools were listed from; another source lists them again.
    QJsonValue m_listedSource;
    bool m_loaded = false;
};

} // namespace rb
