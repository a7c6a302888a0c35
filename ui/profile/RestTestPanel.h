#pragma once

#include "oneroster/rest/ConnectionTest.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rb {

class LayerList;

// "Test connection" for the SIS's API: runs ConnectionTest (asynchronous, on the GUI thread's
// event loop) and lists each layer's result, then one sentence: connected, with the count of
// the first page of orgs, or which layer failed and why.
class RestTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RestTestPanel(QWidget *parent = nullptr);

    void start(const RestSourceSettings &settings, const QString &clientSecret);
    void cancel();
    bool isRunning() const;
    QString summary() const;
    void clear();

Q_SIGNALS:
    // The Test button was pressed: the page starts the test with its current settings.
    void testRequested();
    void finished(bool ok);

private:
    void layerFinished(const ConnectionLayerResult &result);
    void testFinished(bool ok);

    ConnectionTest *m_test;
    QPushButton *m_button;
    QProgressBar *m_busy;
    LayerList *m_layers;
    QLabel *m_summary;
    QString m_failure;
    QString m_firstPage;
};

} // namespace rb
