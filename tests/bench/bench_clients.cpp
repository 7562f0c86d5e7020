// The whole list of a large portal read by five clients side by side, each as a whole process
// against one b24-fake-portal process (https, 50 ms per answer, the documented rate limit of
// 50 requests and 2 per second): the official JavaScript SDK with a call per page and with
// its batch, a plain Node script posting bare-array batches (the yardstick), and `b24mail
// list` with a webhook account and with an OAuth account. Rounds interleave the clients, so
// a slow moment of the machine hits them all alike. Requests are the portal's own count.
// Prints `name value unit` lines, then a Markdown table for README.md's "Performance". Not a
// test: it asserts nothing (`cmake --build <dir> --target bench`).
//
//   bench_clients [--rounds R] [--mailboxes N] [--latency-ms MS] [--sdk-dir DIR] [--markdown F]
//
// Runs inside scripts/with-keyring.sh (the bench target does that): the b24mail accounts go
// into that throw-away HOME and keychain; outside it the b24mail rows are skipped, so the
// bench never touches a user's accounts.

#include "CliEnvironment.h"
#include "ScriptedBrowser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int runTimeoutMs = 600'000;
constexpr double goalRatioToPlain = 1.1;  // issue 14: at most 1.1× the plain script
constexpr double goalSpeedupOverSdk = 40; // and at least 40× faster than the SDK per page

QTextStream out(stdout);

// One client: how to start it, and what its rounds gave.
struct Client
{
    QString key;   // in the figure names: list.<key>.seconds
    QString label; // in the table
    QString program;
    QStringList arguments;
    QProcessEnvironment env;
    bool tableOutput = false; // b24mail prints a table (2 header lines); node "rows N"
    QString skipped;          // why it does not run at all
    QString error;            // why it stopped running
    std::vector<double> seconds;
    int requests = -1; // the portal's count for the last round
    int rateLimited = 0;

    bool measured() const { return error.isEmpty() && skipped.isEmpty() && !seconds.empty(); }
    double median() const
    {
        std::vector<double> sorted = seconds;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }
};

// Secrets of the portal (webhook code, client secret) never reach our output, even through a
// client's error message.
QStringList g_secrets;
QString masked(QString text)
{
    for (const QString &secret : std::as_const(g_secrets)) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

// What a failed client said, in one line: Node's "Error: …", b24mail's "b24mail: …", or the
// last line it wrote.
QString reasonIn(const QByteArray &err, int exitCode)
{
    const QStringList lines = QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression said(QStringLiteral("^(\\w*Error\\b|b24mail:)"));
    QString reason = lines.isEmpty() ? QString() : lines.constLast().trimmed();
    for (const QString &line : lines) {
        if (said.match(line).hasMatch()) {
            reason = line.trimmed();
            break;
        }
    }
    return masked(QStringLiteral("exit %1: %2").arg(exitCode).arg(reason.left(160)));
}

// The portal as a separate process, driven through its --commands lines on stdin.
class PortalProcess
{
public:
    ~PortalProcess()
    {
        m_process.closeWriteChannel(); // end of input: it quits
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    std::optional<QJsonObject> start(const QString &exe, const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(exe, arguments + QStringList{QStringLiteral("--commands")});
        if (!m_process.waitForStarted(10'000))
            return std::nullopt;
        return readLine();
    }

    // "reset" (rate limits and counters) or "stats"; the counters either way.
    std::optional<QJsonObject> command(const QByteArray &name)
    {
        m_process.write(name + '\n');
        return readLine();
    }

private:
    std::optional<QJsonObject> readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30'000))
                return std::nullopt;
        }
        const QJsonDocument json = QJsonDocument::fromJson(m_process.readLine());
        return json.isObject() ? std::optional(json.object()) : std::nullopt;
    }

    QProcess m_process;
};

struct Outcome
{
    double seconds = 0;
    QString error;
};

// One whole run of `client`, from starting the process to its end; its rows are counted
// from what it printed.
Outcome runOnce(const Client &client, int expectedRows, const QString &outputFile)
{
    Outcome outcome;
    QProcess process;
    process.setProgram(client.program);
    process.setArguments(client.arguments);
    process.setProcessEnvironment(client.env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(outputFile, QIODevice::Truncate);
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(30'000)) {
        outcome.error = QStringLiteral("did not start: %1").arg(process.errorString());
        return outcome;
    }
    if (!process.waitForFinished(runTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.error = QStringLiteral("did not finish in %1 s").arg(runTimeoutMs / 1000);
        return outcome;
    }
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        outcome.error = reasonIn(err, process.exitCode());
        return outcome;
    }
    QFile printed(outputFile);
    if (!printed.open(QIODevice::ReadOnly)) {
        outcome.error = QStringLiteral("its output is gone");
        return outcome;
    }
    const QByteArray text = printed.readAll();
    qint64 rows = -1;
    if (client.tableOutput) {
        rows = text.count('\n') - 2;
    } else {
        static const QRegularExpression line(QStringLiteral("^rows (\\d+)$"),
                                             QRegularExpression::MultilineOption);
        const auto match = line.match(QString::fromUtf8(text));
        if (match.hasMatch())
            rows = match.captured(1).toLongLong();
    }
    if (rows != expectedRows)
        outcome.error = QStringLiteral("printed %1 rows, not %2").arg(rows).arg(expectedRows);
    return outcome;
}

// Runs b24mail to its end with `input` on stdin; an error message, or nothing.
QString runB24mail(const QString &b24mail, const QStringList &arguments,
                   const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(b24mail, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("b24mail %1 did not finish").arg(arguments.constFirst());
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return reasonIn(process.readAllStandardError(), process.exitCode());
}

// `b24mail login` to the portal, with this process as the user's browser (it follows the
// printed address to the consent page, which approves and redirects to b24mail's loopback
// listener). An error message, or nothing.
QString signInWithOAuth(const QString &b24mail, const QJsonObject &portal,
                        const QProcessEnvironment &env, const QString &name)
{
    const QString caFile = portal.value(QStringLiteral("ca_file")).toString();
    QProcessEnvironment loginEnv = env;
    loginEnv.insert(QStringLiteral("B24_CLIENT_SECRET"),
                    portal.value(QStringLiteral("client_secret")).toString());
    QProcess process;
    process.setProcessEnvironment(loginEnv);
    process.setReadChannel(QProcess::StandardError); // where the address comes
    process.start(
        b24mail,
        {QStringLiteral("login"), QStringLiteral("--no-browser"), QStringLiteral("--portal"),
         portal.value(QStringLiteral("base_url")).toString(), QStringLiteral("--client-id"),
         portal.value(QStringLiteral("client_id")).toString(), QStringLiteral("--auth-server"),
         portal.value(QStringLiteral("auth_server_url")).toString(), QStringLiteral("--ca-file"),
         caFile, QStringLiteral("--name"), name});
    static const QRegularExpression address(QStringLiteral("(https://\\S+/oauth/authorize/\\S+)"));
    QByteArray err;
    QUrl url;
    QElapsedTimer clock;
    clock.start();
    while (!url.isValid() && clock.elapsed() < 30'000 && process.waitForReadyRead(30'000)) {
        err += process.readAllStandardError();
        const auto match = address.match(QString::fromUtf8(err));
        if (match.hasMatch())
            url = QUrl(match.captured(1), QUrl::StrictMode);
    }
    if (!url.isValid()) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("b24mail login printed no sign-in address: ") +
               reasonIn(err, process.exitCode());
    }
    ScriptedBrowser browser;
    browser.trust(QSslCertificate::fromPath(caFile));
    browser.opener()(url);
    if (!QTest::qWaitFor([&browser] { return browser.done; }, 30'000) ||
        browser.landingStatus != 200) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("the sign-in did not reach b24mail (portal %1, landing %2)")
            .arg(browser.portalStatus)
            .arg(browser.landingStatus);
    }
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("b24mail login did not finish");
    }
    err += process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return reasonIn(err, process.exitCode());
}

QString firstMatch(const QString &path, const QString &pattern)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto match = QRegularExpression(pattern, QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(file.readAll()));
    return match.captured(1).trimmed();
}

QString nodeVersion(const QString &node)
{
    QProcess process;
    process.start(node, {QStringLiteral("--version")});
    process.waitForFinished(10'000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The machine, for the README beside the figures.
QString machine(const QString &node)
{
    const QString cpu =
        firstMatch(QStringLiteral("/proc/cpuinfo"), QStringLiteral("^model name\\s*:\\s*(.*)$"));
    const double ramGiB =
        firstMatch(QStringLiteral("/proc/meminfo"), QStringLiteral("^MemTotal:\\s*(\\d+) kB"))
            .toDouble() /
        (1024.0 * 1024.0);
    const QString load = firstMatch(QStringLiteral("/proc/loadavg"), QStringLiteral("^(\\S+)"));
    return QStringLiteral("%1, %2 cores, %3 GiB RAM; %4; Qt %5; Node %6; load average %7")
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(QThread::idealThreadCount())
        .arg(ramGiB, 0, 'f', 0)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
             node.isEmpty() ? QStringLiteral("none") : nodeVersion(node),
             load.isEmpty() ? QStringLiteral("?") : load);
}

QString number(double value)
{
    return value >= 100  ? QString::number(value, 'f', 0)
           : value >= 10 ? QString::number(value, 'f', 1)
                         : QString::number(value, 'f', 2);
}

void figure(const Client &client, const QString &name, double value, const QString &unit)
{
    out << "list." << client.key << '.' << name << ' ' << number(value) << ' ' << unit << Qt::endl;
}

void figure(const Client &client, const QString &name, int value, const QString &unit)
{
    out << "list." << client.key << '.' << name << ' ' << value << ' ' << unit << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English)); // "10,000" in the README, whatever LANG says
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The whole mailbox list read by five clients side by side, as whole "
                       "processes against one b24-fake-portal."));
    parser.addOptions({
        {QStringLiteral("rounds"), QStringLiteral("Rounds, each client once per round (3)."),
         QStringLiteral("R"), QStringLiteral("3")},
        {QStringLiteral("mailboxes"), QStringLiteral("Mailboxes (10000)."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("latency-ms"), QStringLiteral("Portal latency per answer (50)."),
         QStringLiteral("MS"), QStringLiteral("50")},
        {QStringLiteral("markdown"),
         QStringLiteral("Also write the Markdown part (table, goals, machine) to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("sdk-dir"),
         QStringLiteral("Where tests/sdk/install-jssdk.sh installed @bitrix24/b24jssdk."),
         QStringLiteral("DIR"), QStringLiteral(MB_SDK_DIR)},
    });
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int mailboxes = parser.value(QStringLiteral("mailboxes")).toInt();
    const int latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    const QString sdkDir = parser.value(QStringLiteral("sdk-dir"));
    const QString scripts = QStringLiteral(MB_BENCH_SCRIPTS_DIR);
    const QString b24mail = QStringLiteral(MB_B24MAIL_EXE);

    PortalProcess portal;
    const auto info = portal.start(
        QStringLiteral(MB_PORTAL_EXE),
        {QStringLiteral("--https"), QStringLiteral("--mailboxes"), QString::number(mailboxes),
         QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--rate-limit"),
         QStringLiteral("on"), QStringLiteral("--rate-burst"), QStringLiteral("50"),
         QStringLiteral("--rate-drain"), QStringLiteral("2")});
    if (!info) {
        out << "bench_clients: the portal did not start" << Qt::endl;
        return 1;
    }
    const QString webhookUrl = info->value(QStringLiteral("webhook_url")).toString();
    g_secrets = {QUrl(webhookUrl).path().section(u'/', -2, -2),
                 info->value(QStringLiteral("client_secret")).toString()};
    const QString caFile = info->value(QStringLiteral("ca_file")).toString();
    const QString infoLine = QString::fromUtf8(QJsonDocument(*info).toJson(QJsonDocument::Compact));

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QProcessEnvironment nodeEnv = QProcessEnvironment::systemEnvironment();
    nodeEnv.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
    const bool sdkInstalled =
        QFile::exists(sdkDir + QStringLiteral("/node_modules/@bitrix24/b24jssdk/package.json"));
    // Node finds the SDK from the script's folder, so the SDK scripts run from the SDK's.
    const auto nodeClient = [&](const QString &key, const QString &label, const QString &script,
                                bool needsSdk) {
        Client client;
        client.key = key;
        client.label = label;
        client.program = node;
        client.env = nodeEnv;
        QString path = scripts + u'/' + script;
        if (node.isEmpty()) {
            client.skipped = QStringLiteral("node not found (scripts/bench.sh installs it)");
        } else if (needsSdk && !sdkInstalled) {
            client.skipped = QStringLiteral("@bitrix24/b24jssdk is not installed in %1 (npm "
                                            "had no network?)")
                                 .arg(sdkDir);
        } else if (needsSdk) {
            const QString copy = sdkDir + u'/' + script;
            QFile::remove(copy);
            if (!QFile::copy(path, copy))
                client.skipped = QStringLiteral("cannot copy %1 to %2").arg(script, sdkDir);
            path = copy;
        }
        client.arguments = {path, infoLine};
        return client;
    };

    QList<Client> clients{
        nodeClient(QStringLiteral("sdk_per_page"),
                   QStringLiteral("official JS SDK `@bitrix24/b24jssdk` 2.2.0, a v3 call per page"),
                   QStringLiteral("list-sdk-per-page.mjs"), true),
        nodeClient(QStringLiteral("sdk_batch"),
                   QStringLiteral("the same SDK, its v3 batch of 50 page calls"),
                   QStringLiteral("list-sdk-batch.mjs"), true),
        nodeClient(
            QStringLiteral("plain_batch"),
            QStringLiteral("a plain Node script posting bare-array batches of 50 page calls"),
            QStringLiteral("list-plain-batch.mjs"), false),
    };
    const qsizetype plain = 2;

    // b24mail with saved accounts, as a user runs it: `b24mail --account NAME list`.
    QProcessEnvironment cliEnv = testsupport::cliEnvironment();
    const QStringList trust{QStringLiteral("--ca-file"), caFile};
    for (const auto &[key, label, name] :
         {std::tuple{QStringLiteral("b24mail_webhook"), QStringLiteral("`b24mail list`, webhook"),
                     QStringLiteral("bench-webhook")},
          std::tuple{QStringLiteral("b24mail_oauth"), QStringLiteral("`b24mail list`, OAuth"),
                     QStringLiteral("bench-oauth")}}) {
        Client client;
        client.key = key;
        client.label = label;
        client.program = b24mail;
        client.arguments = QStringList{QStringLiteral("--account"), name} + trust +
                           QStringList{QStringLiteral("list")};
        client.env = cliEnv;
        client.tableOutput = true;
        if (qEnvironmentVariableIsEmpty("MB_KEYRING_HOME")) {
            client.skipped = QStringLiteral("run inside scripts/with-keyring.sh (the bench saves "
                                            "accounts, and never into your keychain)");
        } else if (key == u"b24mail_webhook") {
            client.skipped =
                runB24mail(b24mail,
                           trust + QStringList{QStringLiteral("add-webhook"), QStringLiteral("-"),
                                               QStringLiteral("--name"), name},
                           cliEnv, webhookUrl.toUtf8() + '\n');
        } else {
            client.skipped = signInWithOAuth(b24mail, *info, cliEnv, name);
        }
        if (!client.skipped.isEmpty() && !client.skipped.startsWith(u"run inside"))
            client.skipped.prepend(QStringLiteral("account set-up failed: "));
        clients.append(client);
    }

    const QString conditions =
        QStringLiteral("%L1 mailboxes, one b24-fake-portal over https, %2 ms per answer, rate "
                       "limit 50 burst + 2/s drain (reset before each run); whole-process wall "
                       "time, median of %3 interleaved rounds")
            .arg(mailboxes)
            .arg(latencyMs)
            .arg(rounds);
    const QString machineLine = machine(node);
    out << "# " << conditions << Qt::endl << "# machine: " << machineLine << Qt::endl;
    for (const Client &client : std::as_const(clients)) {
        if (!client.skipped.isEmpty())
            out << "# " << client.key << " skipped: " << client.skipped << Qt::endl;
    }

    QTemporaryDir scratch;
    const QString outputFile = scratch.filePath(QStringLiteral("out.txt"));
    for (int round = 0; round < rounds; ++round) {
        QStringList said;
        for (Client &client : clients) {
            if (!client.skipped.isEmpty() || !client.error.isEmpty())
                continue;
            if (!portal.command("reset")) {
                out << "bench_clients: the portal stopped answering" << Qt::endl;
                return 1;
            }
            const Outcome outcome = runOnce(client, mailboxes, outputFile);
            const auto stats = portal.command("stats");
            if (!stats) {
                out << "bench_clients: the portal stopped answering" << Qt::endl;
                return 1;
            }
            if (!outcome.error.isEmpty()) {
                client.error = outcome.error;
                said << client.key + QStringLiteral(" failed");
                continue;
            }
            client.seconds.push_back(outcome.seconds);
            client.requests = stats->value(QStringLiteral("requests")).toInt();
            client.rateLimited = stats->value(QStringLiteral("rate_limited")).toInt();
            said << QStringLiteral("%1 %2 s").arg(client.key, number(outcome.seconds));
        }
        out << "# round " << round + 1 << '/' << rounds << ": " << said.join(QStringLiteral(", "))
            << Qt::endl;
    }

    // Figures: `name value unit`; a client that did not run gets NaN and says why.
    const Client &yardstick = clients[plain];
    const Client &sdk = clients[0];
    for (const Client &client : std::as_const(clients)) {
        if (!client.measured()) {
            out << "list." << client.key << ".seconds NaN s  # "
                << (client.skipped.isEmpty() ? QStringLiteral("failed: ") + client.error
                                             : QStringLiteral("skipped: ") + client.skipped)
                << Qt::endl;
            continue;
        }
        const double secs = client.median();
        figure(client, QStringLiteral("seconds"), secs, QStringLiteral("s"));
        figure(client, QStringLiteral("requests"), client.requests, QStringLiteral("count"));
        figure(client, QStringLiteral("rate_limited"), client.rateLimited, QStringLiteral("count"));
        if (yardstick.measured())
            figure(client, QStringLiteral("ratio_to_plain"), secs / yardstick.median(),
                   QStringLiteral("x"));
        if (sdk.measured() && &client != &sdk)
            figure(client, QStringLiteral("speedup_vs_sdk_per_page"), sdk.median() / secs,
                   QStringLiteral("x"));
        if (client.key.startsWith(u"b24mail") && yardstick.measured() && sdk.measured()) {
            out << "list." << client.key << ".goal_ratio_to_plain_met "
                << int(secs / yardstick.median() <= goalRatioToPlain) << " bool" << Qt::endl;
            out << "list." << client.key << ".goal_speedup_vs_sdk_met "
                << int(sdk.median() / secs >= goalSpeedupOverSdk) << " bool" << Qt::endl;
        }
    }

    // The same as Markdown for README.md's "Performance" (scripts/bench.sh --update-readme).
    QString markdown;
    QTextStream md(&markdown);
    md << "Latest run, " << QDate::currentDate().toString(Qt::ISODate) << ": " << conditions
       << ".\n\n"
       << u"| client | requests | time | × plain script | SDK per page ÷ client |\n"_s
       << "|---|---:|---:|---:|---:|\n";
    for (const Client &client : std::as_const(clients)) {
        md << "| " << client.label << " | ";
        if (!client.measured()) {
            QString why = client.skipped.isEmpty() ? QStringLiteral("failed: ") + client.error
                                                   : QStringLiteral("skipped: ") + client.skipped;
            if (why.size() > 110) // the figure line above has it whole
                why = why.left(100) + u"…"_s;
            md << why.replace(u'|', u'/') << " | | | |\n";
            continue;
        }
        const double secs = client.median();
        md << client.requests << " | " << number(secs) << " s | "
           << (yardstick.measured() ? number(secs / yardstick.median()) + u"×"_s : QString())
           << " | " << (sdk.measured() ? number(sdk.median() / secs) + u"×"_s : QString())
           << " |\n";
    }
    md << '\n';
    for (const Client &client : std::as_const(clients)) {
        if (!client.key.startsWith(u"b24mail"))
            continue;
        md << "- Goals for " << client.label << ": ";
        if (!client.measured() || !yardstick.measured() || !sdk.measured()) {
            md << "not measured (a row above is missing).\n";
            continue;
        }
        const double ratio = client.median() / yardstick.median();
        const double speedup = sdk.median() / client.median();
        md << u"≤ "_s << goalRatioToPlain << u"× the plain script: "_s
           << (ratio <= goalRatioToPlain ? "met" : "not met") << " (" << number(ratio)
           << u"×); ≥ "_s << goalSpeedupOverSdk << u"× faster than the SDK per page: "_s
           << (speedup >= goalSpeedupOverSdk ? "met" : "not met") << " (" << number(speedup)
           << u"×).\n"_s;
    }
    md << "\nMachine: " << machineLine << ".\n";
    md.flush();
    out << Qt::endl << markdown << Qt::flush;
    const QString markdownFile = parser.value(QStringLiteral("markdown"));
    if (!markdownFile.isEmpty()) {
        QFile file(markdownFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(markdown.toUtf8()) < 0) {
            out << "bench_clients: cannot write " << markdownFile << Qt::endl;
            return 1;
        }
    }
    return 0;
}
