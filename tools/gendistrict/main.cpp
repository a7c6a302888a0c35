#include "DistrictGenerator.h"
#include "FolderOutput.h"
#include "GeneratorCommandLine.h"
#include "ZipOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

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

    const GeneratorOptions &options = parsed.options;
    std::unique_ptr<CsvSetOutput> output;
    if (!options.zipPath.isEmpty()) {
        // Noon rather than midnight: never inside a daylight-saving gap.
        output =
            std::make_unique<ZipOutput>(options.zipPath, QDateTime(options.runDate, QTime(12, 0)));
    } else {
        output = std::make_unique<FolderOutput>(options.folderPath);
    }

    DistrictGenerator generator(options, *output);
    if (!generator.run()) {
        printTo(stderr, u"rb-gendistrict: "_s + generator.errorString() + u'\n');
        return 1;
    }

    QJsonObject summary;
    for (const auto &[file, rows] : generator.counts())
        summary.insert(file, rows);
    printTo(stdout,
            QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) + u'\n');
    return 0;
}
