#include "preview/WhyBox.h"

#include "common/BackgroundJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

WhyBox::WhyBox(QWidget *parent)
    : QWidget(parent)
    , m_id(new QLineEdit(this))
    , m_ask(new QPushButton(tr("Expla&in"), this))
    , m_answer(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    auto *label = new QLabel(tr("&Why is … not sent?"), this);
    label->setBuddy(m_id);
    m_id->setPlaceholderText(tr("A person's, class's, course's or enrollment's id"));
    m_id->setAccessibleName(tr("Id to explain"));
    m_id->setClearButtonEnabled(true);
    m_ask->setAutoDefault(false);
    m_ask->setAccessibleName(tr("Explain why the id is or is not sent"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_id, 1);
    row->addWidget(m_ask);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_answer);

    connect(m_ask, &QPushButton::clicked, this, [this] { ask(m_id->text()); });
    connect(m_id, &QLineEdit::returnPressed, this, [this] { ask(m_id->text()); });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_answer->setText(m_result->lines.join(u'\n'));
        m_answer->show();
        m_ask->setEnabled(true);
        Q_EMIT answered();
    });
}

void WhyBox::setSources(WhyQuery::Sources sources)
{
    m_sources = std::move(sources);
}

void WhyBox::ask(const QString &id)
{
    if (id.trimmed().isEmpty())
        return;
    m_id->setText(id);
    m_ask->setEnabled(false);
    m_answer->setText(tr("Looking for %1…").arg(id.trimmed()));
    m_answer->show();
    m_result = std::make_shared<WhyQuery::Answer>();
    m_job->start([result = m_result, sources = m_sources, id](const BackgroundJob::Control &) {
        *result = WhyQuery::ask(id, sources);
    });
}

} // namespace rb
