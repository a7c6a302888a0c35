#pragma once

#include "ProfileStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rb {

// How far the selected profile's run is: the step, a bar (busy while the total is unknown),
// the counts, the time so far and an estimate of what is left, and Cancel.
class RunProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunProgressWidget(QWidget *parent = nullptr);

    void show(const ProfileStatus &status);
    QString detailText() const;

    // "about 2 minutes left", from the rate so far; empty when it cannot be told.
    static QString estimate(qint64 done, qint64 total, qint64 elapsedMs);

Q_SIGNALS:
    void cancelRequested(const QString &profileId);

private:
    QString m_profileId;
    QLabel *m_step;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QPushButton *m_cancel;
};

} // namespace rb
