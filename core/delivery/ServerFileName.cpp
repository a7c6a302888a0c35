#include "ServerFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rb {

QString ServerFileName::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("the name is empty");
    if (name == u".")
        return tr("it names the folder itself");
    for (const QChar c : name) {
        if (c == QChar(0))
            return tr("it holds a NUL character");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("it holds a control character");
        if (c == u'/' || c == u'\\')
            return tr("it holds a path separator (/ or \\)");
        if (c == u':')
            return tr("it holds a colon, which names a drive or a stream on Windows");
    }
    if (name.contains(u".."))
        return tr("it holds \"..\", which names a parent folder");
    // Windows strips these, so "users.csv." would land on users.csv.
    if (name.endsWith(u'.') || name.endsWith(u' '))
        return tr("it ends with a dot or a space");
    static const QRegularExpression device(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(name).hasMatch())
        return tr("it is the name of a device on Windows");
    return {};
}

QString ServerFileName::printable(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            shown += c;
    }
    return shown;
}

Result<QString> ServerFileName::localPath(const QString &folder, const QString &name)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalFolder.isEmpty())
        return Failure{tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder))};
    QString path = QDir(folder).filePath(name);
    const QFileInfo info(QDir(canonicalFolder).filePath(name));
    if (QFileInfo(info.absolutePath()).canonicalFilePath() != canonicalFolder)
        return Failure{tr("%1 is not inside %2")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder))};
    // The file is written through a temporary and renamed over the name, which follows a link
    // that is already there: a link could send it anywhere, even when it dangles.
    if (info.isSymLink())
        return Failure{tr("%1 is a link (to %2)")
                           .arg(QDir::toNativeSeparators(path),
                                QDir::toNativeSeparators(info.symLinkTarget()))};
    if (info.exists() && !info.canonicalFilePath().startsWith(canonicalFolder + u'/'))
        return Failure{tr("%1 is not inside %2")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder))};
    return path;
}

} // namespace rb
