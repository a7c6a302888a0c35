#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"
#include <QJsonValue>
#include <QPointer>

class QLabel;
class QProgressBar;
class QTimer;

namespace rb {

class BackgroundJob;
class FilterSettingsWidget;
class RestSource;

// What to send, chosen with the district's real schools and live counts. The data comes from
// the export the CSV page checked, or, for the API, is fetched once into a private folder
// (asynchronously). Counting reads and filters the export on a worker thread after each change.
class FiltersPage : public WizardPage
{
    Q_OBJECT
public:
    FiltersPage(WizardDraft *draft, QWidget *parent = nullptr);
    ~FiltersPage() override;

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;

    bool isLoading() const;
    bool isCounting() const;
    QString countsText() const;
    QString statusText() const;
    // Why Next is off, in words: the roles still to choose.
    QString blockedText() const;
    FilterSettingsWidget *filterWidget() const { return m_widget; }

private:
    void fetchFromApi();
    void readSummary();
    void summaryReady();
    void startCount();
    void updateBlocked();

    WizardDraft *m_draft;
    FilterSettingsWidget *m_widget;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_blocked;
    QTimer *m_countDelay;
    QPointer<RestSource> m_rest;
    QPointer<BackgroundJob> m_readTask;
    QPointer<BackgroundJob> m_countTask;
    // The source the schools were listed from; another source lists them again.
    QJsonValue m_listedSource;
    bool m_countAgain = false;
    bool m_loaded = false;
};

} // namespace rb
