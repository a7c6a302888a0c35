#include "preview/PreviewDialog.h"

#include "common/BackgroundJob.h"
#include "preview/ChangesPage.h"
#include "preview/CsvTableIndex.h"
#include "preview/FindingsPage.h"
#include "preview/PackageChanges.h"
#include "preview/PackageDiffer.h"
#include "preview/PackageLoader.h"
#include "preview/PackageValidation.h"
#include "preview/PreviewHeader.h"
#include "preview/PreviewLog.h"
#include "preview/RemovalGroups.h"
#include "preview/TablePage.h"
#include "preview/WhyBox.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace rb {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QPushButton *makeButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    // Enter in a search field or a list must never press a button of this dialog.
    button->setAutoDefault(false);
    button->setDefault(false);
    return button;
}

} // namespace

PreviewDialog::PreviewDialog(const PreviewInput &input, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
{
    setWindowTitle(input.title.isEmpty() ? tr("Review package")
                                         : tr("Review package — %1").arg(input.title));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Package contents"));
    m_tabs->setUsesScrollButtons(true);
    m_changesPage = new ChangesPage(m_tabs);
    m_changesPage->setDecisions(input.decisions);
    m_changesPage->whyBox()->setSources(
        {input.runId, input.decisions, input.packagePath, input.previousPackagePath});
    m_tabs->addTab(m_changesPage, QString());
    m_findingsPage = new FindingsPage(m_tabs);
    m_tabs->addTab(m_findingsPage, QString());
    for (AsmTable t : kAsmTables) {
        m_pages[size_t(t)] = new TablePage(t, m_tabs);
        m_tabs->addTab(m_pages[size_t(t)], QString());
    }

    auto *layout = new QVBoxLayout(this);
    m_header = new PreviewHeader(input, this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buildButtons());

    connect(m_findingsPage, &FindingsPage::findingActivated, this, &PreviewDialog::showFinding);
    connect(m_changesPage, &ChangesPage::rowActivated, this, &PreviewDialog::showRow);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (auto *page = qobject_cast<TablePage *>(m_tabs->currentWidget()))
            page->focusSearch();
    });

    if (input.blocked)
        m_tabs->setCurrentWidget(m_findingsPage);
    resize(1120, 720);
    startWork();
    updateTabTitles();
    updateState();
}

PreviewDialog::~PreviewDialog()
{
    // Readers of the extracted files go before the loaders that delete them.
    m_diffJob->stop();
    delete m_tabs;
    m_tabs = nullptr;
    // A large package's comparison and decision trail take about 100 ms to free: that happens
    // on a pool thread, not in the window's.
    QThreadPool::globalInstance()->start(
        [decisions = std::move(m_input.decisions), diff = std::move(m_diffResult),
         changes = std::move(m_changes), groups = std::move(m_groupsResult),
         validation = std::move(m_validationResult), shown = std::move(m_validation)] {});
}

QLayout *PreviewDialog::buildButtons()
{
    m_save = makeButton(tr("Save zip &as…"), tr("Save a copy of the package"), this);
    m_discard = makeButton(tr("&Discard package"), tr("Discard the package"), this);
    m_close = makeButton(tr("Close"), tr("Close without deciding"), this);
    m_upload = makeButton(tr("&Upload to Apple School Manager"),
                          tr("Upload the package to Apple School Manager"), this);
    m_upload->setEnabled(false);
    m_upload->setVisible(m_input.canApprove);
    m_discard->setVisible(m_input.canApprove);
    m_keepRemovals =
        makeButton(tr("Send additions and updates, &keep removals"),
                   tr("Send the additions and updates, keep the removals for later"), this);
    m_keepRemovals->setToolTip(
        tr("Sends the rows this package adds and changes to Apple School Manager now. The rows it "
           "would remove are sent as they were last delivered, so nobody is deactivated yet; the "
           "package stays held for review until you upload or discard it."));
    m_keepRemovals->setEnabled(false);
    // Shown once the comparison has found removals.
    m_keepRemovals->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_discard);
    row->addStretch(1);
    row->addWidget(m_close);
    row->addWidget(m_keepRemovals);
    row->addWidget(m_upload);

    connect(m_save, &QPushButton::clicked, this, &PreviewDialog::saveZip);
    connect(m_discard, &QPushButton::clicked, this, &PreviewDialog::requestDiscard);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_upload, &QPushButton::clicked, this, &PreviewDialog::requestUpload);
    connect(m_keepRemovals, &QPushButton::clicked, this, &PreviewDialog::requestKeepRemovals);
    return row;
}

void PreviewDialog::startWork()
{
    m_diffJob = new BackgroundJob(this);
    connect(m_diffJob, &BackgroundJob::finished, this, &PreviewDialog::diffFinished);
    // The validator cannot be interrupted and touches only the zip: closing the window lets
    // it finish on its own rather than wait for it.
    m_validationJob = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_validationJob, &BackgroundJob::finished, this, &PreviewDialog::validationFinished);
    if (!m_input.prepare) {
        startReading();
        return;
    }
    // The files are made on a worker thread; nothing can be saved before they are there.
    m_save->setEnabled(false);
    m_prepareJob = new BackgroundJob(this);
    auto files = std::make_shared<Result<PreviewFiles>>(PreviewFiles{});
    connect(m_prepareJob, &BackgroundJob::finished, this, [this, files] {
        prepared(*files);
        // The window keeps what it needs; the decision trail must not outlive it here.
        *files = PreviewFiles{};
    });
    m_prepareJob->start([files, prepare = m_input.prepare](const BackgroundJob::Control &job) {
        *files = prepare(job.cancelled());
    });
}

void PreviewDialog::prepared(const Result<PreviewFiles> &files)
{
    if (!files) {
        for (TablePage *page : m_pages)
            page->setProblem(files.error());
        m_discard->setEnabled(false);
        packageReplaced(files.error());
        return;
    }
    m_input.packagePath = files->packagePath;
    m_input.previousPackagePath = files->previousPackagePath;
    m_input.decisions = files->decisions;
    m_changesPage->setDecisions(m_input.decisions);
    m_changesPage->whyBox()->setSources(
        {m_input.runId, m_input.decisions, m_input.packagePath, m_input.previousPackagePath});
    m_save->setEnabled(true);
    startReading();
}

void PreviewDialog::startReading()
{
    m_validationResult = std::make_shared<PackageValidation>();
    m_validationJob->start(
        [result = m_validationResult, path = m_input.packagePath](const BackgroundJob::Control &) {
            *result = PackageValidation::run(path);
        });

    m_current = new PackageLoader(m_input.packagePath, this);
    connect(m_current, &PackageLoader::tableLoaded, this, &PreviewDialog::tableLoaded);
    connect(m_current, &PackageLoader::finished, this, &PreviewDialog::startDiffWhenLoaded);
    if (!m_input.previousPackagePath.isEmpty()) {
        m_previous = new PackageLoader(m_input.previousPackagePath, this);
        connect(m_previous, &PackageLoader::finished, this, &PreviewDialog::startDiffWhenLoaded);
        m_previous->start();
    }
    m_current->start();
}

void PreviewDialog::tableLoaded(AsmTable table)
{
    TablePage *page = m_pages[size_t(table)];
    if (const auto index = m_current->table(table))
        page->setTable(index);
    else
        page->setProblem(m_current->problem(table));
    updateTabTitles();
}

void PreviewDialog::startDiffWhenLoaded()
{
    if (m_diffStarted || !m_current->isFinished() || (m_previous && !m_previous->isFinished()))
        return;
    m_diffStarted = true;
    m_diffResult = std::make_shared<PackageChanges>();
    m_groupsResult = std::make_shared<QList<RemovalGroup>>();
    std::optional<TableSet> previous;
    if (m_previous)
        previous = m_previous->tables();
    m_diffJob->start([result = m_diffResult, groups = m_groupsResult, decisions = m_input.decisions,
                      current = m_current->tables(), previous](const BackgroundJob::Control &job) {
        *result = PackageDiffer::compare(previous ? &*previous : nullptr, current, job.cancelled());
        if (previous && !job.cancelled())
            *groups = RemovalGroups::arrange(result.get(), *previous, decisions.get());
    });
}

void PreviewDialog::diffFinished()
{
    m_changes = m_diffResult;
    m_changesPage->setChanges(m_changes, m_current->tables(),
                              m_previous ? m_previous->tables() : TableSet{});
    m_changesPage->setRemovalGroups(*m_groupsResult);
    updateTabTitles();
    updateState();
}

void PreviewDialog::validationFinished()
{
    m_validation = m_validationResult;
    m_findingsPage->setValidation(*m_validation);
    for (AsmTable t : kAsmTables) {
        const auto index = m_current->table(t);
        if (index && index->rowCount() != m_validation->rows[size_t(t)]) {
            qCWarning(lcPreview) << asmFileName(t) << "shows" << index->rowCount()
                                 << "rows, the validator read" << m_validation->rows[size_t(t)];
        }
    }
    updateTabTitles();
    updateState();
}

bool PreviewDialog::isReady() const
{
    return m_changes && m_validation;
}

bool PreviewDialog::hasRemovals() const
{
    if (!m_changes || !m_changes->hasPrevious)
        return false;
    for (const TableChanges &t : m_changes->tables) {
        if (t.removed > 0)
            return true;
    }
    return false;
}

bool PreviewDialog::isRejected() const
{
    return m_input.blocked || (m_validation && (!m_validation->opened || m_validation->errors > 0));
}

void PreviewDialog::updateTabTitles()
{
    for (AsmTable t : kAsmTables) {
        const int i = m_tabs->indexOf(m_pages[size_t(t)]);
        const QString file = asmFileName(t);
        QString title = tr("%1 (…)").arg(file);
        if (const auto index = m_current ? m_current->table(t) : nullptr)
            title = tr("%1 (%2)").arg(file, number(index->rowCount()));
        else if (m_current && m_current->isLoaded(t))
            title = tr("%1 (unreadable)").arg(file);
        m_tabs->setTabText(i, title);
    }
    const int findings = m_tabs->indexOf(m_findingsPage);
    if (!m_validation) {
        m_tabs->setTabText(findings, tr("Findings (…)"));
    } else {
        m_tabs->setTabText(findings, tr("Findings (%1)")
                                         .arg(number(m_validation->errors + m_validation->warnings +
                                                     m_validation->notes)));
        if (m_validation->errors > 0 || !m_validation->opened)
            m_tabs->setTabIcon(findings, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    const int changes = m_tabs->indexOf(m_changesPage);
    if (!m_changes) {
        m_tabs->setTabText(changes, tr("Changes (…)"));
    } else if (!m_changes->hasPrevious) {
        m_tabs->setTabText(changes, tr("Changes (all new)"));
    } else {
        qint64 n = 0;
        for (const TableChanges &t : m_changes->tables)
            n += t.added + t.removed + t.changed;
        m_tabs->setTabText(changes, tr("Changes (%1)").arg(number(n)));
    }
}

void PreviewDialog::packageReplaced(const QString &message)
{
    m_replaced = message;
    m_upload->setEnabled(false);
    m_keepRemovals->setEnabled(false);
    // Discarding now would throw away the newer package, unseen.
    m_discard->setEnabled(false);
    m_upload->setToolTip(message);
    updateState();
}

void PreviewDialog::updateState()
{
    if (!m_replaced.isEmpty()) {
        m_header->setState(PreviewHeader::alert(m_replaced));
        m_upload->setEnabled(false);
        m_keepRemovals->setEnabled(false);
        return;
    }
    if (!isReady()) {
        m_header->setState(tr("Reading the package, checking it against Apple's rules and "
                              "comparing it with the last delivery…")
                               .toHtmlEscaped());
        m_upload->setToolTip(tr("Available once the package has been checked and compared."));
        return;
    }
    QString html;
    if (!m_changes->hasPrevious) {
        html = tr("First delivery: everything is new. People to create: %1.")
                   .arg(number(m_changes->peopleCreated))
                   .toHtmlEscaped();
    } else {
        const QString deactivate =
            tr("People to deactivate: %1.").arg(number(m_changes->peopleDeactivated));
        html = tr("People to create: %1.").arg(number(m_changes->peopleCreated)).toHtmlEscaped() +
               u' ' +
               (m_changes->peopleDeactivated > 0 ? PreviewHeader::alert(deactivate)
                                                 : deactivate.toHtmlEscaped());
        if (m_changes->peopleMoved > 0) {
            html += u' ' + tr("Moving between students and staff: %1.")
                               .arg(number(m_changes->peopleMoved))
                               .toHtmlEscaped();
        }
    }
    if (!m_changes->complete())
        html += u' ' + PreviewHeader::alert(tr("The comparison is incomplete; see Changes."));
    if (!m_validation->opened) {
        html += u' ' + PreviewHeader::alert(tr("The package cannot be opened."));
    } else if (m_validation->errors > 0) {
        html += u' ' + PreviewHeader::alert(tr("Errors against Apple's rules: %1. It cannot be "
                                               "uploaded.")
                                                .arg(number(m_validation->errors)));
    } else {
        html += u' ' + tr("It follows Apple's rules.").toHtmlEscaped();
    }
    m_header->setState(html);
    m_upload->setEnabled(m_input.canApprove && !isRejected());
    m_keepRemovals->setVisible(m_input.canApprove && !m_input.blocked && hasRemovals());
    m_keepRemovals->setEnabled(m_upload->isEnabled());
    m_upload->setToolTip(
        isRejected() ? tr("This package breaks Apple's rules, so it cannot be uploaded. Fix the "
                          "problems listed under Findings in the SIS or in the profile, then run "
                          "again.")
                     : QString());
    Q_EMIT ready();
}

void PreviewDialog::showFinding(const Finding &finding)
{
    AsmTable table;
    if (!asmTableFromFileName(finding.file, &table))
        return;
    // Line 1 is the header; rows start on line 2.
    showRow(table, finding.line >= 2 ? finding.line - 2 : -1);
}

void PreviewDialog::showRow(AsmTable table, qsizetype row)
{
    TablePage *page = m_pages[size_t(table)];
    m_tabs->setCurrentWidget(page);
    if (row >= 0)
        page->selectRow(row);
    page->view()->setFocus(Qt::OtherFocusReason);
}

QString PreviewDialog::uploadConfirmationText() const
{
    QStringList parts{tr("Upload this package to Apple School Manager?")};
    if (m_changes && !m_changes->hasPrevious) {
        parts << tr("This is the first delivery: everything is new. People to create: %1.")
                     .arg(number(m_changes->peopleCreated));
    } else if (m_changes) {
        parts << tr("People to create: %1. People to deactivate: %2.")
                     .arg(number(m_changes->peopleCreated), number(m_changes->peopleDeactivated));
        if (m_changes->peopleMoved > 0) {
            parts << tr("Moving between students.csv and staff.csv: %1.")
                         .arg(number(m_changes->peopleMoved));
        }
        const QStringList lines = ChangesPage::summaryLines(*m_changes);
        if (!lines.isEmpty())
            parts << lines.join(u'\n');
    }
    if (m_changes && !m_changes->complete()) {
        parts << tr("Warning: the comparison with the last delivery is incomplete, so these "
                    "counts cannot be trusted.");
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString PreviewDialog::keepRemovalsConfirmationText() const
{
    QStringList parts{tr("Send the additions and updates of this package to Apple School "
                         "Manager, and keep its removals for later?")};
    if (m_changes) {
        parts << tr("People to create: %1. Nobody is deactivated: the %2 people this package "
                    "would deactivate are sent as last delivered.")
                     .arg(number(m_changes->peopleCreated), number(m_changes->peopleDeactivated));
        QStringList kept;
        for (const TableChanges &t : m_changes->tables) {
            if (t.removed > 0)
                kept << tr("%1: %Ln row(s) kept as last delivered", nullptr, int(t.removed))
                            .arg(asmFileName(t.table));
        }
        if (!kept.isEmpty())
            parts << kept.join(u'\n');
        if (!m_changes->complete()) {
            parts << tr("Warning: the comparison with the last delivery is incomplete, so these "
                        "counts cannot be trusted.");
        }
    }
    parts << tr("The package stays held for review with its removals: upload it later to send "
                "them too, or discard it. Until then each run that would remove the same rows "
                "is held again.");
    return parts.join(QStringLiteral("\n\n"));
}

QString PreviewDialog::discardConfirmationText() const
{
    return tr("Discard this package? It will not be uploaded, and it cannot be approved later. "
              "The next run builds a new one.");
}

void PreviewDialog::requestUpload()
{
    if (!m_input.canApprove || !isReady() || isRejected() || !m_replaced.isEmpty())
        return;
    if (!confirm(tr("Upload to Apple School Manager"), uploadConfirmationText(), tr("Upload")))
        return;
    qCInfo(lcPreview) << "upload approved for" << m_input.packagePath;
    Q_EMIT approveRequested();
    accept();
}

void PreviewDialog::requestKeepRemovals()
{
    if (!m_input.canApprove || m_input.blocked || !isReady() || isRejected() ||
        !m_replaced.isEmpty() || !hasRemovals())
        return;
    if (!confirm(tr("Send additions and updates"), keepRemovalsConfirmationText(), tr("Send")))
        return;
    qCInfo(lcPreview) << "additions and updates approved, removals kept, for"
                      << m_input.packagePath;
    Q_EMIT approveRequested(true);
    accept();
}

void PreviewDialog::requestDiscard()
{
    if (!m_input.canApprove || !m_replaced.isEmpty())
        return;
    if (!confirm(tr("Discard package"), discardConfirmationText(), tr("Discard")))
        return;
    qCInfo(lcPreview) << "package discarded:" << m_input.packagePath;
    Q_EMIT discardRequested();
    accept();
}

void PreviewDialog::saveZip()
{
    const QString path = askSavePath();
    if (path.isEmpty())
        return;
    if (const Result<void> saved = saveZipAs(path); !saved)
        showError(tr("Save zip as"), saved.error());
}

Result<void> PreviewDialog::saveZipAs(const QString &path)
{
    const QFileInfo source(m_input.packagePath);
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath())
        return {};
    // Through a temporary name, so that a failed copy never leaves half a zip behind.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QFile file(m_input.packagePath);
    if (!file.copy(part)) {
        const QString why = file.errorString();
        QFile::remove(part);
        return Failure{
            tr("The package cannot be copied to %1: %2").arg(QDir::toNativeSeparators(path), why)};
    }
    if ((target.exists() && !QFile::remove(path)) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return Failure{tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

bool PreviewDialog::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    // Deciding for Apple School Manager takes a deliberate click, never a stray Enter.
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

QString PreviewDialog::askSavePath()
{
    const QString suggested = QDir::home().filePath(QFileInfo(m_input.packagePath).fileName());
    return QFileDialog::getSaveFileName(this, tr("Save zip as"), suggested,
                                        tr("Zip archives (*.zip)"));
}

void PreviewDialog::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

} // namespace rb
