#include "history/HistoryFilterBar.h"

#include "history/HistoryText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
constexpr int kSearchDelayMs = 400;
constexpr int kDefaultDays = 7;

const QList<RunStatus> kStatuses = {RunStatus::Success,   RunStatus::Failed,
                                    RunStatus::Held,      RunStatus::DryRun,
                                    RunStatus::Cancelled, RunStatus::Interrupted};
} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_fromOn(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    m_profile->setObjectName(u"profileFilter"_s);
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->setMinimumContentsLength(14);
    addProfileItem(tr("All profiles"), QString());

    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (RunStatus status : kStatuses)
        m_status->addItem(HistoryText::runStatus(status), runStatusName(status));

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"fromFilter"_s);
    m_from->setAccessibleName(tr("From date"));
    m_from->setDate(today.addDays(-kDefaultDays));
    m_to->setObjectName(u"toFilter"_s);
    m_to->setAccessibleName(tr("To date"));
    m_to->setDate(today);
    m_fromOn->setObjectName(u"fromEnabled"_s);
    m_fromOn->setAccessibleName(tr("Only runs from a date"));
    m_toOn->setObjectName(u"toEnabled"_s);
    m_toOn->setAccessibleName(tr("Only runs up to a date"));

    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Find a person or class id"));
    m_search->setPlaceholderText(tr("Find a person or class id…"));
    m_search->setToolTip(tr("Lists the runs whose messages, URLs or kept request and response "
                            "data mention this id (exact case)."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profile);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_fromOn);
    layout->addWidget(m_from);
    layout->addWidget(m_toOn);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_fromOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_toOn, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_fromOn->isChecked())
            Q_EMIT changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_toOn->isChecked())
            Q_EMIT changed();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the field shows every run again at once.
        if (text.trimmed().isEmpty()) {
            m_searchDelay->stop();
            Q_EMIT changed();
        } else {
            m_searchDelay->start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        Q_EMIT changed();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::changed);
}

void HistoryFilterBar::addProfileItem(const QString &label, const QString &profileId)
{
    m_profile->addItem(label, profileId);
}

void HistoryFilterBar::setProfiles(const QList<std::pair<QString, QString>> &profiles)
{
    const QString chosen = m_profile->currentData().toString();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    addProfileItem(tr("All profiles"), QString());
    for (const auto &[id, name] : profiles)
        addProfileItem(name, id);
    m_profile->setCurrentIndex(0);
    if (!chosen.isEmpty()) {
        if (m_profile->findData(chosen) < 0)
            addProfileItem(tr("Deleted profile %1").arg(chosen), chosen);
        m_profile->setCurrentIndex(m_profile->findData(chosen));
    }
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter f;
    f.profileId = m_profile->currentData().toString();
    if (const std::optional<RunStatus> s = runStatusFromName(m_status->currentData().toString()))
        f.statuses = {*s};
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    f.search = m_search->text().trimmed();
    return f;
}

void HistoryFilterBar::setProfileId(const QString &profileId)
{
    int index = m_profile->findData(profileId);
    if (index < 0) {
        addProfileItem(tr("Deleted profile %1").arg(profileId), profileId);
        index = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(index);
}

void HistoryFilterBar::clear()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_profile), QSignalBlocker(m_status),
                                           QSignalBlocker(m_fromOn), QSignalBlocker(m_toOn),
                                           QSignalBlocker(m_search)};
        m_profile->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_fromOn->setChecked(false);
        m_toOn->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_search->clear();
        m_searchDelay->stop();
    }
    Q_EMIT changed();
}

void HistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace rb
