#include "LogRedactor.h"

#include "common/Redactor.h"

#include <QByteArrayList>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

struct Registry
{
    QMutex mutex;
    QByteArrayList secrets;
    QByteArrayList tokens;
    // Rebuilt on every change; copies share its list, so a message is redacted without the lock.
    Redactor redactor;

    void remember(QByteArrayList *list, const QByteArray &value, int kept)
    {
        // Short values too: Redactor masks those only where they stand as a whole value.
        if (value.isEmpty())
            return;
        const QMutexLocker lock(&mutex);
        if (list->contains(value))
            return;
        list->append(value);
        if (list->size() > kept)
            list->removeFirst();
        redactor.clearSecrets();
        for (const QByteArrayList *values : {&secrets, &tokens}) {
            for (const QByteArray &v : *values)
                redactor.addSecret(v);
        }
    }

    Redactor snapshot()
    {
        const QMutexLocker lock(&mutex);
        return redactor;
    }
};

// Never destroyed: messages may still come while static objects are torn down at exit.
Registry &registry()
{
    static auto *instance = new Registry;
    return *instance;
}

} // namespace

void LogRedactor::addSecret(const QString &value)
{
    addSecret(value.toUtf8());
}

void LogRedactor::addSecret(const QByteArray &value)
{
    Registry &r = registry();
    r.remember(&r.secrets, value, kKeptSecrets);
}

void LogRedactor::addToken(const QByteArray &value)
{
    Registry &r = registry();
    r.remember(&r.tokens, value, kKeptTokens);
}

QString LogRedactor::redact(const QString &text)
{
    return registry().snapshot().redactText(text);
}

void LogRedactor::clear()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.clear();
    r.tokens.clear();
    r.redactor.clearSecrets();
}

} // namespace rb
