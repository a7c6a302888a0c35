#pragma once

#include "service/CommandRunner.h"

#include <QFile>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace rb::test {

// Stands in for systemctl, loginctl and systemd-creds, which cannot run here: records each
// command and answers as told. "Sealing" writes a file that is not the secret, as
// systemd-creds would. Used from one thread at a time (a panel's job, then the test).
class RecordingRunner : public CommandRunner
{
public:
    struct Call
    {
        QString program;
        QStringList arguments;
        QByteArray input;
    };
    QList<Call> calls;
    // Commands (program and first distinctive argument) that fail, with what they print.
    QHash<QString, std::pair<int, QByteArray>> failing;
    // Answers a call before the rules above when it returns one (PowerShell's scripts).
    std::function<std::optional<Outcome>(const Call &)> answer;

    Outcome run(const QString &program, const QStringList &arguments,
                const QByteArray &input) override
    {
        calls.append({program, arguments, input});
        if (answer) {
            if (const std::optional<Outcome> given = answer(calls.last()))
                return *given;
        }
        const QString key =
            program + u' ' + arguments.value(program == QStringLiteral("systemctl") ? 1 : 0);
        if (const auto it = failing.constFind(key); it != failing.constEnd())
            return {it->first, {}, it->second};
        if (program == QStringLiteral("systemd-creds")) {
            QFile out(arguments.last());
            if (out.open(QIODevice::WriteOnly))
                out.write("sealed:" + QByteArray::number(qHash(input)));
        }
        return {0, {}, {}};
    }

    QStringList commandLines() const
    {
        QStringList lines;
        for (const Call &c : calls)
            lines << c.program + u' ' + c.arguments.join(u' ');
        return lines;
    }
};

} // namespace rb::test
