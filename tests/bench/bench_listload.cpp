// Loads every mailbox of a large portal through the list job, with a webhook and with an
// OAuth account, side by side on the same local portal in the same run, and prints requests
// and seconds. Not a test: it asserts nothing and prints figures (`cmake --build <dir>
// --target bench`).
//
//   bench_listload [--mailboxes N] [--latency-ms MS] [--rounds R] [--no-baseline]

#include "FakePortal.h"
#include "OAuthTestSupport.h"
#include "ScriptedBrowser.h"
#include "auth/AccountSession.h"
#include "auth/OAuthCredential.h"
#include "rest/MailApi.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

struct Load
{
    qint64 rows = 0;
    int requests = 0; // HTTP exchanges, retries included
    double seconds = 0;
    QString error;
};

// One full list load through a fresh session, as the GUI or b24mail would do it.
Load loadAll(mb::Credential *credential, const mb::SessionSettings &settings)
{
    std::unique_ptr<mb::AccountSession> session(
        mb::AccountSession::unsaved(credential, settings, nullptr));
    Load load;
    QObject::connect(session->client(), &mb::RestClient::exchangeFinished,
                     [&load] { ++load.requests; });
    const mb::MailApi api(session->client());
    std::unique_ptr<mb::MailboxListJob> job(api.listMailboxes());
    QObject::connect(job.get(), &mb::MailboxListJob::mailboxesArrived,
                     [&load](const QList<mb::Mailbox> &rows) { load.rows += rows.size(); });
    QSignalSpy finished(job.get(), &mb::ListJob::finished);
    QElapsedTimer clock;
    clock.start();
    job->fetchAll();
    if (!job->isFinished() && !finished.wait(600'000))
        load.error = QStringLiteral("did not finish");
    load.seconds = clock.nsecsElapsed() / 1e9;
    if (job->error().isError())
        load.error = job->error().userMessage();
    return load;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("mailboxes"), QStringLiteral("Mailboxes (10000)."),
                        QStringLiteral("N"), QStringLiteral("10000")},
                       {QStringLiteral("latency-ms"), QStringLiteral("Portal latency (50)."),
                        QStringLiteral("MS"), QStringLiteral("50")},
                       {QStringLiteral("rounds"), QStringLiteral("Rounds per way (5)."),
                        QStringLiteral("R"), QStringLiteral("5")},
                       {QStringLiteral("no-baseline"),
                        QStringLiteral("Skip OAuth without batch (the old way).")}});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    fake::PortalConfig config;
    config.https = true;
    config.mailboxes = parser.value(QStringLiteral("mailboxes")).toInt();
    config.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    fake::FakePortal portal(config);
    QString error;
    if (!portal.start(0, &error)) {
        out << "portal did not start: " << error << Qt::endl;
        return 1;
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromData(fake::FakePortal::caPem());
    mb::NetworkSettings network;
    network.extraCaCertificates = ca;
    const mb::NetworkAccessFactory networkAccess(network);
    mb::SessionSettings settings;
    settings.networkAccess = &networkAccess;

    // An OAuth account, signed in through the portal's consent page like a user would.
    ScriptedBrowser browser;
    browser.trust(ca);
    // For the credentials' token endpoint: outlives every session below.
    const std::unique_ptr<QNetworkAccessManager> tokenNam(networkAccess.create(nullptr));
    const auto signedIn =
        testsupport::signIn(portal, testsupport::configFor(portal), browser, 10000, &networkAccess);
    if (!signedIn.result) {
        out << "sign-in failed: " << signedIn.error->userMessage() << Qt::endl;
        return 1;
    }
    const auto webhook = mb::WebhookCredential::parse(portal.webhookUrl());

    struct Way
    {
        QString name;
        bool oauth;
        bool batch;
        int rounds;
    };
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    QList<Way> ways{{QStringLiteral("webhook, batch"), false, true, rounds},
                    {QStringLiteral("OAuth, batch"), true, true, rounds}};
    if (!parser.isSet(QStringLiteral("no-baseline")))
        ways.append({QStringLiteral("OAuth, no batch (before)"), true, false, 1});

    out << "Full list of " << config.mailboxes << " mailboxes, local portal over https, "
        << config.latencyMs << " ms latency per answer; median of " << rounds << " rounds"
        << Qt::endl;
    std::vector<std::vector<double>> seconds(ways.size());
    std::vector<int> requests(ways.size(), 0);
    // Rounds interleave the ways, so a slow moment of the machine hits both alike.
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype w = 0; w < ways.size(); ++w) {
            if (round >= ways[w].rounds)
                continue;
            portal.resetLimits();
            mb::Credential *credential = nullptr;
            if (ways[w].oauth)
                credential = mb::OAuthCredential::fromSignIn(
                    *signedIn.result, testsupport::configFor(portal), tokenNam.get());
            else
                credential = new mb::WebhookCredential(*webhook);
            mb::SessionSettings used = settings;
            used.client.useBatch = ways[w].batch;
            const Load load = loadAll(credential, used);
            if (!load.error.isEmpty() || load.rows != config.mailboxes) {
                out << ways[w].name << ": " << load.rows << " rows, " << load.error << Qt::endl;
                return 1;
            }
            seconds[w].push_back(load.seconds);
            requests[w] = load.requests;
        }
    }
    const double webhookSecs = median(seconds[0]);
    for (qsizetype w = 0; w < ways.size(); ++w) {
        const double secs = median(seconds[w]);
        out << QStringLiteral("%1  %2 requests  %3 s  %4× webhook")
                   .arg(ways[w].name, -26)
                   .arg(requests[w], 4)
                   .arg(secs, 7, 'f', 3)
                   .arg(secs / webhookSecs, 5, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
