#include "ServiceFiles.h"

#include <QStringConverter>
#include <QXmlStreamWriter>

namespace rb {

QString ServiceFiles::systemdWord(const QString &word)
{
    QString w = word;
    w.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
    const bool plain = !w.isEmpty() && std::none_of(w.begin(), w.end(), [](QChar c) {
        return c.isSpace() || c == u'"' || c == u'\'' || c == u'\\' || c == u';';
    });
    if (plain)
        return w;
    w.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + w + u'"';
}

QString ServiceFiles::windowsWord(const QString &word)
{
    if (!word.isEmpty() &&
        std::none_of(word.begin(), word.end(), [](QChar c) { return c.isSpace() || c == u'"'; }))
        return word;
    // Backslashes are literal except before a quote, where each one is doubled.
    QString out = QStringLiteral("\"");
    qsizetype slashes = 0;
    for (QChar c : word) {
        if (c == u'\\') {
            ++slashes;
            continue;
        }
        out += QString(c == u'"' ? slashes * 2 + 1 : slashes, u'\\');
        slashes = 0;
        out += c;
    }
    out += QString(slashes * 2, u'\\') + u'"';
    return out;
}

QByteArray ServiceFiles::systemdUnit(const ServiceDescription &d)
{
    QStringList exec{systemdWord(d.program)};
    for (const QString &a : d.arguments)
        exec << systemdWord(a);
    QStringList lines{
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=") + d.description,
        // The first run after boot needs the network; the scheduler waits for its time anyway.
        QStringLiteral("Wants=network-online.target"),
        QStringLiteral("After=network-online.target"),
        QString(),
        QStringLiteral("[Service]"),
        QStringLiteral("Type=exec"),
        QStringLiteral("ExecStart=") + exec.join(u' '),
        QStringLiteral("WorkingDirectory=") + systemdWord(d.workingDirectory),
        QStringLiteral("Restart=on-failure"),
        QStringLiteral("RestartSec=%1").arg(d.restartSeconds),
        // serve stops its run cleanly on SIGTERM; a large upload may need a moment.
        QStringLiteral("TimeoutStopSec=60"),
        QStringLiteral("UMask=0077"),
        QStringLiteral("NoNewPrivileges=yes"),
    };
    for (const ServiceDescription::Credential &c : d.credentials)
        lines << QStringLiteral("LoadCredentialEncrypted=%1:%2").arg(c.name, c.encryptedFile);
    lines << QString() << QStringLiteral("[Install]") << QStringLiteral("WantedBy=default.target")
          << QString();
    return lines.join(u'\n').toUtf8();
}

QByteArray ServiceFiles::launchdPlist(const ServiceDescription &d)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    auto string = [&xml](const QString &key, const QString &value) {
        xml.writeTextElement(QStringLiteral("key"), key);
        xml.writeTextElement(QStringLiteral("string"), value);
    };
    auto flag = [&xml](const QString &key, bool value) {
        xml.writeTextElement(QStringLiteral("key"), key);
        xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
    };
    string(QStringLiteral("Label"), d.label);
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeTextElement(QStringLiteral("string"), d.program);
    for (const QString &a : d.arguments)
        xml.writeTextElement(QStringLiteral("string"), a);
    xml.writeEndElement();
    string(QStringLiteral("UserName"), d.userName);
    string(QStringLiteral("WorkingDirectory"), d.workingDirectory);
    flag(QStringLiteral("RunAtLoad"), true);
    // Started again after a crash, not after a clean stop.
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("KeepAlive"));
    xml.writeStartElement(QStringLiteral("dict"));
    flag(QStringLiteral("SuccessfulExit"), false);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ThrottleInterval"));
    xml.writeTextElement(QStringLiteral("integer"), QString::number(d.restartSeconds));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Umask"));
    xml.writeTextElement(QStringLiteral("integer"), QStringLiteral("63")); // 077
    string(QStringLiteral("StandardOutPath"), d.logFile);
    string(QStringLiteral("StandardErrorPath"), d.logFile);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString ServiceFiles::taskSchedulerXmlText(const ServiceDescription &d)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Task"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task"));
    xml.writeStartElement(QStringLiteral("RegistrationInfo"));
    xml.writeTextElement(QStringLiteral("Description"), d.description);
    xml.writeTextElement(QStringLiteral("URI"), u'\\' + d.name);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Triggers"));
    xml.writeStartElement(QStringLiteral("BootTrigger"));
    xml.writeTextElement(QStringLiteral("Enabled"), QStringLiteral("true"));
    // Give the network a moment after boot.
    xml.writeTextElement(QStringLiteral("Delay"), QStringLiteral("PT1M"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Principals"));
    xml.writeStartElement(QStringLiteral("Principal"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    xml.writeTextElement(QStringLiteral("UserId"), d.userName);
    // "Run whether the user is logged on or not", with the user's stored password, so that
    // the profile's secrets in Credential Manager can be read.
    xml.writeTextElement(QStringLiteral("LogonType"), QStringLiteral("Password"));
    xml.writeTextElement(QStringLiteral("RunLevel"), QStringLiteral("LeastPrivilege"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Settings"));
    for (const auto &[key, value] :
         {std::pair{"MultipleInstancesPolicy", "IgnoreNew"},
          std::pair{"DisallowStartIfOnBatteries", "false"},
          std::pair{"StopIfGoingOnBatteries", "false"}, std::pair{"StartWhenAvailable", "true"},
          std::pair{"RunOnlyIfNetworkAvailable", "false"}, std::pair{"AllowHardTerminate", "true"},
          std::pair{"ExecutionTimeLimit", "PT0S"}, std::pair{"Enabled", "true"}})
        xml.writeTextElement(QLatin1StringView(key), QLatin1StringView(value));
    xml.writeStartElement(QStringLiteral("RestartOnFailure"));
    xml.writeTextElement(QStringLiteral("Interval"),
                         QStringLiteral("PT%1M").arg(qMax(1, d.restartSeconds / 60)));
    xml.writeTextElement(QStringLiteral("Count"), QStringLiteral("999"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Actions"));
    xml.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    xml.writeStartElement(QStringLiteral("Exec"));
    xml.writeTextElement(QStringLiteral("Command"), d.program);
    QStringList args;
    for (const QString &a : d.arguments)
        args << windowsWord(a);
    xml.writeTextElement(QStringLiteral("Arguments"), args.join(u' '));
    xml.writeTextElement(QStringLiteral("WorkingDirectory"), d.workingDirectory);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray ServiceFiles::taskSchedulerXml(const ServiceDescription &d)
{
    QString text = taskSchedulerXmlText(d);
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return utf16.encode(text);
}

} // namespace rb
