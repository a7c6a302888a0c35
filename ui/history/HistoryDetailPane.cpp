#include "history/HistoryDetailPane.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
constexpr int kMaxMarks = 200;
} // namespace

HistoryDetailPane::HistoryDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    m_text->setObjectName(u"detailView"_s);
    m_text->setAccessibleName(tr("Details of the selection"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTabChangesFocus(true);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setAccessibleName(tr("Copy the details to the clipboard"));
    m_copy->setToolTip(tr("Copies the selected exchange (or step, or run) as text."));
    m_copy->setEnabled(false);

    auto *title = new QLabel(tr("&Details"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setBuddy(m_text);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    setTabOrder(m_copy, m_text);

    connect(m_copy, &QPushButton::clicked, this, &HistoryDetailPane::copy);
}

void HistoryDetailPane::setDetail(const QString &text, const QString &mark)
{
    m_text->setPlainText(text);
    m_copy->setEnabled(!text.isEmpty());
    highlight(mark);
}

QString HistoryDetailPane::text() const
{
    return m_text->toPlainText();
}

QWidget *HistoryDetailPane::firstFocus() const
{
    return m_copy;
}

void HistoryDetailPane::copy()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text());
}

void HistoryDetailPane::highlight(const QString &mark)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!mark.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x66));
        format.setForeground(QColor(Qt::black));
        QTextCursor cursor(m_text->document());
        while (marks.size() < kMaxMarks) {
            cursor = m_text->document()->find(mark, cursor, QTextDocument::FindCaseSensitively);
            if (cursor.isNull())
                break;
            marks.append({cursor, format});
        }
    }
    m_text->setExtraSelections(marks);
    if (marks.isEmpty())
        return;
    // The first mention is what the admin searched for: bring it into view.
    QTextCursor first = marks.first().cursor;
    first.clearSelection();
    m_text->setTextCursor(first);
    m_text->centerCursor();
}

} // namespace rb
