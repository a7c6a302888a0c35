#include "GeneratorCommandLine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace rb::gen {

ParsedCommandLine GeneratorCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a deterministic synthetic school district as a OneRoster CSV set.\n"
           "Prints a one-line JSON object with the data row count of each file."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    // No addVersionOption(): --version selects the OneRoster version.
    const QCommandLineOption scale({u"scale"_s}, tr("District size: tiny, small or large."),
                                   u"scale"_s);
    const QCommandLineOption seed({u"seed"_s}, tr("Random seed (default 1)."), u"n"_s, u"1"_s);
    const QCommandLineOption version(
        {u"version"_s}, tr("OneRoster version: 1.1 or 1.2 (default 1.2)."), u"version"_s, u"1.2"_s);
    const QCommandLineOption runDate(
        {u"run-date"_s},
        tr("The day the export is taken, YYYY-MM-DD (default today); decides which school year "
           "and semester are current."),
        u"date"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write a zip file."), u"file.zip"_s);
    const QCommandLineOption folder({u"folder"_s}, tr("Write the CSV files into a folder."),
                                    u"dir"_s);
    const QCommandLineOption crlf({u"crlf"_s}, tr("End lines with CR LF instead of LF."));
    const QCommandLineOption names(
        {u"names"_s},
        tr("default (mostly Latin names with the awkward cases tests need) or world (names in "
           "Chinese, Japanese, Korean, Cyrillic, Greek, Devanagari and Latin scripts, for "
           "demonstrations)."),
        u"mix"_s, u"default"_s);
    parser.addOptions({scale, seed, version, runDate, output, folder, crlf, names});

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        result.outcome = ParsedCommandLine::Outcome::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.message =
            tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    GeneratorOptions &options = result.options;
    if (parser.value(names) == u"world") {
        options.names = NameMix::World;
    } else if (parser.value(names) != u"default") {
        result.message =
            tr("Unknown name mix \"%1\"; use default or world.").arg(parser.value(names));
        return result;
    }
    const QString scaleText = parser.value(scale);
    if (scaleText == u"tiny") {
        options.scale = Scale::Tiny;
    } else if (scaleText == u"small") {
        options.scale = Scale::Small;
    } else if (scaleText == u"large") {
        options.scale = Scale::Large;
    } else {
        result.message = parser.isSet(scale)
                             ? tr("Unknown scale \"%1\"; use tiny, small or large.").arg(scaleText)
                             : tr("--scale is required (tiny, small or large).");
        return result;
    }

    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        result.message =
            tr("--seed must be a non-negative integer, not \"%1\".").arg(parser.value(seed));
        return result;
    }

    const QString versionText = parser.value(version);
    if (versionText == u"1.1") {
        options.version = OneRosterVersion::V1_1;
    } else if (versionText == u"1.2") {
        options.version = OneRosterVersion::V1_2;
    } else {
        result.message = tr("Unknown OneRoster version \"%1\"; use 1.1 or 1.2.").arg(versionText);
        return result;
    }

    if (parser.isSet(runDate)) {
        options.runDate = QDate::fromString(parser.value(runDate), Qt::ISODate);
        if (!options.runDate.isValid() || parser.value(runDate).size() != 10) {
            result.message = tr("--run-date must be a date like 2026-09-15, not \"%1\".")
                                 .arg(parser.value(runDate));
            return result;
        }
    } else {
        options.runDate = QDate::currentDate();
    }
    if (options.runDate.year() < 1980 || options.runDate.year() > 2100) {
        // Zip timestamps cannot represent earlier years.
        result.message = tr("--run-date must be between 1980 and 2100.");
        return result;
    }

    if (parser.isSet(output) == parser.isSet(folder)) {
        result.message = tr("Give exactly one of -o FILE.zip and --folder DIR.");
        return result;
    }
    options.zipPath = parser.value(output);
    options.folderPath = parser.value(folder);
    if ((parser.isSet(output) && options.zipPath.isEmpty()) ||
        (parser.isSet(folder) && options.folderPath.isEmpty())) {
        result.message = tr("The output path is empty.");
        return result;
    }
    options.crlf = parser.isSet(crlf);
    result.outcome = ParsedCommandLine::Outcome::Run;
    return result;
}

} // namespace rb::gen
