// b24-fake-portal: runs the fake Bitrix24 portal until SIGTERM/SIGINT (or, with
// --exit-with-stdin, until its standard input ends). Prints one JSON line with its URLs and
// secrets on stdout; logs requests to stderr only with --verbose. With --commands it answers
// "stats" and "reset" lines on stdin (for benchmarks that run it as a separate process).

#include "FakePortal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <thread>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Self-pipe: the handler only writes a byte; the event loop quits when it arrives.
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}
#endif

// The app that started this portal holds the write end of our standard input; however it
// ends (quit, SIGTERM, SIGKILL, a crash), the system closes that end and a read here returns
// end-of-file. So the portal never outlives the app, without the app having to stop it.
void quitAtEndOfInput(QCoreApplication &app)
{
#ifdef Q_OS_UNIX
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        char buffer[256];
        const auto got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
            notifier->setEnabled(false);
            app.quit();
        }
    });
#else
    // Windows has no notifier for an anonymous pipe: a thread blocks in ReadFile until the
    // pipe breaks, then asks the event loop to quit. It is detached: a portal that ends for
    // another reason leaves it blocked until the process exits.
    std::thread([&app] {
        const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
        char buffer[256];
        DWORD got = 0;
        while (ReadFile(input, buffer, sizeof buffer, &got, nullptr) && got > 0) {
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
#endif
}

QJsonObject statsJson(const fake::PortalStats &stats)
{
    QJsonObject perMethod;
    for (auto it = stats.perMethod.cbegin(); it != stats.perMethod.cend(); ++it)
        perMethod.insert(it.key(), it.value());
    return {{u"requests"_s, stats.requests},
            {u"rate_limited"_s, stats.rateLimited},
            {u"batch_calls"_s, stats.batchCalls},
            {u"token_refreshes"_s, stats.tokenRefreshes},
            {u"code_exchanges"_s, stats.codeExchanges},
            {u"max_in_flight"_s, stats.maxInFlight},
            {u"per_method"_s, perMethod}};
}

// --commands: a benchmark runs one portal for several clients and asks it, between them,
// for its counters ("stats") or to forget the previous client ("reset": the rate bucket,
// the operating budgets and the counters). Each command is answered with the counters as
// one JSON line on stdout. End of input stops the portal, as with --exit-with-stdin. A
// thread reads stdin (a blocking read works on every platform) and hands each line to the
// event loop.
void serveCommands(QCoreApplication &app, fake::FakePortal &portal)
{
    std::thread([&app, &portal] {
        char line[256];
        while (std::fgets(line, sizeof line, stdin)) {
            const QByteArray command = QByteArray(line).trimmed();
            QMetaObject::invokeMethod(
                &app,
                [&portal, command] {
                    if (command == "reset") {
                        portal.resetLimits();
                        portal.resetStats();
                    } else if (command != "stats") {
                        std::fprintf(stderr, "b24-fake-portal: unknown command %s\n",
                                     command.constData());
                    }
                    const QByteArray json =
                        QJsonDocument(statsJson(portal.stats())).toJson(QJsonDocument::Compact) +
                        '\n';
                    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
                    std::fflush(stdout);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

std::optional<fake::Fault> faultNamed(const QString &name)
{
    static const QList<std::pair<QString, fake::Fault>> faults = {
        {u"none"_s, fake::Fault::None},
        {u"html-bad-gateway"_s, fake::Fault::HtmlBadGateway},
        {u"malformed-json"_s, fake::Fault::MalformedJson},
        {u"oversized-body"_s, fake::Fault::OversizedBody},
        {u"reset-mid-body"_s, fake::Fault::ResetMidBody},
        {u"slow-drip"_s, fake::Fault::SlowDrip},
        {u"internal-error"_s, fake::Fault::InternalError},
        {u"empty-body"_s, fake::Fault::EmptyBody},
    };
    for (const auto &[key, fault] : faults) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return fault;
    }
    return std::nullopt;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "b24-fake-portal: %s\n", qUtf8Printable(message));
    std::exit(2);
}

// Qt HttpServer's debug output prints whole request URLs, and the token endpoint's GET form
// carries the client secret, codes and tokens there. No logging rule may switch it on.
QLoggingCategory::CategoryFilter previousFilter = nullptr;
void muteHttpServer(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg})
            category->setEnabled(type, false);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    previousFilter = QLoggingCategory::installFilter(muteHttpServer);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"b24-fake-portal"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local fake Bitrix24 portal (REST 3.0 mail.mailbox.*, OAuth, limits, faults) on "
        "127.0.0.1. Prints one JSON line with base_url, webhook_url, client_id, client_secret, "
        "auth_server_url, member_id (and ca_file with --https), then serves until SIGTERM."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const fake::PortalConfig defaults;
    struct Opt
    {
        QString name;
        QString help;
        QString value;
    };
    const QList<Opt> options = {
        {u"port"_s, u"Portal port (0: any free port)."_s, u"N"_s},
        {u"https"_s, u"Serve HTTPS with the bundled test CA."_s, {}},
        {u"mailboxes"_s, u"Mailboxes of user 1 (default 12)."_s, u"N"_s},
        {u"foreign-mailboxes"_s, u"Mailboxes of user 2 (default 3)."_s, u"N"_s},
        {u"seed"_s, u"Data seed (default 1)."_s, u"N"_s},
        {u"webhook-code"_s,
         u"The sample webhook's code (default: random per run; tests only, it shows in the "
         "process list)."_s,
         u"CODE"_s},
        {u"client-secret"_s,
         u"The app's client secret (default: random per run; tests only, as above)."_s,
         u"SECRET"_s},
        {u"hostile-sender-name"_s,
         u"One more sender whose name holds CR/LF, an escape and a bidi override."_s,
         {}},
        {u"latency-ms"_s, u"Delay before every answer."_s, u"MS"_s},
        {u"latency-jitter-ms"_s, u"Plus a random 0..MS before every answer."_s, u"MS"_s},
        {u"rate-limit"_s, u"Leaky-bucket rate limit (default on)."_s, u"on|off"_s},
        {u"rate-burst"_s, u"Bucket size X (default 50)."_s, u"X"_s},
        {u"rate-drain"_s, u"Drain rate Y per second (default 2)."_s, u"Y"_s},
        {u"overload"_s, u"Answer every REST call 503 OVERLOAD_LIMIT."_s, {}},
        {u"operating-limit"_s, u"Per-method operating-time limit (default on)."_s, u"on|off"_s},
        {u"operating-limit-secs"_s, u"Operating-time limit (default 480)."_s, u"S"_s},
        {u"operating-cost"_s, u"Seconds charged per call (default 0.02)."_s, u"S"_s},
        {u"nested-errors"_s, u"System errors as {\"error\":{code,message}}."_s, {}},
        {u"time-on-errors"_s, u"Add a time object to error answers."_s, {}},
        {u"operating-reset-at"_s,
         u"Send this JSON value as time.operating_reset_at (hostile values: 1e300, \"nan\")."_s,
         u"JSON"_s},
        {u"retry-after"_s, u"Add Retry-After: VALUE to 429 and 503 answers."_s, u"VALUE"_s},
        {u"no-date-header"_s, u"Leave the Date header out of portal answers."_s, {}},
        {u"no-clamp-limit"_s, u"limit > 100 gives 400 INVALIDPAGINATION."_s, {}},
        {u"page-cap"_s, u"Pages silently hold at most N rows (default 0: off)."_s, u"N"_s},
        {u"page-cap-mode"_s,
         u"Where the cap applies: clamp (limit clamped before the offset, default) or cut "
         "(offset from the asked limit, page cut after)."_s,
         u"clamp|cut"_s},
        {u"ignore-page"_s, u"List methods ignore page and offset: always the first rows."_s, {}},
        {u"repeat-pages-after"_s, u"Every page after page N repeats page N (default 0: off)."_s,
         u"N"_s},
        {u"cycle-pages-after"_s,
         u"After page N the pages start again from page 1 (default 0: off)."_s, u"N"_s},
        {u"endless-pages"_s,
         u"List methods never end: every page past the data is new rows."_s,
         {}},
        {u"case-sensitive-filter"_s, u"name/email filters match case-sensitively."_s, {}},
        {u"foreign-denied"_s, u"Another user's mailbox: 403 ACCESSDENIED, not 400."_s, {}},
        {u"strict-select"_s, u"Unknown select field of get gives 400."_s, {}},
        {u"no-bearer"_s, u"Refuse Authorization: Bearer on /rest/api/."_s, {}},
        {u"no-query-auth"_s, u"Refuse ?auth= on /rest/api/."_s, {}},
        {u"unknown-token-invalid"_s, u"Unknown token: 401 invalid_token."_s, {}},
        {u"old-portal"_s, u"No REST 3.0: /rest/api/ answers 404."_s, {}},
        {u"batch-max"_s, u"Most commands in a batch (default 50)."_s, u"N"_s},
        {u"batch-fail-whole"_s, u"A failing batch command fails the batch."_s, {}},
        {u"batch-result"_s,
         u"Batch answers: normal, empty ({\"result\":[]}) or object ({\"result\":{}})."_s,
         u"normal|empty|object"_s},
        {u"language"_s, u"Error message language: en or ru."_s, u"LANG"_s},
        {u"require-https"_s, u"Plain HTTP REST calls get 400 INVALID_REQUEST."_s, {}},
        {u"moved-to"_s, u"Answer every request 302 to URL + same path."_s, u"URL"_s},
        {u"redirect-uri"_s, u"The app's registered OAuth handler."_s, u"URL"_s},
        {u"no-redirect-uri-param"_s, u"Ignore a redirect_uri query parameter."_s, {}},
        {u"no-loopback-redirect"_s, u"Refuse non-HTTPS redirect targets."_s, {}},
        {u"scopes"_s, u"Comma list of the app's scopes (default mail,user)."_s, u"LIST"_s},
        {u"access-ttl"_s, u"Access-token lifetime (default 3600)."_s, u"S"_s},
        {u"refresh-ttl"_s, u"Refresh-token lifetime (default 180 days)."_s, u"S"_s},
        {u"code-ttl"_s, u"Authorization-code lifetime (default 30)."_s, u"S"_s},
        {u"authorize"_s, u"Consent outcome (default approve)."_s, u"approve|deny"_s},
        {u"token-get-only"_s, u"/oauth/token/ refuses POST."_s, {}},
        {u"token-post-refusal"_s,
         u"HTTP status of that refusal: 405 (default), 501, or 400 (invalid_request)."_s,
         u"STATUS"_s},
        {u"token-slow-drip"_s, u"Token answers trickle in over the slow-drip time."_s, {}},
        {u"keep-old-refresh"_s, u"A used refresh token stays valid."_s, {}},
        {u"expired-code-error"_s,
         u"The token endpoint's error for a late code (default expired_token)."_s,
         u"expired_token|invalid_grant"_s},
        {u"fault"_s,
         u"Inject a fault: html-bad-gateway, malformed-json, oversized-body, reset-mid-body, "
         "slow-drip, internal-error, empty-body."_s,
         u"NAME"_s},
        {u"fault-count"_s, u"Requests that get the fault (default -1: all)."_s, u"N"_s},
        {u"fault-method"_s, u"Only this REST method gets the fault."_s, u"METHOD"_s},
        {u"random-faults"_s,
         u"Each REST request gets a random fault with probability P (0..1, default 0)."_s, u"P"_s},
        {u"fault-seed"_s, u"Seed of the random faults (default 1)."_s, u"N"_s},
        {u"verbose"_s, u"Log requests to stderr (secrets redacted)."_s, {}},
        {u"exit-with-stdin"_s,
         u"Exit when standard input ends: the program that started the portal has gone."_s,
         {}},
        {u"commands"_s,
         u"Read commands on stdin: \"stats\" prints the request counters as a JSON line, "
         "\"reset\" empties the rate limits and the counters first. Exits when stdin ends."_s,
         {}},
    };
    for (const Opt &o : options) {
        parser.addOption(o.value.isEmpty() ? QCommandLineOption(o.name, o.help)
                                           : QCommandLineOption(o.name, o.help, o.value));
    }
    parser.process(app);

    const auto number = [&](const QString &name, double fallback) {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok)
            fail(u"--%1 needs a number"_s.arg(name));
        return value;
    };
    const auto onOff = [&](const QString &name, bool fallback) {
        if (!parser.isSet(name))
            return fallback;
        const QString value = parser.value(name).toLower();
        if (value != u"on" && value != u"off")
            fail(u"--%1 takes on or off"_s.arg(name));
        return value == u"on";
    };
    const auto flag = [&](const QString &name) { return parser.isSet(name); };
    const auto choice = [&](const QString &name, const QStringList &allowed,
                            const QString &fallback) {
        if (!parser.isSet(name))
            return fallback;
        const QString value = parser.value(name).toLower();
        if (!allowed.contains(value))
            fail(u"--%1 takes %2"_s.arg(name, allowed.join(u'|')));
        return value;
    };

    fake::PortalConfig config;
    config.https = flag(u"https"_s);
    config.mailboxes = int(number(u"mailboxes"_s, defaults.mailboxes));
    config.foreignMailboxes = int(number(u"foreign-mailboxes"_s, defaults.foreignMailboxes));
    config.seed = quint64(number(u"seed"_s, double(defaults.seed)));
    config.webhookCode = parser.value(u"webhook-code"_s);
    config.clientSecret = parser.value(u"client-secret"_s);
    config.hostileSenderName = flag(u"hostile-sender-name"_s);
    config.latencyMs = int(number(u"latency-ms"_s, defaults.latencyMs));
    config.latencyJitterMs = int(number(u"latency-jitter-ms"_s, defaults.latencyJitterMs));
    config.rateLimit = onOff(u"rate-limit"_s, defaults.rateLimit);
    config.rateBurst = number(u"rate-burst"_s, defaults.rateBurst);
    config.rateDrainPerSec = number(u"rate-drain"_s, defaults.rateDrainPerSec);
    config.overload = flag(u"overload"_s);
    config.operatingLimit = onOff(u"operating-limit"_s, defaults.operatingLimit);
    config.operatingLimitSecs = number(u"operating-limit-secs"_s, defaults.operatingLimitSecs);
    config.operatingCostSecs = number(u"operating-cost"_s, defaults.operatingCostSecs);
    config.nestedSystemErrors = flag(u"nested-errors"_s);
    config.timeOnErrors = flag(u"time-on-errors"_s);
    if (parser.isSet(u"operating-reset-at"_s)) {
        // Parsed as the element of an array, so a bare number or string is JSON too.
        const QByteArray text = parser.value(u"operating-reset-at"_s).toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']');
        if (!document.isArray() || document.array().size() != 1)
            fail(u"--operating-reset-at takes one JSON value"_s);
        config.operatingResetAt = document.array().at(0);
    }
    config.retryAfter = parser.value(u"retry-after"_s).toLatin1();
    config.dateHeader = !flag(u"no-date-header"_s);
    config.clampLimit = !flag(u"no-clamp-limit"_s);
    config.pageCap = int(number(u"page-cap"_s, defaults.pageCap));
    config.pageCapCutsAfterOffset =
        choice(u"page-cap-mode"_s, {u"clamp"_s, u"cut"_s}, u"clamp"_s) == u"cut";
    config.ignorePage = flag(u"ignore-page"_s);
    config.repeatPagesAfter = int(number(u"repeat-pages-after"_s, defaults.repeatPagesAfter));
    config.cyclePagesAfter = int(number(u"cycle-pages-after"_s, defaults.cyclePagesAfter));
    config.endlessPages = flag(u"endless-pages"_s);
    config.caseInsensitiveFilter = !flag(u"case-sensitive-filter"_s);
    config.foreignMailboxDenied = flag(u"foreign-denied"_s);
    config.strictGetSelect = flag(u"strict-select"_s);
    config.acceptBearer = !flag(u"no-bearer"_s);
    config.acceptQueryAuth = !flag(u"no-query-auth"_s);
    config.unknownTokenIsInvalidToken = flag(u"unknown-token-invalid"_s);
    config.restV3 = !flag(u"old-portal"_s);
    config.batchMaxCommands = int(number(u"batch-max"_s, defaults.batchMaxCommands));
    config.batchFailWhole = flag(u"batch-fail-whole"_s);
    const QString batchResult =
        choice(u"batch-result"_s, {u"normal"_s, u"empty"_s, u"object"_s}, u"normal"_s);
    config.batchResultFault = batchResult == u"empty"    ? fake::BatchResultFault::EmptyArray
                              : batchResult == u"object" ? fake::BatchResultFault::NotArray
                                                         : fake::BatchResultFault::None;
    if (parser.isSet(u"language"_s))
        config.language = parser.value(u"language"_s);
    config.requireHttps = flag(u"require-https"_s);
    config.movedTo = parser.value(u"moved-to"_s);
    config.redirectUri = parser.value(u"redirect-uri"_s);
    config.acceptRedirectUriParam = !flag(u"no-redirect-uri-param"_s);
    config.allowLoopbackRedirect = !flag(u"no-loopback-redirect"_s);
    if (parser.isSet(u"scopes"_s))
        config.appScopes = parser.value(u"scopes"_s).split(u',', Qt::SkipEmptyParts);
    config.accessTokenTtlSecs =
        qint64(number(u"access-ttl"_s, double(defaults.accessTokenTtlSecs)));
    config.refreshTokenTtlSecs =
        qint64(number(u"refresh-ttl"_s, double(defaults.refreshTokenTtlSecs)));
    config.codeTtlSecs = qint64(number(u"code-ttl"_s, double(defaults.codeTtlSecs)));
    if (parser.isSet(u"authorize"_s)) {
        const QString value = parser.value(u"authorize"_s).toLower();
        if (value != u"approve" && value != u"deny")
            fail(u"--authorize takes approve or deny"_s);
        config.authorizeApproves = value == u"approve";
    }
    config.tokenAcceptsPost = !flag(u"token-get-only"_s);
    config.tokenPostRefusalStatus =
        int(number(u"token-post-refusal"_s, defaults.tokenPostRefusalStatus));
    config.tokenSlowDrip = flag(u"token-slow-drip"_s);
    config.refreshInvalidatesOld = !flag(u"keep-old-refresh"_s);
    config.expiredCodeError =
        choice(u"expired-code-error"_s, {u"expired_token"_s, u"invalid_grant"_s},
               defaults.expiredCodeError);

    fake::FakePortal portal(config);
    if (parser.isSet(u"fault"_s)) {
        const auto fault = faultNamed(parser.value(u"fault"_s));
        if (!fault)
            fail(u"unknown fault %1"_s.arg(parser.value(u"fault"_s)));
        portal.setFault(*fault, int(number(u"fault-count"_s, -1)), parser.value(u"fault-method"_s));
    }
    if (parser.isSet(u"random-faults"_s)) {
        portal.setRandomFaults(number(u"random-faults"_s, 0), quint32(number(u"fault-seed"_s, 1)));
    }
    if (flag(u"verbose"_s)) {
        QObject::connect(&portal, &fake::FakePortal::requestLogged, &app, [](const QString &line) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(line));
        });
    }
#ifdef Q_OS_UNIX
    if (!installSignalHandlers(app))
        fail(u"cannot install signal handlers"_s);
#endif

    if (flag(u"commands"_s))
        serveCommands(app, portal);
    else if (flag(u"exit-with-stdin"_s))
        quitAtEndOfInput(app);

    QString error;
    if (!portal.start(quint16(number(u"port"_s, 0)), &error))
        fail(error);

    QJsonObject line{
        {u"base_url"_s, portal.baseUrl().toString()},
        {u"webhook_url"_s, portal.webhookUrl().toString()},
        {u"client_id"_s, portal.clientId()},
        {u"client_secret"_s, portal.clientSecret()},
        {u"auth_server_url"_s, portal.authServerUrl().toString()},
        {u"member_id"_s, portal.memberId()},
        {u"domain"_s, portal.portalDomain()},
    };
    if (config.https)
        line.insert(u"ca_file"_s, portal.caFile());
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);

    return app.exec() == 0 ? 0 : 1;
}
