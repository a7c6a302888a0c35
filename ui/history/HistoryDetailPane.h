#pragma once

#include <QString>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace rb {

// The text of what is selected in the history panel, in a fixed-width font so that headers
// and indented JSON line up, with the searched id marked and a button to copy it all.
class HistoryDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryDetailPane(QWidget *parent = nullptr);

    // mark: text to highlight wherever it appears (exact case); the first one is scrolled to.
    void setDetail(const QString &text, const QString &mark = QString());
    QString text() const;
    QWidget *firstFocus() const;

public Q_SLOTS:
    void copy();

private:
    void highlight(const QString &mark);

    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace rb
