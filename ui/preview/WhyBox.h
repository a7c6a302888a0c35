#pragma once

#include "pipeline/WhyQuery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rb {

class BackgroundJob;

// "Why is … not sent?": an id in, the rule and the source row out (WhyQuery), answered off the
// GUI thread because it reads the packages.
class WhyBox : public QWidget
{
    Q_OBJECT

public:
    explicit WhyBox(QWidget *parent = nullptr);

    void setSources(WhyQuery::Sources sources);
    void ask(const QString &id);

    QLineEdit *idField() const { return m_id; }
    QLabel *answer() const { return m_answer; }

Q_SIGNALS:
    // The answer is on show.
    void answered();

private:
    WhyQuery::Sources m_sources;
    QLineEdit *m_id;
    QPushButton *m_ask;
    QLabel *m_answer;
    BackgroundJob *m_job;
    std::shared_ptr<WhyQuery::Answer> m_result;
};

} // namespace rb
