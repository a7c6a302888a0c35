#include "RunEngine.h"

#include "RunPipeline.h"

#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcEngine, "rosterbridge.pipeline.engine", QtInfoMsg)

namespace {
QString idOf(const RunRequest &request)
{
    return request.profile.id.toString(QUuid::WithoutBraces);
}
} // namespace

RunEngine::RunEngine(HistoryDatabase *history, QString heldFolder, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_heldFolder(std::move(heldFolder))
    , m_context(new QObject)
{
    qRegisterMetaType<rb::RunResult>();
    qRegisterMetaType<rb::StepRecord>();
    qRegisterMetaType<rb::RunStep>();
    m_thread.setObjectName(QStringLiteral("RosterBridge run worker"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

RunEngine::~RunEngine()
{
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
    QObject *context = m_context;
    QMetaObject::invokeMethod(m_context, [context] {
        for (RunPipeline *p : context->findChildren<RunPipeline *>())
            p->cancel();
    });
    m_thread.quit();
    m_thread.wait();
}

bool RunEngine::isQueued(const QString &profileId) const
{
    for (const RunRequest &r : m_queue) {
        if (idOf(r) == profileId)
            return true;
    }
    return false;
}

RunEngine::Submitted RunEngine::submit(RunRequest request)
{
    const QString id = idOf(request);
    for (RunRequest &waiting : m_queue) {
        if (idOf(waiting) == id) {
            qCInfo(lcEngine) << "a run of" << id
                             << "is already waiting; the newer request "
                                "replaces it";
            waiting = std::move(request);
            return Submitted::Coalesced;
        }
    }
    m_queue.append(std::move(request));
    if (!m_running.isEmpty()) {
        Q_EMIT runQueued(id);
        return Submitted::Queued;
    }
    startNext();
    return Submitted::Started;
}

bool RunEngine::cancel(const QString &profileId)
{
    bool found = false;
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        if (idOf(m_queue.at(i)) == profileId) {
            m_queue.removeAt(i);
            found = true;
        }
    }
    if (m_running == profileId && m_cancel) {
        m_cancel->store(true);
        QObject *context = m_context;
        QMetaObject::invokeMethod(m_context, [context] {
            for (RunPipeline *p : context->findChildren<RunPipeline *>())
                p->cancel();
        });
        found = true;
    }
    if (found && m_running.isEmpty() && m_queue.isEmpty())
        Q_EMIT idle();
    return found;
}

void RunEngine::startNext()
{
    if (!m_running.isEmpty())
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    RunRequest request = m_queue.takeFirst();
    request.uploadJournal = m_uploadJournal;
    m_running = idOf(request);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT runStarted(m_running);

    QObject *context = m_context;
    HistoryDatabase *history = m_history;
    const QString held = m_heldFolder;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The pipeline is made on the worker thread, so that everything it creates (the network
    // access manager, timers, SFTP sessions) belongs there.
    QMetaObject::invokeMethod(m_context, [this, context, history, held, cancel,
                                          request = std::move(request)]() mutable {
        auto *pipeline = new RunPipeline(std::move(request), history, held, cancel, context);
        connect(pipeline, &RunPipeline::stepStarted, this, &RunEngine::stepStarted,
                Qt::QueuedConnection);
        connect(pipeline, &RunPipeline::stepFinished, this, &RunEngine::stepFinished,
                Qt::QueuedConnection);
        connect(pipeline, &RunPipeline::progress, this, &RunEngine::progress, Qt::QueuedConnection);
        connect(pipeline, &RunPipeline::finished, this, &RunEngine::onFinished,
                Qt::QueuedConnection);
        connect(pipeline, &RunPipeline::finished, pipeline, &QObject::deleteLater);
        pipeline->start();
    });
}

void RunEngine::onFinished(const RunResult &result)
{
    m_running.clear();
    m_cancel.reset();
    Q_EMIT runFinished(result);
    startNext();
}

} // namespace rb
