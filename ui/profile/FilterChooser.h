#pragma once

#include "oneroster/rest/RestSourceSettings.h"
#include "profile/DistrictSummary.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace rb {

class BackgroundJob;
class FilterSettingsWidget;
class RestSource;

// The filters chosen with the district's real schools, roles and live counts, for the wizard
// and the profile's settings alike. The data comes from a OneRoster export (read on a worker
// thread), which for the API is fetched first into a private folder; counting reads and filters
// the export on a worker thread after each change.
class FilterChooser : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChooser(QWidget *parent = nullptr);
    ~FilterChooser() override;

    FilterSettingsWidget *settings() const { return m_widget; }

    // Lists the schools and roles of the export at path; known: what it holds, when already read.
    void readExport(const QString &path, const DistrictSummary &known = {});
    // Fetches the roster from the SIS into folder, then reads it.
    void fetchFromApi(const RestSourceSettings &settings, const QString &clientSecret,
                      const QString &folder);
    // A button that asks for fetchFromApi() (fetchRequested()), for a profile whose data is
    // not fetched on its own.
    void offerFetch(const QString &text);

    bool isLoading() const;
    bool isCounting() const;
    QString exportPath() const { return m_path; }
    const DistrictSummary &summary() const { return m_summary; }
    QString countsText() const;
    QString statusText() const;
    // Why the filters cannot be saved yet, in words: the roles still to choose.
    QString blockedText() const;
    QString missingInput() const;

Q_SIGNALS:
    void fetchRequested();
    // The export was read (or could not be): the schools are listed.
    void loaded(bool ok);
    void completeChanged();

private:
    void summaryReady();
    void startCount();
    void updateBlocked();

    FilterSettingsWidget *m_widget;
    QPushButton *m_fetch;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_blocked;
    QTimer *m_countDelay;
    QPointer<RestSource> m_rest;
    QPointer<BackgroundJob> m_readTask;
    QPointer<BackgroundJob> m_countTask;
    QString m_path;
    DistrictSummary m_summary;
    bool m_countAgain = false;
};

} // namespace rb
