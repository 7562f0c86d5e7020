// b24mail end to end: the real executable against the fake portal executable, asserting on
// what a user or a script sees (stdout, stderr, exit status). Every captured byte is
// checked for secrets after each test function.

#include "CliEnvironment.h"
#include "DisplayWidth.h"
#include "KeychainTestSupport.h"
#include "ProcessRun.h"
#include "rest/WebhookCredential.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>

using mb::cli::DisplayWidth;

namespace {

constexpr int mailboxCount = 150; // more than one page of 100
constexpr int bigMailboxCount = 1500;
constexpr int processTimeoutMs = 20'000;
const QString b24mailPath = QStringLiteral(B24MAIL_PATH);
const QString portalPath = QStringLiteral(FAKE_PORTAL_PATH);
const QString malformedJsonFault = QStringLiteral("malformed-json");

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// A running b24-fake-portal and the JSON line it introduced itself with.
struct Portal
{
    std::unique_ptr<QProcess> process;
    QJsonObject info;

    QString baseUrl() const { return info.value(u"base_url").toString(); }
    QString webhookUrl() const { return info.value(u"webhook_url").toString(); }

    ~Portal()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
};

using testsupport::Run;

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

// The display column where `cellStart` begins in `line`, or -1.
int columnOf(const QString &line, const QString &cellStart)
{
    const qsizetype at = line.indexOf(cellStart);
    return at < 0 ? -1 : DisplayWidth::of(QStringView(line).left(at));
}

QJsonArray firstOf(const QJsonArray &array, qsizetype count)
{
    QJsonArray result;
    for (qsizetype i = 0; i < std::min(count, array.size()); ++i)
        result.append(array[i]);
    return result;
}

QString withSlash(QString url)
{
    if (!url.endsWith(u'/'))
        url += u'/';
    return url;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    Portal m_portal; // --mailboxes 150, no rate limit: most tests use it
    QString m_webhookCode;
    QJsonArray m_mailboxes; // the portal's list, as b24mail --json printed it
    QStringList m_secrets;  // must never appear in anything b24mail prints
    QByteArray m_captured;  // all output of the current test function

    QTemporaryDir m_home; // b24mail's HOME: no saved account of the user's can answer

    QProcessEnvironment environment() const
    {
        // Without --webhook, b24mail falls back to the current saved account; the settings
        // and keychain of whoever runs the tests must not take part.
        QProcessEnvironment env =
            testsupport::withoutSecretService(testsupport::cliEnvironment(), m_home.path());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return env;
    }

    bool startPortal(Portal &portal, const QStringList &arguments)
    {
        portal.process = std::make_unique<QProcess>();
        QProcess *process = portal.process.get();
        process->setProgram(portalPath);
        process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                              arguments);
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start();
        if (!process->waitForStarted(5000))
            return false;
        const QDeadlineTimer deadline(10'000);
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(int(deadline.remainingTime())))
                return false;
        }
        portal.info = QJsonDocument::fromJson(process->readLine()).object();
        // Whatever it logs later must not fill the pipe and stall it.
        connect(process, &QProcess::readyReadStandardOutput, process,
                [process] { process->readAllStandardOutput(); });
        const QString secret = portal.info.value(u"client_secret").toString();
        if (!secret.isEmpty())
            m_secrets.append(secret);
        if (const auto parts = mb::WebhookCredential::parse(QUrl(portal.webhookUrl())))
            m_secrets.append(parts->code);
        return !portal.baseUrl().isEmpty() && !portal.webhookUrl().isEmpty();
    }

    // Runs b24mail to the end while the event loop keeps serving the portals' pipes.
    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProgram(b24mailPath);
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        const Run result = testsupport::runToEnd(process, processTimeoutMs);
        m_captured += result.out + result.err;
        return result;
    }
    Run run(const QStringList &arguments) { return run(arguments, environment()); }

    // b24mail with `url` in $B24_WEBHOOK_URL: --webhook URL works too, but warns on stderr
    // (the URL shows in the process list), and these tests count stderr's lines.
    Run runWithWebhook(const QString &url, const QStringList &arguments)
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_WEBHOOK_URL"), url);
        return run(arguments, env);
    }

    // b24mail against the main portal through its webhook.
    Run webhook(const QStringList &arguments)
    {
        return runWithWebhook(m_portal.webhookUrl(), arguments);
    }

    // The token path: the portal's OAuth endpoints, as a user's browser and the app would.
    QString issueAccessToken(const Portal &portal)
    {
        QNetworkAccessManager nam;
        const auto get = [&nam](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished() && !done.wait(10'000))
                qWarning("no answer in time; the caller sees the unfinished reply");
            return reply;
        };
        const QString clientId = portal.info.value(u"client_id").toString();

        QUrl authorize(withSlash(portal.baseUrl()) + QStringLiteral("oauth/authorize/"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), clientId);
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("x"));
        // The executable registers no handler for the app; name one so the portal redirects.
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QStringLiteral("http://127.0.0.1/callback"));
        authorize.setQuery(query);
        const auto redirect = get(authorize);
        const QUrl location = redirect->header(QNetworkRequest::LocationHeader).toUrl();
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        if (code.isEmpty())
            return {};

        QUrl token(withSlash(portal.info.value(u"auth_server_url").toString()) +
                   QStringLiteral("oauth/token/"));
        QUrlQuery tokenQuery;
        tokenQuery.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        tokenQuery.addQueryItem(QStringLiteral("client_id"), clientId);
        tokenQuery.addQueryItem(QStringLiteral("client_secret"),
                                portal.info.value(u"client_secret").toString());
        tokenQuery.addQueryItem(QStringLiteral("code"), code);
        token.setQuery(tokenQuery);
        const auto answer = get(token);
        const QJsonObject tokens = QJsonDocument::fromJson(answer->readAll()).object();
        const QString accessToken = tokens.value(u"access_token").toString();
        const QString refreshToken = tokens.value(u"refresh_token").toString();
        if (!refreshToken.isEmpty())
            m_secrets.append(refreshToken);
        if (!accessToken.isEmpty())
            m_secrets.append(accessToken);
        return accessToken;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            startPortal(m_portal, {QStringLiteral("--mailboxes"), QString::number(mailboxCount),
                                   QStringLiteral("--seed"), QStringLiteral("7"),
                                   QStringLiteral("--rate-limit"), QStringLiteral("off")}),
            "b24-fake-portal did not start");
        const auto parts = mb::WebhookCredential::parse(QUrl(m_portal.webhookUrl()));
        QVERIFY(parts);
        m_webhookCode = parts->code;

        const Run r = webhook({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        m_mailboxes = r.json().array();
        QVERIFY(!m_mailboxes.isEmpty());
    }

    void cleanup()
    {
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY2(!m_captured.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a secret leaked into b24mail's output: ") +
                                QString::fromUtf8(m_captured.left(4000))));
        }
        m_captured.clear();
    }

    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, r.describe());
        for (const char *command : {"list", "get", "senders", "fields", "field"})
            QVERIFY2(r.outText().contains(str(command)), command);
        QVERIFY(r.err.isEmpty());

        r = run({QStringLiteral("get"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(QStringLiteral("--select")));

        r = run({QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outText().trimmed(), QStringLiteral("b24mail " MB_VERSION));
    }

    void tlsBackend()
    {
        // The Windows job checks for schannel; here: the backend Qt actually uses.
        const Run r = run({QStringLiteral("--tls-backend")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(QSslSocket::availableBackends().contains(r.outLines().constFirst()), r.describe());
#if defined(Q_OS_WIN)
        QCOMPARE(r.outLines().constFirst(), QStringLiteral("schannel"));
#endif
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withWebhook");
        const auto row = [](const char *name, std::initializer_list<const char *> args,
                            bool withWebhook = true) {
            QStringList list;
            for (const char *arg : args)
                list.append(str(arg));
            QTest::newRow(name) << list << withWebhook;
        };
        row("no command", {});
        row("unknown command", {"frobnicate"});
        row("unknown option", {"list", "--bogus"});
        row("get without id", {"get"});
        row("get with text id", {"get", "twelve"});
        row("field without name", {"field"});
        row("limit zero", {"list", "--limit", "0"});
        row("select on list", {"list", "--select", "id"});
        row("no credentials", {"list"}, false);
        row("webhook url without code", {"--webhook", "https://acme.test/", "list"}, false);
        row("portal without token", {"--portal", "https://acme.test/", "list"}, false);
        row("webhook and portal", {"--portal", "https://acme.test/", "list"});
        row("missing ca file", {"--ca-file", "/nonexistent/ca.pem", "list"});
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withWebhook);
        const Run r = withWebhook ? webhook(arguments) : run(arguments);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.out.isEmpty(), r.describe());
        QVERIFY2(r.err.startsWith("b24mail: "), r.describe());
        QVERIFY2(r.err.contains("--help"), r.describe());
    }

    void caFileWithoutCertificate()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("not a certificate\n");
        file.close();
        const Run r =
            webhook({QStringLiteral("--ca-file"), file.fileName(), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 2, r.describe());
    }

    void listJsonHasEveryMailbox()
    {
        // initTestCase fetched it; every page made it into one array.
        QCOMPARE(m_mailboxes.size(), mailboxCount);
        QSet<qint64> ids;
        for (const QJsonValue &value : std::as_const(m_mailboxes)) {
            const QJsonObject mailbox = value.toObject();
            for (const char *field : {"id", "name", "email", "senderName"})
                QVERIFY2(mailbox.contains(str(field)), field);
            ids.insert(mailbox.value(u"id").toInteger());
        }
        QCOMPARE(ids.size(), mailboxCount);
    }

    void listTable()
    {
        const Run r = webhook({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), mailboxCount + 2); // header, rule, one row per mailbox
        const QString &header = lines[0];
        QVERIFY(header.trimmed().startsWith(QStringLiteral("id"))); // numbers are right-aligned
        const int nameColumn = columnOf(header, QStringLiteral("name"));
        const int emailColumn = columnOf(header, QStringLiteral("email"));
        const int senderColumn = columnOf(header, QStringLiteral("senderName"));
        QVERIFY(nameColumn > 0 && emailColumn > nameColumn && senderColumn > emailColumn);
        for (qsizetype i = 0; i < m_mailboxes.size(); ++i) {
            const QJsonObject mailbox = m_mailboxes[i].toObject();
            const QString &line = lines[i + 2];
            const QString email = mailbox.value(u"email").toString();
            QVERIFY2(columnOf(line, email) == emailColumn, qPrintable(line));
            QVERIFY2(line.contains(mailbox.value(u"name").toString()), qPrintable(line));
        }
    }

    void listLimit()
    {
        Run r = webhook({QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--limit"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), firstOf(m_mailboxes, 7));

        // Past the first page.
        r = webhook({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                     QStringLiteral("120")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), firstOf(m_mailboxes, 120));

        r = webhook({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), 5);
    }

    void listFilters()
    {
        const QJsonObject first = m_mailboxes[0].toObject();
        const QString name = first.value(u"name").toString();
        const QString nameFragment = name.left(std::min<qsizetype>(name.size(), 4));
        const QString email = first.value(u"email").toString();
        const QString emailFragment = email.mid(email.indexOf(u'@') + 1);
        QVERIFY(!nameFragment.isEmpty() && !emailFragment.isEmpty());

        const auto check = [&](const QStringList &filter, const QString &nameFrag,
                               const QString &emailFrag) {
            const Run r =
                webhook(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filter);
            QVERIFY2(r.exitCode == 0, r.describe());
            const QJsonArray found = r.json().array();
            QVERIFY(!found.isEmpty());
            QVERIFY(found.size() <= m_mailboxes.size());
            QSet<qint64> foundIds;
            for (const QJsonValue &value : found) {
                const QJsonObject mailbox = value.toObject();
                foundIds.insert(mailbox.value(u"id").toInteger());
                QVERIFY(mailbox.value(u"name").toString().contains(nameFrag, Qt::CaseInsensitive));
                QVERIFY(
                    mailbox.value(u"email").toString().contains(emailFrag, Qt::CaseInsensitive));
            }
            // Every exact match is there, whatever the portal thinks of case.
            for (const QJsonValue &value : std::as_const(m_mailboxes)) {
                const QJsonObject mailbox = value.toObject();
                if (mailbox.value(u"name").toString().contains(nameFrag) &&
                    mailbox.value(u"email").toString().contains(emailFrag)) {
                    QVERIFY(foundIds.contains(mailbox.value(u"id").toInteger()));
                }
            }
        };
        check({QStringLiteral("--name"), nameFragment}, nameFragment, QString());
        check({QStringLiteral("--email"), emailFragment}, QString(), emailFragment);
        check({QStringLiteral("--name"), nameFragment, QStringLiteral("--email"), emailFragment},
              nameFragment, emailFragment);

        Run r = webhook({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--name"),
                         QStringLiteral("no-such-mailbox-anywhere")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), QJsonArray());
        r = webhook({QStringLiteral("list"), QStringLiteral("--name"),
                     QStringLiteral("no-such-mailbox-anywhere")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), 2); // the header and its rule
    }

    void getMailbox()
    {
        const QJsonObject mailbox = m_mailboxes[5].toObject();
        const QString id = QString::number(mailbox.value(u"id").toInteger());

        Run r = webhook({QStringLiteral("get"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object(), mailbox);

        r = webhook({QStringLiteral("get"), id});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), mailbox.size());
        QVERIFY(lines[0].startsWith(QStringLiteral("id ")));
        QVERIFY(r.outText().contains(mailbox.value(u"email").toString()));

        r = webhook({QStringLiteral("get"), id, QStringLiteral("--select"),
                     QStringLiteral("id,email"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(keysOf(r.json().object()),
                 QSet<QString>({QStringLiteral("id"), QStringLiteral("email")}));
        QCOMPARE(r.json().object().value(u"email"), mailbox.value(u"email"));

        r = webhook(
            {QStringLiteral("get"), id, QStringLiteral("--select"), QStringLiteral("email")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), 1);
    }

    void getUnknownMailbox()
    {
        const Run r = webhook({QStringLiteral("get"), QStringLiteral("987654321")});
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("ENTITYNOTFOUND"), r.describe());
        QVERIFY2(r.err.startsWith("b24mail: "), r.describe());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void senders()
    {
        Run r = webhook({QStringLiteral("senders"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray all = r.json().array();
        QVERIFY(!all.isEmpty());
        for (const QJsonValue &value : all) {
            for (const char *field : {"email", "name", "sender"})
                QVERIFY2(value.toObject().contains(str(field)), field);
        }

        r = webhook({QStringLiteral("senders"), QStringLiteral("--json"), QStringLiteral("--limit"),
                     QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), firstOf(all, 1));

        r = webhook({QStringLiteral("senders")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), all.size() + 2);
        QVERIFY(r.outLines().constFirst().startsWith(QStringLiteral("email")));
    }

    void portalTextStaysOnItsLine()
    {
        // A sender name with CR/LF, an escape sequence and a bidi override: the table keeps
        // one line per sender and none of those characters reaches the terminal.
        Portal hostile;
        QVERIFY(startPortal(hostile, {QStringLiteral("--hostile-sender-name"),
                                      QStringLiteral("--rate-limit"), QStringLiteral("off")}));
        Run r = runWithWebhook(hostile.webhookUrl(),
                               {QStringLiteral("senders"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const qsizetype count = r.json().array().size();
        r = runWithWebhook(hostile.webhookUrl(), {QStringLiteral("senders")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), count + 2);
        QVERIFY(!r.out.contains('\r'));
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.outText().contains(QChar(0x202e)));
        QVERIFY2(r.outText().contains(QStringLiteral("Eve X-Injected: 1[31mfdp.exe")),
                 r.describe());
    }

    void fields()
    {
        Run r = webhook({QStringLiteral("fields"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QSet<QString> names;
        for (const QJsonValue &value : r.json().array())
            names.insert(value.toObject().value(u"name").toString());
        QCOMPARE(names, QSet<QString>({QStringLiteral("id"), QStringLiteral("name"),
                                       QStringLiteral("email"), QStringLiteral("senderName")}));

        r = webhook({QStringLiteral("fields"), QStringLiteral("--select"),
                     QStringLiteral("name,type"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array().size(), 4);
        for (const QJsonValue &value : r.json().array()) {
            QVERIFY(keysOf(value.toObject())
                        .subtract({QStringLiteral("name"), QStringLiteral("type")})
                        .isEmpty());
        }

        r = webhook({QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLines().size(), 4 + 2);
        QVERIFY(r.outLines().constFirst().startsWith(QStringLiteral("name")));

        r = webhook({QStringLiteral("fields"), QStringLiteral("--select"), QStringLiteral("nope")});
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(r.err.contains("UNKNOWNDTOPROPERTY"), r.describe());
    }

    void field()
    {
        Run r = webhook(
            {QStringLiteral("field"), QStringLiteral("senderName"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object().value(u"name").toString(), QStringLiteral("senderName"));
        QCOMPARE(r.json().object().value(u"type").toString(), QStringLiteral("string"));

        r = webhook({QStringLiteral("field"), QStringLiteral("id"), QStringLiteral("--select"),
                     QStringLiteral("name,type"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object(), QJsonObject({{QStringLiteral("name"), QStringLiteral("id")},
                                                 {QStringLiteral("type"), QStringLiteral("int")}}));

        r = webhook({QStringLiteral("field"), QStringLiteral("email")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outLines().constFirst().startsWith(QStringLiteral("name ")));
        QVERIFY(r.outText().contains(QStringLiteral("string")));
    }

    void unknownField()
    {
        const Run r = webhook({QStringLiteral("field"), QStringLiteral("nope")});
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("FIELDNOTFOUND"), r.describe());
    }

    void wrongWebhookCode()
    {
        const QString wrongCode = QStringLiteral("0badc0de0badc0de");
        m_secrets.append(wrongCode);
        QString url = m_portal.webhookUrl();
        url.replace(m_webhookCode, wrongCode);
        const Run r = runWithWebhook(url, {QStringLiteral("list")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("NO_AUTH_FOUND"), r.describe());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void webhookFromEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_WEBHOOK_URL"), m_portal.webhookUrl());
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--limit"), QStringLiteral("5")},
                          env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), firstOf(m_mailboxes, 5));
    }

    void accessToken()
    {
        const QString token = issueAccessToken(m_portal);
        QVERIFY2(!token.isEmpty(), "the fake portal issued no access token");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_ACCESS_TOKEN"), token);
        const QStringList portal{QStringLiteral("--portal"), m_portal.baseUrl()};

        Run r = run(portal + QStringList{QStringLiteral("list"), QStringLiteral("--json")}, env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), m_mailboxes);

        const QJsonObject mailbox = m_mailboxes[3].toObject();
        r = run(portal + QStringList{QStringLiteral("get"),
                                     QString::number(mailbox.value(u"id").toInteger()),
                                     QStringLiteral("--json")},
                env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object(), mailbox);

        const QString wrongToken = QStringLiteral("f00dfeedf00dfeedf00dfeedf00dfeed");
        m_secrets.append(wrongToken);
        env.insert(QStringLiteral("B24_ACCESS_TOKEN"), wrongToken);
        r = run(portal + QStringList{QStringLiteral("fields")}, env);
        QVERIFY2(r.exitCode == 3, r.describe());
    }

    void verboseLogMasksSecrets()
    {
        const Run r = webhook({QStringLiteral("-v"), QStringLiteral("list"),
                               QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.err.contains("mail.mailbox.list"), r.describe());
        // cleanup() checks that the code is not in it.
    }

    void connectionRefused()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close(); // now nothing listens there
        const Run r = runWithWebhook(
            QStringLiteral("http://127.0.0.1:%1/rest/api/1/c0ffee/").arg(port),
            {QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 5, r.describe());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void timeout()
    {
        Portal slow;
        QVERIFY(startPortal(slow, {QStringLiteral("--latency-ms"), QStringLiteral("5000")}));
        const Run r =
            run({QStringLiteral("--webhook"), slow.webhookUrl(), QStringLiteral("--timeout-ms"),
                 QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("0"),
                 QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 5, r.describe());
    }

    // --- A method the portal pauses (429 OPERATION_TIME_LIMIT), issue 13. ---

    void pausedMethodEndsWithWhenToRetry_data()
    {
        QTest::addColumn<QStringList>("portalOptions");
        QTest::addColumn<QStringList>("b24mailOptions");
        // The reset is 10 minutes away on the portal's clock: beyond the default 60 s.
        QTest::newRow("reset in 10 minutes") << QStringList{} << QStringList{};
        QTest::newRow("max-wait 0")
            << QStringList{QStringLiteral("--retry-after"), QStringLiteral("5")}
            << QStringList{QStringLiteral("--max-wait"), QStringLiteral("0")};
        // A hostile reset time: not a pause of centuries, and no crash.
        QTest::newRow("hostile reset")
            << QStringList{QStringLiteral("--operating-reset-at"), QStringLiteral("1e300"),
                           QStringLiteral("--retry-after"), QStringLiteral("99999999999")}
            << QStringList{QStringLiteral("--max-wait"), QStringLiteral("5")};
    }

    void pausedMethodEndsWithWhenToRetry()
    {
        QFETCH(QStringList, portalOptions);
        QFETCH(QStringList, b24mailOptions);
        Portal portal;
        QVERIFY(startPortal(
            portal, QStringList{QStringLiteral("--rate-limit"), QStringLiteral("off"),
                                QStringLiteral("--operating-limit-secs"), QStringLiteral("0.01"),
                                QStringLiteral("--time-on-errors")} +
                        portalOptions));
        const QStringList field{QStringLiteral("field"), QStringLiteral("id")};
        const Run first = runWithWebhook(portal.webhookUrl(), field); // uses up the budget
        QVERIFY2(first.exitCode == 0, first.describe());
        const Run paused = runWithWebhook(portal.webhookUrl(), b24mailOptions + field);
        QVERIFY2(paused.exitCode == 5, paused.describe());
        QVERIFY(paused.out.isEmpty());
        QVERIFY2(paused.err.contains("mail.mailbox.field.get is available again at "),
                 paused.describe());
        QVERIFY2(paused.err.contains("Retry then; other methods keep working meanwhile."),
                 paused.describe());
        QVERIFY2(!paused.err.contains("waiting"), paused.describe());
    }

    void pausedInsideABatchEndsWithWhenToRetry()
    {
        // The list's first batch runs page 1 and is refused page 2 in its slot (the budget
        // is spent): the pause is the portal's, 10 minutes, so b24mail does not wait.
        Portal portal;
        QVERIFY(startPortal(portal,
                            {QStringLiteral("--rate-limit"), QStringLiteral("off"),
                             QStringLiteral("--operating-limit-secs"), QStringLiteral("0.01")}));
        const Run paused = runWithWebhook(portal.webhookUrl(), {QStringLiteral("list")});
        QVERIFY2(paused.exitCode == 5, paused.describe());
        QVERIFY(paused.out.isEmpty());
        QVERIFY2(paused.err.contains("mail.mailbox.list is available again at "),
                 paused.describe());
        QVERIFY2(!paused.err.contains("waiting"), paused.describe());
    }

    void shortPauseIsWaitedFor()
    {
        // Retry-After: 1 is within --max-wait: b24mail says so, waits, and asks again. The
        // portal lifts the limit once b24mail waits ("reset" on its command channel).
        Portal portal;
        QVERIFY(startPortal(portal, {QStringLiteral("--rate-limit"), QStringLiteral("off"),
                                     QStringLiteral("--operating-limit-secs"),
                                     QStringLiteral("0.01"), QStringLiteral("--retry-after"),
                                     QStringLiteral("1"), QStringLiteral("--commands")}));
        const QStringList field{QStringLiteral("field"), QStringLiteral("id")};
        QVERIFY(runWithWebhook(portal.webhookUrl(), field).exitCode == 0);

        QProcess process;
        process.setProgram(b24mailPath);
        process.setArguments(field);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_WEBHOOK_URL"), portal.webhookUrl());
        process.setProcessEnvironment(env);
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            const bool first = !err.contains("waiting");
            err += process.readAllStandardError();
            if (first && err.contains("waiting"))
                portal.process->write("reset\n");
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QVERIFY(process.waitForStarted(5000));
        testsupport::finishOrKill(process, finished, processTimeoutMs);
        const Run r = Run::of(process, err);
        m_captured += r.out + r.err;
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.err.contains("mail.mailbox.field.get is paused by the portal; waiting 1 "),
                 r.describe());
        QVERIFY2(r.outText().contains(QLatin1String("id")), r.describe());
    }

    void httpsWithAndWithoutCaFile()
    {
        Portal secure;
        QVERIFY(startPortal(secure, {QStringLiteral("--https"), QStringLiteral("--mailboxes"),
                                     QStringLiteral("3")}));
        const QString caFile = secure.info.value(u"ca_file").toString();
        QVERIFY2(!caFile.isEmpty(), "no ca_file in the portal's first line");
        QVERIFY(secure.baseUrl().startsWith(QStringLiteral("https://")));

        Run r = run({QStringLiteral("--webhook"), secure.webhookUrl(), QStringLiteral("--ca-file"),
                     caFile, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array().size(), 3);

        r = run({QStringLiteral("--webhook"), secure.webhookUrl(), QStringLiteral("--retries"),
                 QStringLiteral("0"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY(r.out.isEmpty());
    }

    void malformedJson()
    {
        Portal broken;
        QVERIFY(startPortal(broken, {QStringLiteral("--fault"), malformedJsonFault}));
        const Run r =
            run({QStringLiteral("--webhook"), broken.webhookUrl(), QStringLiteral("--retries"),
                 QStringLiteral("0"), QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 6, r.describe());
        QVERIFY(r.out.isEmpty());
    }

    void pageCapsLoseNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("clamp") << QStringLiteral("clamp");
        QTest::newRow("cut") << QStringLiteral("cut");
    }

    void pageCapsLoseNothing()
    {
        QFETCH(QString, mode);
        Portal capped;
        QVERIFY(startPortal(capped, {QStringLiteral("--mailboxes"), QStringLiteral("250"),
                                     QStringLiteral("--page-cap"), QStringLiteral("50"),
                                     QStringLiteral("--page-cap-mode"), mode}));
        const Run r =
            runWithWebhook(capped.webhookUrl(), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 250);
        QSet<qint64> ids;
        for (const QJsonValue &row : rows)
            ids.insert(row.toObject().value(u"id").toInteger());
        QCOMPARE(ids.size(), 250);
    }

    void pagingLoopsExitWithProtocolError_data()
    {
        QTest::addColumn<QStringList>("switches");
        QTest::newRow("ignores page") << QStringList{QStringLiteral("--ignore-page")};
        QTest::newRow("repeats a page")
            << QStringList{QStringLiteral("--repeat-pages-after"), QStringLiteral("1")};
        QTest::newRow("cycles") << QStringList{QStringLiteral("--cycle-pages-after"),
                                               QStringLiteral("1")};
        QTest::newRow("batch result empty")
            << QStringList{QStringLiteral("--batch-result"), QStringLiteral("empty")};
        QTest::newRow("batch result an object")
            << QStringList{QStringLiteral("--batch-result"), QStringLiteral("object")};
    }

    void pagingLoopsExitWithProtocolError()
    {
        QFETCH(QStringList, switches);
        Portal looping;
        QVERIFY(startPortal(
            looping, QStringList{QStringLiteral("--mailboxes"), QStringLiteral("250")} + switches));
        const Run r = runWithWebhook(looping.webhookUrl(), {QStringLiteral("list")});
        QVERIFY2(r.exitCode == 6, r.describe());
        QVERIFY(r.out.isEmpty()); // never half a list
        QCOMPARE(r.err.count('\n'), 1);
    }

    void aCyclingListSaysWhatThePortalDid()
    {
        // Pages 1-2, then 1-2 again: the second batch (pages 3-18) brings page 1 back.
        Portal cycling;
        QVERIFY(startPortal(cycling, {QStringLiteral("--mailboxes"), QStringLiteral("1000"),
                                      QStringLiteral("--cycle-pages-after"), QStringLiteral("2")}));
        const Run r = runWithWebhook(cycling.webhookUrl(), {QStringLiteral("list")});
        QVERIFY2(r.exitCode == 6, r.describe());
        QVERIFY(r.out.isEmpty()); // never half a list
        QVERIFY2(r.err.contains("the portal sent page 1 again as page 3"), r.describe());
    }

    void survivesClosedPipe()
    {
        // Far more output than a pipe buffers, read by a reader that leaves after one line.
        Portal big;
        QVERIFY(startPortal(big, {QStringLiteral("--mailboxes"), QString::number(bigMailboxCount),
                                  QStringLiteral("--rate-limit"), QStringLiteral("off")}));
        // Children inherit an ignored SIGPIPE; give b24mail the default a shell gives it, or
        // this test could not tell whether b24mail protects itself.
#ifdef SIGPIPE
        const auto previous = std::signal(SIGPIPE, SIG_DFL);
        const auto restore = qScopeGuard([previous] { std::signal(SIGPIPE, previous); });
#endif
        QProcess b24mail;
        QProcess head;
        b24mail.setStandardOutputProcess(&head);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_WEBHOOK_URL"), big.webhookUrl()); // --webhook would warn
        b24mail.setProcessEnvironment(env);
        QSignalSpy finished(&b24mail, &QProcess::finished);
        b24mail.start(b24mailPath, {QStringLiteral("list"), QStringLiteral("--json")});
        // The writer first: QProcess sets the pipe up when the first of the two starts.
        head.start(QStringLiteral("head"), {QStringLiteral("-n"), QStringLiteral("1")});
        QVERIFY(finished.wait(processTimeoutMs) || !finished.isEmpty());
        QVERIFY(head.state() == QProcess::NotRunning || head.waitForFinished(5000));
        const QByteArray err = b24mail.readAllStandardError();
        m_captured += err + head.readAllStandardOutput();
        QCOMPARE(b24mail.exitStatus(), QProcess::NormalExit); // no SIGPIPE death
        QVERIFY2(b24mail.exitCode() == 0, err.constData());
        QVERIFY2(err.isEmpty(), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
