#include "history/HistoryPanel.h"

#include "history/ExchangeListModel.h"
#include "history/HistoryDetailPane.h"
#include "history/HistoryDetailText.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryLog.h"
#include "history/HistoryTableView.h"
#include "history/RunChangesLauncher.h"
#include "history/RunExport.h"
#include "history/RunListModel.h"
#include "history/StepListModel.h"
#include "preview/PreviewDialog.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}
} // namespace

HistoryPanel::HistoryPanel(HistoryDatabase *history, const QString &profilesFolder, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_profilesFolder(profilesFolder)
    , m_pager(history)
{
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export run"), suggested,
                                            tr("JSON files (*.json)"));
    };
    buildLayout();
    loadProfiles();
    m_filter = m_filterBar->filter();
    loadFirst(RunPager::kPageSize);
    runChanged();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::buildLayout()
{
    m_filterBar = new HistoryFilterBar(this);
    m_runs = new RunListModel(this);
    m_steps = new StepListModel(this);
    m_exchanges = new ExchangeListModel(this);

    m_runView = new HistoryTableView(this);
    m_runView->setObjectName(u"runView"_s);
    m_runView->setAccessibleName(tr("Runs"));
    m_runView->setModel(m_runs);
    using M = QHeaderView::ResizeMode;
    m_runView->setColumnModes({M::ResizeToContents, M::Interactive, M::ResizeToContents,
                               M::ResizeToContents, M::ResizeToContents, M::Stretch},
                              {0, 170});

    m_stepView = new HistoryTableView(this);
    m_stepView->setObjectName(u"stepView"_s);
    m_stepView->setAccessibleName(tr("Steps of the selected run"));
    m_stepView->setModel(m_steps);
    m_stepView->setColumnModes({M::ResizeToContents, M::ResizeToContents, M::ResizeToContents,
                                M::ResizeToContents, M::Stretch, M::Stretch});

    m_exchangeView = new HistoryTableView(this);
    m_exchangeView->setObjectName(u"exchangeView"_s);
    m_exchangeView->setAccessibleName(tr("Exchanges of the selected step"));
    m_exchangeView->setModel(m_exchanges);
    m_exchangeView->setColumnModes({M::ResizeToContents, M::ResizeToContents, M::Stretch,
                                    M::ResizeToContents, M::ResizeToContents, M::ResizeToContents,
                                    M::ResizeToContents, M::Interactive},
                                   {0, 0, 0, 0, 0, 0, 0, 100});
    // The URLs of one run differ at their end: the resource and the page.
    m_exchangeView->setColumnElideMode(ExchangeListModel::Target, Qt::ElideLeft);

    m_detail = new HistoryDetailPane(this);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setObjectName(u"showMoreButton"_s);
    m_more->setAccessibleName(tr("Show more runs"));
    m_export = new QPushButton(tr("E&xport run…"), this);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setAccessibleName(tr("Export the selected run as JSON"));
    m_export->setToolTip(tr("Saves the run with its steps and exchanges as a JSON file."));
    m_changes = new QPushButton(tr("Sho&w changes…"), this);
    m_changes->setObjectName(u"changesButton"_s);
    m_changes->setAccessibleName(tr("Show what the selected run's zip changed"));
    m_changes->setToolTip(tr("Opens the zip the run delivered next to the one delivered "
                             "before it: who was added, removed or changed."));
    m_decisions = new QPushButton(tr("Export dec&isions…"), this);
    m_decisions->setObjectName(u"decisionsButton"_s);
    m_decisions->setAccessibleName(tr("Export the selected run's decision trail as CSV"));
    m_decisions->setToolTip(tr("Saves, as a spreadsheet, every record the run's filters left out "
                               "or changed, with the rule and the source row."));
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(m_status, 1);
    runBar->addWidget(m_more);
    runBar->addWidget(m_changes);
    runBar->addWidget(m_decisions);
    runBar->addWidget(m_export);
    auto *runBox = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(heading(tr("&Runs"), m_runView, runBox));
    runLayout->addWidget(m_runView, 1);
    runLayout->addLayout(runBar);

    auto *stepBox = new QWidget(this);
    auto *stepLayout = new QVBoxLayout(stepBox);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(heading(tr("St&eps"), m_stepView, stepBox));
    stepLayout->addWidget(m_stepView);
    auto *exchangeBox = new QWidget(this);
    auto *exchangeLayout = new QVBoxLayout(exchangeBox);
    exchangeLayout->setContentsMargins(0, 0, 0, 0);
    exchangeLayout->addWidget(heading(tr("Exc&hanges"), m_exchangeView, exchangeBox));
    exchangeLayout->addWidget(m_exchangeView);
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(stepBox);
    lists->addWidget(exchangeBox);
    lists->setChildrenCollapsible(false);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(lists);
    lower->addWidget(m_detail);
    lower->setChildrenCollapsible(false);
    lower->setStretchFactor(0, 11);
    lower->setStretchFactor(1, 9);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(runBox);
    split->addWidget(lower);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(split, 1);

    setTabOrder(m_filterBar, m_runView);
    setTabOrder(m_runView, m_more);
    setTabOrder(m_more, m_changes);
    setTabOrder(m_changes, m_decisions);
    setTabOrder(m_decisions, m_export);
    setTabOrder(m_export, m_stepView);
    setTabOrder(m_stepView, m_exchangeView);
    setTabOrder(m_exchangeView, m_detail->firstFocus());

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filterBar, &HistoryFilterBar::focusSearch);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &HistoryPanel::refresh);

    connect(m_filterBar, &HistoryFilterBar::changed, this, &HistoryPanel::applyFilter);
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::runChanged);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::stepChanged);
    connect(m_exchangeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::updateDetail);
    connect(m_runView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HistoryPanel::loadMoreIfAtEnd);
    connect(m_more, &QPushButton::clicked, this, &HistoryPanel::loadMore);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportRun);
    connect(m_decisions, &QPushButton::clicked, this, &HistoryPanel::exportDecisions);
    connect(m_changes, &QPushButton::clicked, this, &HistoryPanel::showChanges);
}

void HistoryPanel::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

qint64 HistoryPanel::selectedRunId() const
{
    const int row = m_runView->currentRow();
    return row >= 0 ? m_runs->recordAt(row).id : 0;
}

void HistoryPanel::loadProfiles()
{
    if (m_profilesFolder.isEmpty())
        return;
    const ProfileStore::LoadResult loaded = ProfileStore(m_profilesFolder).loadAll();
    QHash<QString, QString> names;
    QList<std::pair<QString, QString>> list;
    for (const Profile &p : loaded.profiles) {
        const QString id = p.id.toString(QUuid::WithoutBraces);
        names.insert(id, p.name);
        list.append({id, p.name});
    }
    m_runs->setProfileNames(names);
    m_filterBar->setProfiles(list);
}

void HistoryPanel::refresh()
{
    const qint64 runId = selectedRunId();
    const int stepRow = m_stepView->currentRow();
    const int exchangeRow = m_exchangeView->currentRow();
    const qint64 stepId = stepRow >= 0 ? m_steps->recordAt(stepRow).id : 0;
    const qint64 exchangeId = exchangeRow >= 0 ? m_exchanges->recordAt(exchangeRow).id : 0;
    const int scroll = m_runView->verticalScrollBar()->value();

    m_loading = true;
    loadProfiles();
    m_filter = m_filterBar->filter();
    loadFirst(qMax(int(m_runs->rowCount()), RunPager::kPageSize));
    m_runView->verticalScrollBar()->setValue(scroll);
    m_loading = false;
    selectRun(runId, stepId, exchangeId);
}

void HistoryPanel::showRun(qint64 runId)
{
    if (m_runs->rowOf(runId) < 0) {
        const Result<std::optional<RunRecord>> found = m_history->run(runId);
        if (!found) {
            showError(found.error());
            return;
        }
        const std::optional<RunRecord> &run = *found;
        if (!run) {
            showError(tr("Run %1 is not in the history any more.").arg(runId));
            return;
        }
        if (!m_filter.search.isEmpty() || !m_filter.matches(*run))
            m_filterBar->clear();
        // Pages, not the whole history: runs are listed newest first, so it is a few pages
        // back at most for the runs an admin is sent to.
        while (m_runs->rowOf(runId) < 0 && m_hasMore) {
            const int before = m_runs->rowCount();
            loadMore();
            if (m_runs->rowCount() == before)
                break;
        }
    }
    selectRun(runId, 0, 0);
}

void HistoryPanel::setProfileFilter(const QString &profileId)
{
    m_filterBar->setProfileId(profileId);
    applyFilter();
}

void HistoryPanel::applyFilter()
{
    const HistoryFilter filter = m_filterBar->filter();
    if (filter == m_filter)
        return;
    m_filter = filter;
    const qint64 runId = selectedRunId();
    loadFirst(RunPager::kPageSize);
    // Keep the selected run when it still matches; a search starts at its newest hit.
    if (m_runs->rowOf(runId) >= 0)
        selectRun(runId, 0, 0);
    else if (!m_filter.search.isEmpty() && m_runs->rowCount() > 0)
        selectRun(m_runs->recordAt(0).id, 0, 0);
    else
        selectRun(0, 0, 0);
}

bool HistoryPanel::loadFirst(int count)
{
    const Result<RunPager::Page> page = m_pager.fetch(m_filter, 0, count);
    // The reset moves the scroll bar; that is not the admin asking for more.
    const bool wasLoading = std::exchange(m_loading, true);
    m_runs->setRecords(page ? page->runs : QList<RunRecord>());
    m_hasMore = page && page->more;
    m_loading = wasLoading;
    updateStatus();
    if (!page)
        showError(page.error());
    return page.ok();
}

void HistoryPanel::loadMore()
{
    if (!m_hasMore)
        return;
    m_loading = true;
    const Result<RunPager::Page> page =
        m_pager.fetch(m_filter, m_runs->rowCount(), RunPager::kPageSize);
    if (page)
        m_runs->appendRecords(page->runs);
    m_hasMore = page && page->more;
    m_loading = false;
    updateStatus();
    if (!page)
        showError(page.error());
}

void HistoryPanel::loadMoreIfAtEnd()
{
    const QScrollBar *bar = m_runView->verticalScrollBar();
    if (!m_loading && m_hasMore && bar->maximum() > 0 && bar->value() >= bar->maximum())
        loadMore();
}

void HistoryPanel::selectRun(qint64 runId, qint64 stepId, qint64 exchangeId)
{
    m_wantStep = stepId;
    m_wantExchange = exchangeId;
    if (!m_runView->setCurrentRow(m_runs->rowOf(runId)))
        runChanged();
}

void HistoryPanel::runChanged()
{
    const int row = m_runView->currentRow();
    m_export->setEnabled(row >= 0);
    m_changes->setEnabled(row >= 0 && m_runs->recordAt(row).status == RunStatus::Success);
    const qint64 decisions =
        row >= 0 ? RunExport::decisionEntries(m_history, m_runs->recordAt(row)) : -1;
    m_decisions->setEnabled(decisions >= 0);
    m_decisions->setToolTip(
        decisions >= 0
            ? tr("Saves, as a spreadsheet, the %n record(s) the run's filters left out or changed, "
                 "with the rule and the source row.",
                 nullptr, int(std::min<qint64>(decisions, INT_MAX)))
            : tr("This run kept no decision trail: it stopped before its filters ran."));
    qint64 stepId = std::exchange(m_wantStep, 0);
    qint64 exchangeId = std::exchange(m_wantExchange, 0);
    QList<StepRecord> steps;
    if (row >= 0) {
        const RunRecord &run = m_runs->recordAt(row);
        if (Result<QList<StepRecord>> read = m_history->steps(run.id))
            steps = std::move(read).value();
        else
            showError(read.error());
        if (stepId == 0 && !m_filter.search.isEmpty()) {
            const SearchHit hit = m_pager.hit(run.id);
            stepId = hit.stepId;
            exchangeId = hit.exchangeId;
        }
    }
    m_steps->setRecords(steps);
    m_wantExchange = exchangeId;
    if (!m_stepView->setCurrentRow(m_steps->rowOf(stepId)))
        stepChanged();
    Q_EMIT runSelected(row >= 0 ? m_runs->recordAt(row).id : 0);
}

void HistoryPanel::stepChanged()
{
    const int row = m_stepView->currentRow();
    const qint64 exchangeId = std::exchange(m_wantExchange, 0);
    QList<ExchangeRecord> exchanges;
    if (row >= 0) {
        if (Result<QList<ExchangeRecord>> read = m_history->exchanges(m_steps->recordAt(row).id))
            exchanges = std::move(read).value();
        else
            showError(read.error());
    }
    m_exchanges->setRecords(exchanges);
    if (!m_exchangeView->setCurrentRow(m_exchanges->rowOf(exchangeId)))
        updateDetail();
}

void HistoryPanel::updateDetail()
{
    const int runRow = m_runView->currentRow();
    const int stepRow = m_stepView->currentRow();
    const int exchangeRow = m_exchangeView->currentRow();
    QString text;
    if (exchangeRow >= 0) {
        text = HistoryDetailText::exchange(m_exchanges->recordAt(exchangeRow));
    } else if (stepRow >= 0) {
        text = HistoryDetailText::step(m_steps->recordAt(stepRow));
    } else if (runRow >= 0) {
        const RunRecord &run = m_runs->recordAt(runRow);
        text = HistoryDetailText::run(run, m_runs->profileName(run.profileId));
    }
    m_detail->setDetail(text, m_filter.search);
}

void HistoryPanel::updateStatus()
{
    m_more->setVisible(m_hasMore);
    m_status->setPalette(QPalette());
    const int shown = m_runs->rowCount();
    QString text;
    if (!m_filter.search.isEmpty()) {
        if (shown == 0)
            text = tr("No run mentions “%1”.").arg(m_filter.search);
        else if (shown == 1)
            text = tr("1 run mentions “%1”.").arg(m_filter.search);
        else
            text = tr("%1 runs mention “%2”.").arg(shown).arg(m_filter.search);
    } else if (shown == 0) {
        text = m_filter == HistoryFilter() ? tr("No runs yet.") : tr("No runs match.");
    } else if (m_hasMore) {
        text = tr("The latest %1 runs; scroll for more.").arg(shown);
    } else {
        text = shown == 1 ? tr("1 run.") : tr("%1 runs.").arg(shown);
    }
    m_status->setText(text);
}

void HistoryPanel::showError(const QString &message)
{
    qCWarning(lcHistoryUi) << message;
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(palette);
    m_status->setText(message);
}

void HistoryPanel::showChanges()
{
    const int row = m_runView->currentRow();
    if (row < 0)
        return;
    const RunRecord run = m_runs->recordAt(row);
    const Result<PreviewDialog *> opened =
        RunChangesLauncher::create(m_history, run, m_runs->profileName(run.profileId), this);
    if (!opened) {
        showError(opened.error());
        return;
    }
    (*opened)->open();
    Q_EMIT changesOpened(*opened);
}

void HistoryPanel::exportRun()
{
    const int row = m_runView->currentRow();
    if (row < 0 || !m_chooseFile)
        return;
    const RunRecord run = m_runs->recordAt(row);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseFile(QDir(folder).filePath(RunExport::suggestedFileName(run)));
    if (path.isEmpty())
        return;
    const QString name = m_runs->profileName(run.profileId);
    const Result<QJsonObject> json =
        RunExport::build(m_history, run.id, name == run.profileId ? QString() : name);
    const Result<void> written = json ? RunExport::write(*json, path) : json.failure();
    if (!written) {
        showError(written.error());
        return;
    }
    updateStatus();
    m_status->setText(
        tr("Run %1 was exported to %2.").arg(run.id).arg(QDir::toNativeSeparators(path)));
}

void HistoryPanel::exportDecisions()
{
    const int row = m_runView->currentRow();
    if (row < 0 || !m_chooseFile)
        return;
    const RunRecord run = m_runs->recordAt(row);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        m_chooseFile(QDir(folder).filePath(RunExport::suggestedDecisionsFileName(run)));
    if (path.isEmpty())
        return;
    if (const Result<void> written = RunExport::writeDecisions(m_history, run, path); !written) {
        showError(written.error());
        return;
    }
    updateStatus();
    m_status->setText(tr("The decisions of run %1 were exported to %2.")
                          .arg(run.id)
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace rb
