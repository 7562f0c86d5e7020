// Starts the real `mailbox-browser --demo` again and again with sample portals of several sizes
// and prints how long it takes from process start to the first rows of the list painted, and,
// after scrolling to the end of the list until every row is loaded, the resident memory. The
// app measures through its StartupProbe (MB_STARTUP_PROBE), which prints one JSON line on
// stderr and quits. Not a test: it asserts nothing and prints figures (`cmake --build <dir>
// --target bench`).
//
//   bench_startup [--runs R] [--sizes 12,10000] [--platform offscreen|xcb] [--app PATH]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <vector>

namespace {

struct Run
{
    double launchMs = 0;  // our clock: from starting the process to its line on stderr
    QJsonObject reported; // the app's own line
    QString error;
};

// One start of the app; `probe` is "first-rows" or "all-rows".
Run runOnce(const QString &app, const QString &platform, const QString &probe, int mailboxes)
{
    Run run;
    QTemporaryDir home; // fresh settings: no saved window state, no language, no accounts
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MB_STARTUP_PROBE"), probe);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError);
    QElapsedTimer clock;
    clock.start();
    process.start(app, {QStringLiteral("--demo"), QStringLiteral("--demo-mailboxes"),
                        QString::number(mailboxes)});
    QByteArray err;
    while (!err.contains("_ms\"")) {
        if (!process.waitForReadyRead(300'000)) {
            run.error = QStringLiteral("no figures (%1)").arg(QString::fromUtf8(err).trimmed());
            process.kill();
            process.waitForFinished();
            return run;
        }
        err += process.readAllStandardError();
        if (err.contains("_ms\"") && err.endsWith('\n'))
            break;
    }
    run.launchMs = clock.nsecsElapsed() / 1e6;
    const QList<QByteArray> lines = err.trimmed().split('\n');
    run.reported = QJsonDocument::fromJson(lines.last()).object();
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("did not quit");
    } else if (process.exitCode() != 0) {
        run.error = QStringLiteral("exit code %1").arg(process.exitCode());
    }
    // The first rows are the first page(s); all rows are every mailbox.
    const int rows = run.reported.value(u"rows").toInt();
    if (rows <= 0 || (probe == u"all-rows" && rows != mailboxes))
        run.error = QStringLiteral("%1 rows of %2").arg(rows).arg(mailboxes);
    return run;
}

struct Figures
{
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double median() const
    {
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    double min() const
    {
        return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    QString text(int precision = 0) const
    {
        return QStringLiteral("%1 / %2")
            .arg(median(), 0, 'f', precision)
            .arg(min(), 0, 'f', precision);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("runs"), QStringLiteral("Runs per size and measure (5)."),
          QStringLiteral("R"), QStringLiteral("5")},
         {QStringLiteral("sizes"), QStringLiteral("Mailboxes of the sample portal (12,10000)."),
          QStringLiteral("N,N"), QStringLiteral("12,10000")},
         {QStringLiteral("platform"),
          QStringLiteral("Qt platform of the app: offscreen (default) or xcb (needs $DISPLAY)."),
          QStringLiteral("NAME"), QStringLiteral("offscreen")},
         {QStringLiteral("app"), QStringLiteral("The mailbox-browser to start."),
          QStringLiteral("PATH"), QStringLiteral(MB_BROWSER_EXE)}});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    const QString program = parser.value(QStringLiteral("app"));
    const QString platform = parser.value(QStringLiteral("platform"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(u','))
        if (size.toInt() > 0)
            sizes.push_back(size.toInt());

    out << "mailbox-browser --demo on the " << platform << " platform, " << runs
        << " runs each; median / min" << Qt::endl;
    std::map<int, Figures> launch, inApp, allRows, rss, hwm;
    // Rounds interleave the sizes, so a slow moment of the machine hits each alike.
    for (int round = 0; round < runs; ++round) {
        for (int size : sizes) {
            const Run first = runOnce(program, platform, QStringLiteral("first-rows"), size);
            if (!first.error.isEmpty()) {
                out << size << " mailboxes, first rows: " << first.error << Qt::endl;
                return 1;
            }
            launch[size].add(first.launchMs);
            inApp[size].add(first.reported.value(u"first_rows_ms").toDouble());
            const Run all = runOnce(program, platform, QStringLiteral("all-rows"), size);
            if (!all.error.isEmpty()) {
                out << size << " mailboxes, all rows: " << all.error << Qt::endl;
                return 1;
            }
            allRows[size].add(all.reported.value(u"all_rows_ms").toDouble());
            rss[size].add(all.reported.value(u"vm_rss_kb").toDouble() / 1024);
            hwm[size].add(all.reported.value(u"vm_hwm_kb").toDouble() / 1024);
        }
    }

    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(QStringLiteral("mailboxes"), 9)
               .arg(QStringLiteral("start→first rows ms"), 20)
               .arg(QStringLiteral("(from main() ms)"), 17)
               .arg(QStringLiteral("all rows ms"), 15)
               .arg(QStringLiteral("VmRSS MiB"), 13)
               .arg(QStringLiteral("VmHWM MiB"), 13)
        << Qt::endl;
    for (int size : sizes) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(size, 9)
                   .arg(launch[size].text(), 20)
                   .arg(inApp[size].text(), 17)
                   .arg(allRows[size].text(), 15)
                   .arg(rss[size].text(1), 13)
                   .arg(hwm[size].text(1), 13)
            << Qt::endl;
    }
    out << "start: from starting the process to its report that the first rows were painted; "
           "all rows: scrolled to the end until every row was loaded and painted, where the "
           "memory was read (/proc/<pid>/status)."
        << Qt::endl;
    return 0;
}
