#include "GeneratorCommandLine.h"
#include "sample/SyntheticDistrict.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rb::gen;

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

// Exit codes: 0 success, 1 I/O error, 2 usage error.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rb-gendistrict"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));

    const ParsedCommandLine parsed = GeneratorCommandLine::parse(QCoreApplication::arguments());
    switch (parsed.outcome) {
    case ParsedCommandLine::Outcome::ShowHelp:
        printTo(stdout, parsed.message);
        return 0;
    case ParsedCommandLine::Outcome::UsageError:
        printTo(stderr,
                u"rb-gendistrict: "_s + parsed.message + u'\n' +
                    QCoreApplication::translate("GenDistrict", "Try 'rb-gendistrict --help'.") +
                    u'\n');
        return 2;
    case ParsedCommandLine::Outcome::Run:
        break;
    }

    const rb::Result<SyntheticDistrict::Counts> written = SyntheticDistrict::write(parsed.options);
    if (!written) {
        printTo(stderr, u"rb-gendistrict: "_s + written.error() + u'\n');
        return 1;
    }

    QJsonObject summary;
    for (const auto &[file, rows] : *written)
        summary.insert(file, rows);
    printTo(stdout,
            QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) + u'\n');
    return 0;
}
