// How long the real `mailbox-browser` takes from process start to its first rows painted, for a
// saved webhook account of a portal that answers slowly (2000 ms per answer by default): cold
// (no saved lists: the rows wait for the portal) and warm (the lists saved by the run before,
// AccountCache: the rows come from the file). Also how long AccountCache takes to read 100,000
// mailboxes. Prints `name value unit` lines; asserts nothing.
//
// It saves an account, so it runs inside scripts/with-keyring.sh (a private keychain, HOME and
// XDG directories); elsewhere it says so and prints nothing else.
//
//   bench_warmstart [--runs R] [--latency-ms MS] [--mailboxes N] [--platform offscreen|xcb]

#include "settings/AccountCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct Run
{
    double launchMs = 0; // our clock: from starting the process to its line on stderr
    double inAppMs = 0;  // the app's own: from main() to the paint
    int rows = 0;
    QString error;
};

// The app once, for the saved account, with the start-up probe `probe`.
Run runApp(const QString &app, const QString &platform, const QString &probe)
{
    Run run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MB_STARTUP_PROBE"), probe);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError);
    QElapsedTimer clock;
    clock.start();
    process.start(app, {});
    QByteArray err;
    while (!(err.contains("_ms\"") && err.endsWith('\n'))) {
        if (!process.waitForReadyRead(300'000)) {
            run.error = QStringLiteral("no figures (%1)").arg(QString::fromUtf8(err).trimmed());
            process.kill();
            process.waitForFinished();
            return run;
        }
        err += process.readAllStandardError();
    }
    run.launchMs = clock.nsecsElapsed() / 1e6;
    const QJsonObject reported =
        QJsonDocument::fromJson(err.trimmed().split('\n').constLast()).object();
    run.inAppMs =
        reported.value(u"first_rows_ms").toDouble(reported.value(u"all_rows_ms").toDouble());
    run.rows = reported.value(u"rows").toInt();
    // The app writes its saved lists on the way out: let it.
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("did not quit");
    } else if (process.exitCode() != 0) {
        run.error = QStringLiteral("exit code %1").arg(process.exitCode());
    } else if (run.rows <= 0) {
        run.error = QStringLiteral("no rows");
    }
    return run;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

// AccountCache reading `count` mailboxes shaped like the portal's, in this process.
std::pair<double, qint64> cacheReadMs(int count, int runs)
{
    QTemporaryDir dir;
    const mb::AccountCache cache(dir.path());
    const QString id = QStringLiteral("bench-account");
    mb::AccountCache::Contents contents;
    contents.fetchedAt = QDateTime::currentDateTime();
    contents.mailboxes.reserve(count);
    for (int i = 1; i <= count; ++i) {
        contents.mailboxes.append(mb::Mailbox::fromJson(
            QJsonObject{{QStringLiteral("id"), i},
                        {QStringLiteral("name"), QStringLiteral("Mailbox number %1").arg(i)},
                        {QStringLiteral("email"), QStringLiteral("box%1@example.test").arg(i)},
                        {QStringLiteral("senderName"), QStringLiteral("Sender %1").arg(i)}}));
    }
    if (!cache.write(id, contents))
        return {-1, 0};
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        const auto read = cache.read(id);
        times.push_back(clock.nsecsElapsed() / 1e6);
        if (!read || read->mailboxes.size() != count)
            return {-1, 0};
    }
    return {median(times), QFile(cache.fileName(id)).size()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("runs"), QStringLiteral("Runs of each start (5)."), QStringLiteral("R"),
          QStringLiteral("5")},
         {QStringLiteral("latency-ms"), QStringLiteral("Portal latency per answer (2000)."),
          QStringLiteral("MS"), QStringLiteral("2000")},
         {QStringLiteral("mailboxes"), QStringLiteral("Mailboxes of the portal (1000)."),
          QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("platform"), QStringLiteral("Qt platform of the app (offscreen)."),
          QStringLiteral("NAME"), QStringLiteral("offscreen")}});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const QString platform = parser.value(QStringLiteral("platform"));

    const auto [readMs, bytes] = cacheReadMs(100000, 5);
    out << "cache_read_100k_mailboxes " << QString::number(readMs, 'f', 1) << " ms" << Qt::endl;
    out << "cache_file_100k_mailboxes " << bytes << " bytes" << Qt::endl;

    if (qEnvironmentVariableIsEmpty("MB_KEYRING_HOME")) {
        out << "bench_warmstart: the start-up figures need scripts/with-keyring.sh (the bench "
               "saves an account, and never into your keychain)"
            << Qt::endl;
        return 0;
    }

    QProcess portal;
    portal.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    portal.start(QStringLiteral(MB_PORTAL_EXE),
                 {QStringLiteral("--latency-ms"), QString::number(latency),
                  QStringLiteral("--mailboxes"), parser.value(QStringLiteral("mailboxes")),
                  QStringLiteral("--rate-limit"), QStringLiteral("off"),
                  QStringLiteral("--commands")});
    while (portal.waitForStarted(10'000) && !portal.canReadLine() &&
           portal.waitForReadyRead(30'000)) {
    }
    const QJsonObject info = QJsonDocument::fromJson(portal.readLine()).object();
    const QString webhook = info.value(u"webhook_url").toString();
    if (webhook.isEmpty()) {
        out << "bench_warmstart: the portal did not start" << Qt::endl;
        return 1;
    }
    const auto stopPortal = qScopeGuard([&portal] {
        portal.closeWriteChannel(); // end of its input: it quits
        if (!portal.waitForFinished(5000))
            portal.kill();
    });

    QProcess add;
    add.start(QStringLiteral(MB_B24MAIL_EXE), {QStringLiteral("add-webhook"), QStringLiteral("-"),
                                               QStringLiteral("--name"), QStringLiteral("bench")});
    add.write(webhook.toUtf8() + '\n');
    add.closeWriteChannel();
    if (!add.waitForFinished(60'000) || add.exitCode() != 0) {
        out << "bench_warmstart: the account could not be saved (exit " << add.exitCode() << ")"
            << Qt::endl;
        return 1;
    }
    const QString cacheDir = mb::AccountCache::defaultDirectory();

    std::vector<double> cold, coldInApp, warm, warmInApp;
    int rows = 0;
    for (int round = 0; round < runs; ++round) {
        QDir(cacheDir).removeRecursively();
        const Run first =
            runApp(QStringLiteral(MB_BROWSER_EXE), platform, QStringLiteral("first-rows"));
        // Every row loaded (the portal's answers), then the app quits and saves them.
        const Run prime =
            runApp(QStringLiteral(MB_BROWSER_EXE), platform, QStringLiteral("all-rows"));
        const bool saved = !QDir(cacheDir).entryList(QDir::Files).isEmpty();
        const Run second =
            runApp(QStringLiteral(MB_BROWSER_EXE), platform, QStringLiteral("first-rows"));
        for (const Run *run : {&first, &prime, &second}) {
            if (!run->error.isEmpty()) {
                out << "bench_warmstart: " << run->error << Qt::endl;
                return 1;
            }
        }
        if (!saved) {
            out << "bench_warmstart: the app saved no lists" << Qt::endl;
            return 1;
        }
        cold.push_back(first.launchMs);
        coldInApp.push_back(first.inAppMs);
        warm.push_back(second.launchMs);
        warmInApp.push_back(second.inAppMs);
        rows = second.rows;
    }

    out << "# mailbox-browser, a saved webhook account, "
        << parser.value(QStringLiteral("mailboxes")) << " mailboxes, portal latency " << latency
        << " ms per answer, " << platform << ", " << runs << " runs; the warm start painted "
        << rows << " rows from its saved lists" << Qt::endl;
    const auto line = [&out](const char *name, double value) {
        out << name << ' ' << QString::number(value, 'f', 0) << " ms" << Qt::endl;
    };
    line("warmstart_cold_first_rows_median", median(cold));
    line("warmstart_cold_first_rows_min", minimum(cold));
    line("warmstart_warm_first_rows_median", median(warm));
    line("warmstart_warm_first_rows_min", minimum(warm));
    line("warmstart_cold_first_rows_from_main_median", median(coldInApp));
    line("warmstart_warm_first_rows_from_main_median", median(warmInApp));
    return 0;
}
