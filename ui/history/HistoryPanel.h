#pragma once

#include "history/HistoryFilter.h"
#include "history/RunPager.h"

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace rb {

class ExchangeListModel;
class HistoryDetailPane;
class HistoryDatabase;
class HistoryFilterBar;
class HistoryTableView;
class RunListModel;
class StepListModel;

// The run history for the admin who asks "why was this student deactivated last Tuesday?":
// runs filtered by profile, status and date or found by a person's or class's id, then the
// selected run's steps, a step's exchanges, and an exchange read in full (headers and bodies,
// as redacted when recorded). Reads the history on the GUI thread a page at a time.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    // Asked for the file an export goes to; an empty answer cancels. Replaceable so that
    // tests never open a native dialog.
    using SaveFileChooser = std::function<QString(const QString &suggestedPath)>;

    // history: open, and outliving the panel. profilesFolder: where profile names come from.
    HistoryPanel(HistoryDatabase *history, const QString &profilesFolder,
                 QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setSaveFileChooser(SaveFileChooser chooser);
    // 0 when no run is selected.
    qint64 selectedRunId() const;

public Q_SLOTS:
    // Reads the history again (new runs, a running one finished), keeping the selection.
    void refresh();
    // Selects the run, clearing filters that would hide it.
    void showRun(qint64 runId);
    // Empty: all profiles.
    void setProfileFilter(const QString &profileId);

Q_SIGNALS:
    void runSelected(qint64 runId);
    // Show changes opened a read-only review of the run's zip.
    void changesOpened(QWidget *dialog);

private:
    void buildLayout();
    void loadProfiles();
    void applyFilter();
    bool loadFirst(int count);
    void loadMore();
    void loadMoreIfAtEnd();
    void selectRun(qint64 runId, qint64 stepId, qint64 exchangeId);
    void runChanged();
    void stepChanged();
    void updateDetail();
    void updateStatus();
    void showError(const QString &message);
    void exportRun();
    void exportDecisions();
    void showChanges();

    HistoryDatabase *m_history;
    QString m_profilesFolder;
    RunPager m_pager;
    HistoryFilter m_filter;
    bool m_hasMore = false;
    bool m_loading = false;
    // Asked for by refresh() or a search hit, applied once the steps or exchanges are loaded.
    qint64 m_wantStep = 0;
    qint64 m_wantExchange = 0;
    SaveFileChooser m_chooseFile;

    HistoryFilterBar *m_filterBar = nullptr;
    RunListModel *m_runs = nullptr;
    StepListModel *m_steps = nullptr;
    ExchangeListModel *m_exchanges = nullptr;
    HistoryTableView *m_runView = nullptr;
    HistoryTableView *m_stepView = nullptr;
    HistoryTableView *m_exchangeView = nullptr;
    HistoryDetailPane *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_changes = nullptr;
    QPushButton *m_decisions = nullptr;
};

} // namespace rb
