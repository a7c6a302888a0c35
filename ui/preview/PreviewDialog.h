#pragma once

#include "asm/AsmSchema.h"
#include "common/Finding.h"
#include "common/Result.h"
#include "preview/PreviewInput.h"
#include "preview/RemovalGroups.h"

#include <QDialog>

#include <array>
#include <memory>
#include <optional>

class QPushButton;
class QTabWidget;

namespace rb {

class BackgroundJob;
class ChangesPage;
class FindingsPage;
class PackageLoader;
class PreviewHeader;
class TablePage;
struct PackageChanges;
struct PackageValidation;

// The package as the admin sees it before it goes to Apple School Manager: one tab per file
// (read lazily, searchable), what Apple's rules say about it, and what differs from the last
// delivery. Upload and Discard ask for confirmation, then emit their signal and close; the
// caller does the work. A package that would remove rows can also be sent without its removals,
// which stay held. Everything slow runs on worker threads.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreviewDialog(const PreviewInput &input, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    const PreviewInput &input() const { return m_input; }
    // Loaded, checked and compared: Upload can be pressed.
    bool isReady() const;
    // Apple's rules are broken: the package can never be uploaded.
    bool isRejected() const;
    // Copies the package to path (replacing a file there), or says why it cannot.
    Result<void> saveZipAs(const QString &path);
    // The package waiting for review is no longer this one (a newer run replaced it, or it
    // was approved or discarded elsewhere): Upload and Discard are disabled and the header
    // says why.
    void packageReplaced(const QString &message);
    bool isReplaced() const { return !m_replaced.isEmpty(); }
    // Shows the file and row a finding names (line 1 is the header).
    void showFinding(const Finding &finding);
    void showRow(AsmTable table, qsizetype row);

    // The texts of the confirmations, as the admin reads them.
    QString uploadConfirmationText() const;
    QString keepRemovalsConfirmationText() const;
    QString discardConfirmationText() const;

    TablePage *tablePage(AsmTable table) const { return m_pages[size_t(table)]; }
    FindingsPage *findingsPage() const { return m_findingsPage; }
    ChangesPage *changesPage() const { return m_changesPage; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *keepRemovalsButton() const { return m_keepRemovals; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }
    std::shared_ptr<const PackageChanges> changes() const { return m_changes; }
    const PackageValidation *validation() const { return m_validation.get(); }

Q_SIGNALS:
    // The admin confirmed: upload this package; with keepRemovals only its additions and
    // updates, the rows it would remove staying as last delivered and the package held.
    void approveRequested(bool keepRemovals = false);
    // The admin confirmed: throw this package away.
    void discardRequested();
    // The package has been loaded, checked and compared.
    void ready();

protected:
    // Seams for what needs the admin; tests answer them without a modal dialog.
    virtual bool confirm(const QString &title, const QString &text, const QString &acceptText);
    virtual QString askSavePath();
    virtual void showError(const QString &title, const QString &text);

private:
    QLayout *buildButtons();
    void startWork();
    // Reads the package and the last delivery once their files are there.
    void startReading();
    void prepared(const Result<PreviewFiles> &files);
    void tableLoaded(AsmTable table);
    void startDiffWhenLoaded();
    void diffFinished();
    void validationFinished();
    void updateState();
    void updateTabTitles();
    void requestUpload();
    void requestKeepRemovals();
    // Compared with a last delivery, the package would remove rows from it.
    bool hasRemovals() const;
    void requestDiscard();
    void saveZip();

    PreviewInput m_input;
    QString m_replaced;
    PreviewHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<TablePage *, kAsmTables.size()> m_pages{};
    FindingsPage *m_findingsPage = nullptr;
    ChangesPage *m_changesPage = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_keepRemovals = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    PackageLoader *m_current = nullptr;
    PackageLoader *m_previous = nullptr;
    BackgroundJob *m_prepareJob = nullptr;
    BackgroundJob *m_diffJob = nullptr;
    BackgroundJob *m_validationJob = nullptr;
    std::shared_ptr<PackageChanges> m_diffResult;
    std::shared_ptr<QList<RemovalGroup>> m_groupsResult;
    std::shared_ptr<PackageValidation> m_validationResult;
    std::shared_ptr<const PackageChanges> m_changes;
    std::shared_ptr<const PackageValidation> m_validation;
    bool m_diffStarted = false;
};

} // namespace rb
