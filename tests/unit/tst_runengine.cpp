#include "AsmTables.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "pipeline/ReviewPackage.h"
#include "pipeline/RunEngine.h"
#include "store/HistoryDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The run engine on its worker thread, from a generated OneRoster export to a delivery folder:
// the first-delivery hold and its approval, removals held and approved once, dry runs, re-sending,
// bad input, coalesced triggers and cancellation, each checked in the history as well.
class TestRunEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;
    HistoryDatabase m_history;
    std::unique_ptr<RunEngine> m_engine;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString heldFolder() const { return path(QStringLiteral("held")); }

    Profile profile(const QString &name)
    {
        Profile p = Profile::create(name);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_export;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(name);
        QDir().mkpath(p.destination.folder);
        return p;
    }

    RunResult runOnce(const Profile &p, RunMode mode = RunMode::Normal, bool approve = false,
                      const RunSecrets &secrets = {}, bool keepRemovals = false)
    {
        RunRequest request;
        request.profile = p;
        request.secrets = secrets;
        request.mode = mode;
        request.approve = approve;
        request.keepRemovals = keepRemovals;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        m_engine->submit(request);
        if (!finished.wait(120000) || finished.size() != 1)
            return {};
        return finished.first().first().value<RunResult>();
    }

    QStringList delivered(const Profile &p) const
    {
        return QDir(p.destination.folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
    }

    QList<StepRecord> steps(qint64 runId)
    {
        QList<StepRecord> out;
        take(m_history.steps(runId), &out);
        return out;
    }

    static QByteArray sha(const QString &file)
    {
        return QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase()
    {
        m_export = path(QStringLiteral("tiny.zip"));
        QCOMPARE(run(generatorBinary(), {QStringLiteral("--scale"), QStringLiteral("tiny"),
                                         QStringLiteral("--run-date"), QStringLiteral("2026-09-01"),
                                         QStringLiteral("-o"), m_export})
                     .exitCode,
                 0);
        QVERIFY_OK(m_history.open(path(QStringLiteral("history.sqlite"))));
        m_engine = std::make_unique<RunEngine>(&m_history, heldFolder());
    }

    void cleanupTestCase() { m_engine.reset(); }

    void firstDeliveryIsHeldThenApproved()
    {
        const Profile p = profile(QStringLiteral("first"));
        const RunResult held = runOnce(p);
        QCOMPARE(held.status, RunStatus::Held);
        QVERIFY2(held.message.contains(QStringLiteral("first delivery")), qPrintable(held.message));
        QVERIFY(delivered(p).isEmpty());
        QVERIFY(QFileInfo::exists(held.reviewPackage));

        QStringList names;
        for (const StepRecord &s : steps(held.runId))
            names << s.name + u'=' + stepStatusName(s.status);
        QCOMPARE(names, QStringList({u"acquire=ok"_s, u"filter=ok"_s, u"map=ok"_s, u"validate=ok"_s,
                                     u"compare=ok"_s, u"package=ok"_s, u"deliver=skipped"_s}));
        std::optional<RunRecord> record;
        QVERIFY(take(m_history.run(held.runId), &record) && record);
        QCOMPARE(record->status, RunStatus::Held);
        QVERIFY(record->endedAt.isValid());

        const QByteArray heldSha = sha(held.reviewPackage);
        const RunResult approved = runOnce(p, RunMode::ApproveHeld);
        QCOMPARE(approved.status, RunStatus::Success);
        QVERIFY(approved.delivered);
        const QStringList files = delivered(p);
        QCOMPARE(files.size(), 1);
        // Exactly the package that was held, byte for byte.
        QCOMPARE(sha(QDir(p.destination.folder).filePath(files.first())), heldSha);
        const Result<std::optional<ReviewPackage>> left =
            ReviewPackage::load(heldFolder(), approved.profileId);
        QVERIFY(left && !*left);
        std::optional<DeliveredZip> last;
        QVERIFY(take(m_history.lastDeliveredZip(approved.profileId), &last) && last);
        QCOMPARE(last->runId, approved.runId);
        QCOMPARE(QCryptographicHash::hash(last->content, QCryptographicHash::Sha256), heldSha);

        // With the approval done, unchanged data goes straight through.
        Profile approvedProfile = p;
        approvedProfile.needsFirstRunApproval = false;
        const RunResult next = runOnce(approvedProfile);
        QCOMPARE(next.status, RunStatus::Success);
        QCOMPARE(delivered(p).size(), 2);
        const QJsonObject diff = next.counts.value(QStringLiteral("diff")).toObject();
        QVERIFY(diff.value(QStringLiteral("hasPrevious")).toBool());

        // Re-sending sends the same bytes again.
        const RunResult resent = runOnce(approvedProfile, RunMode::ResendLast);
        QCOMPARE(resent.status, RunStatus::Success);
        QCOMPARE(delivered(p).size(), 3);
        QVERIFY(take(m_history.lastDeliveredZip(approved.profileId), &last) && last);
        QCOMPARE(last->runId, resent.runId);
    }

    void blockedPackageIsKeptApartAndNeverApproved()
    {
        // A class id with a space: the export is readable, the package breaks Apple's rules.
        const QString folder = path(QStringLiteral("space-in-class-id"));
        QVERIFY(writeExportBreakingAppleRules(folder));

        // A package held for review first: the blocked one must never take its place.
        Profile p = profile(QStringLiteral("blocked"));
        const RunResult held = runOnce(p);
        QCOMPARE(held.status, RunStatus::Held);
        p.source.path = folder;
        const RunResult blocked = runOnce(p);
        QCOMPARE(blocked.status, RunStatus::Failed);
        QVERIFY2(blocked.message.startsWith(u"Blocked by Apple's rules: 20 problem"),
                 qPrintable(blocked.message));
        QVERIFY2(blocked.message.contains(QDir::toNativeSeparators(blocked.blockedPackage)),
                 qPrintable(blocked.message));
        QVERIFY(blocked.reviewPackage.isEmpty());
        QVERIFY(delivered(p).isEmpty());
        QStringList names;
        for (const StepRecord &s : steps(blocked.runId))
            names << s.name + u'=' + stepStatusName(s.status);
        QCOMPARE(names, QStringList({u"acquire=ok"_s, u"filter=ok"_s, u"map=ok"_s,
                                     u"validate=failed"_s, u"package=ok"_s}));
        const auto kept =
            ReviewPackage::load(heldFolder(), blocked.profileId, ReviewPackage::Slot::Blocked);
        QVERIFY(kept && *kept);
        QCOMPARE((*kept)->reason, u"blocked"_s);
        QCOMPARE((*kept)->runId, blocked.runId);
        QCOMPARE((*kept)->problems, 20);
        QCOMPARE((*kept)->zipPath, blocked.blockedPackage);
        QVERIFY((*kept)->messages.first().contains(u"cls 00002"));
        const auto review = ReviewPackage::describe(heldFolder(), blocked.profileId);
        QVERIFY(review);
        QCOMPARE(review->runId, held.runId);

        // Approving delivers the package held for review, never the blocked one; the
        // blocked one stays to be looked at.
        const RunResult approved = runOnce(p, RunMode::ApproveHeld);
        QCOMPARE(approved.status, RunStatus::Success);
        QCOMPARE(delivered(p).size(), 1);
        QVERIFY(
            ReviewPackage::describe(heldFolder(), blocked.profileId, ReviewPackage::Slot::Blocked));
        const RunResult nothing = runOnce(p, RunMode::ApproveHeld);
        QCOMPARE(nothing.status, RunStatus::Failed);
        QCOMPARE(delivered(p).size(), 1);

        // A dry run of the same export is blocked the same way.
        const RunResult dry = runOnce(p, RunMode::DryRun);
        QCOMPARE(dry.status, RunStatus::Failed);
        QVERIFY(!dry.blockedPackage.isEmpty());
        QVERIFY(dry.reviewPackage.isEmpty());

        // Once the export is right again, the blocked package goes.
        p.source.path = m_export;
        p.needsFirstRunApproval = false;
        const RunResult fixed = runOnce(p);
        QCOMPARE(fixed.status, RunStatus::Success);
        QVERIFY(!ReviewPackage::describe(heldFolder(), blocked.profileId,
                                         ReviewPackage::Slot::Blocked));
        QVERIFY(!QFileInfo::exists(blocked.blockedPackage));
    }

    void pseudonymKeyComesWithTheRun()
    {
        Profile p = profile(QStringLiteral("pseudonyms"));
        p.needsFirstRunApproval = false;
        p.conversion.mapping.pseudonymizeStudentNames = true;
        // No key among the run's secrets: nothing is sent with real names.
        const RunResult missing = runOnce(p);
        QCOMPARE(missing.status, RunStatus::Failed);
        QVERIFY2(missing.details.join(u'\n').contains(u"ROSTERBRIDGE_PSEUDONYM_KEY"_s),
                 qPrintable(missing.details.join(u'\n')));
        QVERIFY(delivered(p).isEmpty());

        RunSecrets secrets;
        secrets.values.insert(QString(SecretName::PseudonymKey), u"run-key"_s);
        const RunResult first = runOnce(p, RunMode::Normal, false, secrets);
        QVERIFY2(first.status == RunStatus::Success, qPrintable(first.message));
        const RunResult second = runOnce(p, RunMode::Normal, false, secrets);
        QCOMPARE(second.status, RunStatus::Success);
        const QStringList files = delivered(p);
        QCOMPARE(files.size(), 2);
        const auto a =
            readAsmTable(QDir(p.destination.folder).filePath(files.at(0)), AsmTable::Students);
        const auto b =
            readAsmTable(QDir(p.destination.folder).filePath(files.at(1)), AsmTable::Students);
        QCOMPARE(a, b); // the same pseudonyms the next night
        QCOMPARE(column(a, a.at(1), "first_name").size(), 6);
        QCOMPARE(column(a, a.at(1), "middle_name"), QByteArray());
    }

    void removalsAreHeldAndApprovedOnce()
    {
        Profile p = profile(QStringLiteral("removals"));
        p.needsFirstRunApproval = false;
        QCOMPARE(runOnce(p).status, RunStatus::Success);

        // Dropping a school removes its people and classes: far past the thresholds.
        const QList<QByteArrayList> locations = readAsmTable(
            QDir(p.destination.folder).filePath(delivered(p).first()), AsmTable::Locations);
        QVERIFY(locations.size() >= 3); // the header and two schools
        p.conversion.filters.schools.append(QString::fromUtf8(locations.at(1).at(0)));
        const RunResult held = runOnce(p);
        QCOMPARE(held.status, RunStatus::Held);
        QCOMPARE(delivered(p).size(), 1);
        QVERIFY(held.details.join(u'\n').contains(QStringLiteral("students.csv")));

        const RunResult dry = runOnce(p, RunMode::DryRun);
        QCOMPARE(dry.status, RunStatus::DryRun);
        QVERIFY2(dry.message.contains(QStringLiteral("held")), qPrintable(dry.message));
        QCOMPARE(delivered(p).size(), 1);
        QCOMPARE(steps(dry.runId).last().status, StepStatus::Skipped);

        const RunResult approved = runOnce(p, RunMode::Normal, true);
        QCOMPARE(approved.status, RunStatus::Success);
        QCOMPARE(delivered(p).size(), 2);
        // The package held before this delivery would undo it: it is refused.
        const RunResult stale = runOnce(p, RunMode::ApproveHeld);
        QCOMPARE(stale.status, RunStatus::Failed);
        QVERIFY2(stale.message.contains(QStringLiteral("newer delivery")),
                 qPrintable(stale.message));
        QCOMPARE(delivered(p).size(), 2);
    }

    // Approved without its removals: the additions and updates go out, the rows the package
    // would remove are sent as last delivered, and the package stays held; approving it again,
    // with or without its removals, is not refused as out of date.
    void removalsAreKeptWhileTheRestIsDelivered()
    {
        Profile p = profile(QStringLiteral("kept"));
        p.needsFirstRunApproval = false;
        QCOMPARE(runOnce(p).status, RunStatus::Success);
        const QString first = QDir(p.destination.folder).filePath(delivered(p).first());
        const QList<QByteArrayList> locations = readAsmTable(first, AsmTable::Locations);
        p.conversion.filters.schools.append(QString::fromUtf8(locations.at(1).at(0)));
        const RunResult held = runOnce(p);
        QCOMPARE(held.status, RunStatus::Held);
        const QByteArray heldSha = sha(held.reviewPackage);

        const RunResult kept = runOnce(p, RunMode::ApproveHeld, false, {}, true);
        QVERIFY2(kept.status == RunStatus::Success, qPrintable(kept.message));
        QCOMPARE(kept.reviewPackage, held.reviewPackage);
        QCOMPARE(delivered(p).size(), 2);
        QStringList names;
        for (const StepRecord &s : steps(kept.runId))
            names << s.name + u'=' + stepStatusName(s.status);
        QCOMPARE(names, QStringList({u"acquire=ok"_s, u"map=ok"_s, u"validate=ok"_s,
                                     u"compare=ok"_s, u"deliver=ok"_s, u"record=ok"_s}));
        // The held rows and every row of the first delivery; nothing is removed.
        const QString sent = QDir(p.destination.folder).filePath(delivered(p).last());
        const QJsonObject keptRows = kept.counts.value(u"keptRemovals"_s).toObject();
        const QJsonObject heldDiff =
            held.counts.value(u"diff"_s).toObject().value(u"tables"_s).toObject();
        const QJsonObject keptDiff =
            kept.counts.value(u"diff"_s).toObject().value(u"tables"_s).toObject();
        const auto expected = withRemovalsKept(readPackage(held.reviewPackage), readPackage(first));
        qint64 keptTotal = 0;
        for (AsmTable t : kAsmTables) {
            const QString file = asmFileName(t);
            QCOMPARE(rowContents(readAsmTable(sent, t)), expected[size_t(t)]);
            QCOMPARE(keptRows.value(file).toInteger(),
                     heldDiff.value(file).toObject().value(u"removed"_s).toInteger());
            QCOMPARE(keptDiff.value(file).toObject().value(u"removed"_s).toInteger(), 0);
            keptTotal += keptRows.value(file).toInteger();
        }
        QVERIFY(keptRows.value(u"students.csv"_s).toInteger() > 0);
        QVERIFY2(kept.message.contains(u"; %1 removal"_s.arg(keptTotal)), qPrintable(kept.message));
        // Still held, byte for byte, and the delivery is the profile's last.
        const auto left = ReviewPackage::describe(heldFolder(), kept.profileId);
        QVERIFY(left);
        QCOMPARE(left->runId, held.runId);
        QCOMPARE(sha(left->zipPath), heldSha);
        std::optional<DeliveredZip> last;
        QVERIFY(take(m_history.lastDeliveredZip(kept.profileId), &last) && last);
        QCOMPARE(last->runId, kept.runId);

        // That delivery came after the package was held, yet it does not make it out of date.
        const RunResult keptAgain = runOnce(p, RunMode::ApproveHeld, false, {}, true);
        QVERIFY2(keptAgain.status == RunStatus::Success, qPrintable(keptAgain.message));
        QCOMPARE(sha(QDir(p.destination.folder).filePath(delivered(p).last())), sha(sent));
        const RunResult whole = runOnce(p, RunMode::ApproveHeld);
        QVERIFY2(whole.status == RunStatus::Success, qPrintable(whole.message));
        QCOMPARE(delivered(p).size(), 4);
        QCOMPARE(sha(QDir(p.destination.folder).filePath(delivered(p).last())), heldSha);
        QVERIFY(!ReviewPackage::describe(heldFolder(), kept.profileId));
    }

    // With nothing delivered before there is nothing to keep: refused, nothing sent.
    void keepingRemovalsNeedsAnEarlierDelivery()
    {
        const Profile p = profile(QStringLiteral("never"));
        const RunResult held = runOnce(p);
        QCOMPARE(held.status, RunStatus::Held);
        const RunResult refused = runOnce(p, RunMode::ApproveHeld, false, {}, true);
        QCOMPARE(refused.status, RunStatus::Failed);
        QVERIFY2(refused.message.contains(u"nothing has been delivered before"_s) &&
                     refused.message.contains(u"approve the package instead"_s),
                 qPrintable(refused.message));
        QVERIFY(delivered(p).isEmpty());
        QVERIFY(ReviewPackage::describe(heldFolder(), refused.profileId));
    }

    void badInputFailsNamingIt()
    {
        Profile p = profile(QStringLiteral("missing"));
        p.source.path = path(QStringLiteral("no-such-export.zip"));
        RunResult r = runOnce(p);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("no-such-export.zip")), qPrintable(r.message));
        QCOMPARE(steps(r.runId).first().status, StepStatus::Failed);

        // A broken row names its file and line, and nothing is delivered or kept for review.
        const QString folder = path(QStringLiteral("broken-export"));
        QDir().mkpath(folder);
        QVERIFY(run(generatorBinary(), {QStringLiteral("--scale"), QStringLiteral("tiny"),
                                        QStringLiteral("--run-date"), QStringLiteral("2026-09-01"),
                                        QStringLiteral("--folder"), folder})
                    .exitCode == 0);
        const QString users = QDir(folder).filePath(QStringLiteral("users.csv"));
        QByteArray content = readFile(users);
        const qsizetype secondLine = content.indexOf('\n', content.indexOf('\n') + 1) + 1;
        content.insert(secondLine, "broken,\"unclosed\n");
        writeFile(users, content);
        p = profile(QStringLiteral("broken"));
        p.source.path = folder;
        r = runOnce(p);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.details.join(u'\n').contains(QStringLiteral("users.csv:")),
                 qPrintable(r.details.join(u'\n')));
        QVERIFY(delivered(p).isEmpty());
        QVERIFY(r.reviewPackage.isEmpty());

        const RunResult nothingHeld =
            runOnce(profile(QStringLiteral("nothing")), RunMode::ApproveHeld);
        QCOMPARE(nothingHeld.status, RunStatus::Failed);
        const RunResult nothingSent =
            runOnce(profile(QStringLiteral("nothing")), RunMode::ResendLast);
        QCOMPARE(nothingSent.status, RunStatus::Failed);
    }

    void watchedFolderRunByHandReadsItsNewestExport()
    {
        Profile p = profile(QStringLiteral("watched"));
        p.needsFirstRunApproval = false;
        p.source.watch = true;
        p.source.path = path(QStringLiteral("drop"));
        QDir().mkpath(p.source.path);
        RunResult r = runOnce(p);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("no complete OneRoster export")),
                 qPrintable(r.message));
        QVERIFY(QFile::copy(m_export, QDir(p.source.path).filePath(QStringLiteral("a.zip"))));
        r = runOnce(p);
        QCOMPARE(r.status, RunStatus::Success);
        QCOMPARE(delivered(p).size(), 1);
    }

    void triggersCoalesceAndEachRunEndsOnce()
    {
        Profile p = profile(QStringLiteral("coalesce"));
        p.needsFirstRunApproval = false;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QSignalSpy idle(m_engine.get(), &RunEngine::idle);
        RunRequest request;
        request.profile = p;
        QCOMPARE(m_engine->submit(request), RunEngine::Submitted::Started);
        QCOMPARE(m_engine->submit(request), RunEngine::Submitted::Queued);
        QCOMPARE(m_engine->submit(request), RunEngine::Submitted::Coalesced);
        QCOMPARE(m_engine->submit(request), RunEngine::Submitted::Coalesced);
        QVERIFY(idle.wait(120000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(delivered(p).size(), 2);
        QVERIFY(!m_engine->isBusy());
    }

    void cancelEndsTheRunAsCancelled()
    {
        Profile p = profile(QStringLiteral("cancel"));
        p.needsFirstRunApproval = false;
        RunRequest request;
        request.profile = p;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        m_engine->submit(request);
        m_engine->submit(request);
        QVERIFY(m_engine->isQueued(p.id.toString(QUuid::WithoutBraces)));
        QVERIFY(m_engine->cancel(p.id.toString(QUuid::WithoutBraces)));
        QVERIFY(finished.wait(120000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        const RunResult r = finished.first().first().value<RunResult>();
        QCOMPARE(r.status, RunStatus::Cancelled);
        QVERIFY(delivered(p).isEmpty());
        std::optional<RunRecord> record;
        QVERIFY(take(m_history.run(r.runId), &record) && record);
        QCOMPARE(record->status, RunStatus::Cancelled);
        QVERIFY(!m_engine->cancel(p.id.toString(QUuid::WithoutBraces)));
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
