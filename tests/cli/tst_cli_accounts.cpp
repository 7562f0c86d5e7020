// b24mail's saved accounts end to end: the real executable against an in-process fake portal
// (so the test can expire and revoke tokens) and a real, private Secret Service
// (scripts/with-keyring.sh). The children inherit the throw-away HOME, so they share the
// settings and keychain entries with this process and with nobody else. Every secret the
// portal issued is searched for in everything b24mail printed and in every file of the tree.

#include "CliEnvironment.h"
#include "FakePortal.h"
#include "KeychainTestSupport.h"
#include "ProcessRun.h"
#include "ScriptedBrowser.h"
#include "SecretScan.h"
#include "SecretStoreSync.h"
#include "TestCertificates.h"
#include "TestProxy.h"
#include "auth/Account.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "rest/WebhookCredential.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using mb::Account;
using mb::AccountStore;
using mb::SecretError;
using mb::SecretStore;
using Kind = mb::SecretStore::Kind;

namespace {

constexpr int processTimeoutMs = 30'000;
constexpr int waitMs = 15'000;
const QString b24mailPath = QStringLiteral(B24MAIL_PATH);

using testsupport::readSecret;
using testsupport::Run;

// The sign-in address b24mail printed on stderr.
QUrl authorizeUrlIn(const QByteArray &err)
{
    static const QRegularExpression url(QStringLiteral("(https?://\\S+/oauth/authorize/\\S+)"));
    const QRegularExpressionMatch match = url.match(QString::fromUtf8(err));
    return match.hasMatch() ? QUrl(match.captured(1), QUrl::StrictMode) : QUrl();
}

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT

    QString m_root; // the throw-away tree of with-keyring.sh
    std::unique_ptr<fake::FakePortal> m_portal;
    QStringList m_secrets;                   // must never appear in output or files
    QStringList m_allSecrets;                // over the whole run, for the final search of the tree
    QByteArray m_captured;                   // all output of the current test function
    std::unique_ptr<SecretStore> m_keychain; // the default service, as b24mail uses it
    std::unique_ptr<AccountStore> m_accounts;
    // How the scripted browser of login() reaches the portal (proxy tests).
    std::optional<QNetworkProxy> m_browserProxy;
    QList<QSslCertificate> m_browserTrust;

    static QProcessEnvironment environment() { return testsupport::cliEnvironment(); }

    void remember(const QString &secret)
    {
        if (secret.isEmpty())
            return;
        m_secrets.append(secret);
        m_allSecrets.append(secret);
    }

    // Runs b24mail to the end while this event loop keeps serving the portal.
    Run run(const QStringList &arguments, const QProcessEnvironment &env,
            const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(b24mailPath);
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        return captured(testsupport::runToEnd(process, processTimeoutMs, input));
    }
    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(arguments, environment(), input);
    }

    // `r`, its output kept for the search in cleanup().
    Run captured(Run r)
    {
        m_captured += r.out + r.err;
        return r;
    }

    QString authServer() const { return m_portal->authServerUrl().toString(); }
    QStringList oauthArgs() const { return {QStringLiteral("--auth-server"), authServer()}; }

    // `login` to the portal; the scripted browser follows the printed address, or, with
    // --paste-code, the test reads the code off the portal's page and types it in.
    Run login(const QStringList &extra, bool paste = false, QString *codeSeen = nullptr)
    {
        QStringList args{QStringLiteral("--portal"), m_portal->baseUrl().toString(),
                         QStringLiteral("--client-id"), m_portal->clientId()};
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_portal->clientSecret());
        return loginWith(args + extra, env, paste, codeSeen);
    }

    // `login` with exactly these options (plus --no-browser and --auth-server).
    Run loginWith(const QStringList &options, const QProcessEnvironment &env, bool paste = false,
                  QString *codeSeen = nullptr)
    {
        QProcess process;
        process.setProgram(b24mailPath);
        QStringList args{QStringLiteral("login"), QStringLiteral("--no-browser")};
        args += oauthArgs();
        if (paste)
            args << QStringLiteral("--paste-code");
        process.setArguments(args + options);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QByteArray err;
        QUrl url;
        // Whether the address came or the process ended is told apart below.
        (void)QTest::qWaitFor(
            [&] {
                err += process.readAllStandardError();
                url = authorizeUrlIn(err);
                return url.isValid() || process.state() == QProcess::NotRunning;
            },
            waitMs);
        ScriptedBrowser browser;
        if (m_browserProxy)
            browser.useProxy(*m_browserProxy);
        browser.trust(m_browserTrust);
        if (url.isValid()) {
            if (paste) {
                const auto [status, page] = ScriptedBrowser::fetch(url);
                browser.portalPage = page;
                const QString code = browser.shownCode();
                remember(code);
                if (codeSeen)
                    *codeSeen = code;
                process.write(code.toUtf8() + '\n');
                process.closeWriteChannel();
            } else {
                browser.beforeRedirect = [&](QUrl &location) {
                    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"),
                                                                            QUrl::FullyDecoded);
                    remember(code);
                    if (codeSeen)
                        *codeSeen = code;
                    return true;
                };
                browser.opener()(url);
            }
        }
        testsupport::finishOrKill(process, finished, processTimeoutMs);
        if (!paste)
            (void)QTest::qWaitFor([&] { return browser.done; }, waitMs); // landingStatus says
        Run result = captured(Run::of(process, err));
        if (!paste && url.isValid() && browser.landingStatus != 200)
            result.err += "\n(test: the loopback listener answered the browser with " +
                          QByteArray::number(browser.landingStatus) + ")";
        return result;
    }

    // The tokens b24mail stored, so that they are searched for too.
    void rememberTokens(const QString &accountId)
    {
        for (Kind kind : {Kind::AccessToken, Kind::RefreshToken})
            remember(readSecret(*m_keychain, accountId, kind).second);
    }

    QString addWebhook(int userId, const QStringList &scopes)
    {
        const QString code = m_portal->addWebhook(userId, scopes);
        remember(code);
        return m_portal->baseUrl().toString() + QStringLiteral("rest/api/%1/").arg(userId) + code +
               u'/';
    }

    std::optional<Account> accountNamed(const QString &name) const
    {
        for (const Account &account : m_accounts->accounts()) {
            if (account.title() == name)
                return account;
        }
        return std::nullopt;
    }

    QJsonArray portalMailboxes(int limit) const
    {
        QJsonArray all = m_portal->mailboxesOf(1);
        QJsonArray first;
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, all.size()); ++i)
            first.append(all[i]);
        return first;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = testsupport::privateKeyringRoot();
        if (m_root.isEmpty())
            QFAIL(testsupport::keyringRequired);
        m_keychain = std::make_unique<SecretStore>();
        m_accounts = std::make_unique<AccountStore>(m_keychain.get());
    }

    void init()
    {
        // Every test starts without accounts.
        for (const Account &account : m_accounts->accounts()) {
            bool done = false;
            m_accounts->remove(account.id, AccountStore::RemovePolicy::RemoveAccountAnyway, this,
                               [&](bool, const SecretError &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, waitMs));
        }
        QVERIFY(m_accounts->accounts().isEmpty());
        m_portal = std::make_unique<fake::FakePortal>();
        QVERIFY(m_portal->start());
        m_portal->config().rateLimit = false;
        remember(m_portal->clientSecret());
    }

    void cleanup()
    {
        m_browserProxy.reset();
        m_browserTrust.clear();
        m_portal.reset();
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY2(!m_captured.contains(secret.toUtf8()),
                     "a secret leaked into b24mail's output");
        }
        m_secrets.clear();
        m_captured.clear();
    }

    void addWebhookThenList()
    {
        const QString url = addWebhook(1, {QStringLiteral("mail"), QStringLiteral("user")});
        Run r = run(
            {QStringLiteral("add-webhook"), url, QStringLiteral("--name"), QStringLiteral("shop")});
        QVERIFY2(r.exitCode == 0, r.describe());
        // It works, but the URL was visible to everyone on the machine: say so, once, and
        // name the alternatives (the warning itself never holds the URL; cleanup() checks).
        QCOMPARE(r.errText().count(QStringLiteral("process list")), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("add-webhook -")), r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("$B24_WEBHOOK_URL")), r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("shop")), r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("••••")), r.describe()); // masked URL
        const std::optional<Account> shop = accountNamed(QStringLiteral("shop"));
        QVERIFY(shop);
        QCOMPARE(shop->authKind, Account::AuthKind::Webhook);
        QCOMPARE(m_accounts->currentAccountId(), shop->id);

        const QStringList list{QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("3")};
        // By name, by id, and as the current account.
        r = run(QStringList{QStringLiteral("--account"), QStringLiteral("shop")} + list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(3));
        r = run(QStringList{QStringLiteral("--account"), shop->id} + list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(3));
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(3));

        // $B24_WEBHOOK_URL still wins over the current account.
        const QString other = addWebhook(1, {QStringLiteral("mail")});
        m_portal->revokeWebhook(QUrl(url).path().section(u'/', 4, 4));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_WEBHOOK_URL"), other);
        r = run(list, env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(!r.errText().contains(QStringLiteral("process list")), r.describe());
        // --webhook URL works too, with the warning.
        r = run(QStringList{QStringLiteral("--webhook"), other} + list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(3));
        QCOMPARE(r.errText().count(QStringLiteral("process list")), 1);
        r = run(list); // the saved one is revoked now
        QVERIFY2(r.exitCode == 3, r.describe());

        r = run({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 2, r.describe());
    }

    void movedPortalNeedsAllowMove()
    {
        const QString url = addWebhook(1, {QStringLiteral("mail")});
        Run r = run({QStringLiteral("add-webhook"), url, QStringLiteral("--name"),
                     QStringLiteral("moved")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const std::optional<Account> saved = accountNamed(QStringLiteral("moved"));
        QVERIFY(saved);
        // The account knew the portal at an address that now redirects to it under its other
        // loopback name: another registrable domain.
        QUrl newPortal = m_portal->baseUrl();
        newPortal.setHost(QStringLiteral("localhost"));
        fake::FakePortal old;
        QVERIFY(old.start());
        old.config().movedTo = newPortal.toString();
        const QString path = QUrl(url).path();
        QCOMPARE(testsupport::writeSecret(*m_keychain, saved->id, Kind::WebhookUrl,
                                          old.baseUrl().toString() + path.mid(1))
                     .code(),
                 SecretError::Code::None);
        Account before = *saved;
        before.portalUrl = old.baseUrl();
        QVERIFY(m_accounts->update(before));
        m_portal->resetStats();

        const QStringList list{QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("3")};
        r = run(list);
        QVERIFY2(r.exitCode == 6, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("127.0.0.1:%1").arg(old.port())),
                 r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("localhost:%1").arg(m_portal->port())),
                 r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("--allow-move")), r.describe());
        QCOMPARE(m_portal->stats().requests, 0); // nothing went to the new address
        AccountStore reread(m_keychain.get());
        QCOMPARE(reread.account(saved->id)->portalUrl, old.baseUrl());

        r = run(QStringList{QStringLiteral("--allow-move")} + list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(3));
        // Settings and keychain agree on the new address; the secret path stays.
        AccountStore after(m_keychain.get());
        QCOMPARE(after.account(saved->id)->portalUrl, newPortal);
        QCOMPARE(readSecret(*m_keychain, saved->id, Kind::WebhookUrl).second,
                 newPortal.toString() + path.mid(1));

        // The next run goes there at once, without --allow-move.
        old.resetStats();
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(old.stats().requests, 0);
    }

    void addWebhookOfAMovedPortalNeedsAllowMove()
    {
        // The pasted URL names an address that now redirects to the portal under its other
        // loopback name: another registrable domain.
        const QString url = addWebhook(1, {QStringLiteral("mail")});
        QUrl newPortal = m_portal->baseUrl();
        newPortal.setHost(QStringLiteral("localhost"));
        fake::FakePortal old;
        QVERIFY(old.start());
        old.config().movedTo = newPortal.toString();
        const QString path = QUrl(url).path();
        const QString oldUrl = old.baseUrl().toString() + path.mid(1);
        m_portal->resetStats();

        const QStringList add{QStringLiteral("add-webhook"), oldUrl, QStringLiteral("--name"),
                              QStringLiteral("moving")};
        Run r = run(add);
        QVERIFY2(r.exitCode == 6, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("--allow-move")), r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("localhost:%1").arg(m_portal->port())),
                 r.describe());
        QCOMPARE(m_portal->stats().requests, 0); // nothing went to the new address
        QVERIFY(!accountNamed(QStringLiteral("moving")));

        r = run(QStringList{QStringLiteral("--allow-move")} + add);
        QVERIFY2(r.exitCode == 0, r.describe());
        const std::optional<Account> saved = accountNamed(QStringLiteral("moving"));
        QVERIFY(saved);
        // Settings and keychain keep the new address; the secret path stays.
        QCOMPARE(saved->portalUrl, newPortal);
        QCOMPARE(readSecret(*m_keychain, saved->id, Kind::WebhookUrl).second,
                 newPortal.toString() + path.mid(1));
        QVERIFY2(!r.outText().contains(QStringLiteral("127.0.0.1:%1").arg(old.port())),
                 r.describe());
    }

    void addWebhookFromStdinNamedAfterHost()
    {
        const QString url = addWebhook(1, {QStringLiteral("mail")});
        Run r = run({QStringLiteral("add-webhook"), QStringLiteral("-"), QStringLiteral("--json")},
                    url.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(!r.errText().contains(QStringLiteral("process list")), r.describe());
        const QJsonObject object = r.json().object();
        QCOMPARE(object.value(u"name").toString(), m_portal->baseUrl().host());
        QCOMPARE(object.value(u"status").toString(), QStringLiteral("works"));
        QVERIFY(object.value(u"current").toBool());
        // A second webhook of another user on the same host gets a name of its own.
        const QString second = addWebhook(2, {QStringLiteral("mail")});
        r = run({QStringLiteral("add-webhook"), QStringLiteral("-"), QStringLiteral("--json")},
                second.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object().value(u"name").toString(),
                 m_portal->baseUrl().host() + QStringLiteral(" (2)"));
        // A refused code is not saved.
        QString wrong = addWebhook(1, {QStringLiteral("mail")});
        m_portal->revokeWebhook(QUrl(wrong).path().section(u'/', 4, 4));
        r = run({QStringLiteral("add-webhook"), wrong});
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 2);
    }

    void accountsListAndJson()
    {
        QVERIFY(run({QStringLiteral("add-webhook"), addWebhook(1, {QStringLiteral("mail")}),
                     QStringLiteral("--name"), QStringLiteral("one")})
                    .exitCode == 0);
        QVERIFY(run({QStringLiteral("add-webhook"), addWebhook(2, {QStringLiteral("mail")}),
                     QStringLiteral("--name"), QStringLiteral("two")})
                    .exitCode == 0);
        Run r = run({QStringLiteral("accounts")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("current")));
        QVERIFY2(lines[2].contains(QStringLiteral("one")) && !lines[2].startsWith(u'*'),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(QStringLiteral("two")) && lines[3].startsWith(u'*'),
                 qPrintable(lines[3]));
        QVERIFY(lines[3].contains(QStringLiteral("webhook")));

        r = run({QStringLiteral("accounts"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first.value(u"name").toString(), QStringLiteral("one"));
        QCOMPARE(first.value(u"kind").toString(), QStringLiteral("webhook"));
        QCOMPARE(first.value(u"portal").toString(), m_portal->baseUrl().toString());
        QCOMPARE(first.value(u"userId").toString(), QStringLiteral("1"));
        QCOMPARE(first.value(u"current").toBool(), false);
        QCOMPARE(array[1].toObject().value(u"current").toBool(), true);

        r = run({QStringLiteral("--account"), QStringLiteral("ONE"), QStringLiteral("accounts"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array().size(), 1);
    }

    void accountsCheck()
    {
        m_portal->config().accessDeniedUsers = {2};
        Run r = run({QStringLiteral("add-webhook"), addWebhook(1, {QStringLiteral("mail")}),
                     QStringLiteral("--name"), QStringLiteral("good")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({QStringLiteral("accounts"), QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outText().count(QStringLiteral("works")), 5);

        // Saved all the same, but exit 3 with what to fix.
        // User 3: another webhook of user 1 would replace the first (same user, same portal).
        r = run({QStringLiteral("add-webhook"), addWebhook(3, {QStringLiteral("user")}),
                 QStringLiteral("--name"), QStringLiteral("noscope")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("mail")), r.describe());
        r = run({QStringLiteral("add-webhook"), addWebhook(2, {QStringLiteral("mail")}),
                 QStringLiteral("--name"), QStringLiteral("denied")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 3);

        const auto statuses = [](const Run &run) {
            QStringList result;
            for (const QJsonValue &account : run.json().array()) {
                for (const QJsonValue &method :
                     account[u"check"].toObject().value(u"methods").toArray())
                    result.append(method[u"status"].toString());
            }
            result.removeDuplicates();
            return result;
        };
        r = run({QStringLiteral("--account"), QStringLiteral("noscope"), QStringLiteral("accounts"),
                 QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(statuses(r), QStringList{QStringLiteral("missing-scope")});
        r = run({QStringLiteral("--account"), QStringLiteral("denied"), QStringLiteral("accounts"),
                 QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(statuses(r), QStringList{QStringLiteral("no-access")});
        r = run({QStringLiteral("--account"), QStringLiteral("good"), QStringLiteral("accounts"),
                 QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(statuses(r), QStringList{QStringLiteral("works")});

        // All three: the table says it per method, the exit status sums it up.
        r = run({QStringLiteral("accounts"), QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("missing “mail” scope")), r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("no access")), r.describe());
    }

    void loginLoopbackThenRefreshAcrossRuns()
    {
        Run r = login({QStringLiteral("--name"), QStringLiteral("oa")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("/oauth/authorize/")), r.describe());
        const std::optional<Account> account = accountNamed(QStringLiteral("oa"));
        QVERIFY(account);
        QCOMPARE(account->authKind, Account::AuthKind::OAuth);
        QCOMPARE(account->clientId, m_portal->clientId());
        QCOMPARE(m_accounts->currentAccountId(), account->id);
        QCOMPARE(readSecret(*m_keychain, account->id, Kind::ClientSecret).second,
                 m_portal->clientSecret());
        rememberTokens(account->id);

        const QStringList list =
            oauthArgs() + QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                      QStringLiteral("--limit"), QStringLiteral("2")};
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), portalMailboxes(2));

        // Two runs, each after the access token died: each refreshes, the second with the
        // refresh token the first one rotated and stored (the old one is void on the portal).
        m_portal->resetStats();
        const QString firstRefresh =
            readSecret(*m_keychain, account->id, Kind::RefreshToken).second;
        m_portal->expireAllAccessTokens();
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        rememberTokens(account->id);
        QVERIFY(readSecret(*m_keychain, account->id, Kind::RefreshToken).second != firstRefresh);
        m_portal->expireAllAccessTokens();
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        rememberTokens(account->id);
        QCOMPARE(m_portal->stats().tokenRefreshes, 2);
        // The renewed access token was stored too: the next run needs no refresh.
        r = run(list);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_portal->stats().tokenRefreshes, 2);

        // Signing in again updates the same account.
        r = login({});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->accounts().constFirst().displayName, QStringLiteral("oa"));
        rememberTokens(account->id);
    }

    void loginOnFixedLocalhostPort()
    {
        // The handler address on the application's card: http://localhost:PORT/.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString handler = QStringLiteral("http://localhost:%1/").arg(port);
        m_portal->config().redirectUri = handler;
        m_portal->config().acceptRedirectUriParam = false;
        Run r = login({QStringLiteral("--redirect-port"), QString::number(port),
                       QStringLiteral("--redirect-host"), QStringLiteral("localhost")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("Register this handler address")),
                 r.describe());
        QVERIFY2(r.errText().contains(handler), r.describe());
        rememberTokens(m_accounts->currentAccountId());

        // The same port, taken by another program: a clear error naming it. (Run directly:
        // loginWith() expects the process to wait for a browser.)
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_portal->clientSecret());
        r = run({QStringLiteral("login"), QStringLiteral("--no-browser"),
                 QStringLiteral("--portal"), m_portal->baseUrl().toString(),
                 QStringLiteral("--client-id"), m_portal->clientId(),
                 QStringLiteral("--redirect-port"), QString::number(port)},
                env);
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(
                     QStringLiteral("Port %1 on 127.0.0.1 is already in use").arg(port)),
                 r.describe());
    }

    void revokedRefreshTokenAsksForLogin()
    {
        Run r = login({});
        QVERIFY2(r.exitCode == 0, r.describe());
        rememberTokens(m_accounts->currentAccountId());
        m_portal->expireAllAccessTokens();
        m_portal->revokeAllRefreshTokens();
        r = run(oauthArgs() + QStringList{QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("b24mail login --portal ")), r.describe());

        // What the hint says works as it stands: client_id and client secret come from the
        // saved account, and the same account is signed in again.
        const QString id = m_accounts->currentAccountId();
        r = loginWith({QStringLiteral("--portal"), m_portal->baseUrl().toString()}, environment());
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->currentAccountId(), id);
        rememberTokens(id);
        r = run(oauthArgs() + QStringList{QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 0, r.describe());
        // So does naming the account.
        r = loginWith({QStringLiteral("--account"), m_accounts->accounts().constFirst().title()},
                      environment(), true);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 1);
        rememberTokens(id);
    }

    void loginWithPastedCode()
    {
        QProcessEnvironment env = environment();
        QString code;
        Run r = login({QStringLiteral("--json")}, true, &code);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(!code.isEmpty());
        const QJsonObject object = r.json().object();
        QCOMPARE(object.value(u"kind").toString(), QStringLiteral("oauth"));
        QCOMPARE(object.value(u"name").toString(), m_portal->baseUrl().host());
        rememberTokens(object.value(u"id").toString());
        r = run(oauthArgs() + QStringList{QStringLiteral("senders"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().array(), m_portal->sendersOf(1));
    }

    void loginWithoutMailScopeWarns()
    {
        m_portal->config().appScopes = {QStringLiteral("user")};
        const Run r = login({});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("Warning")), r.describe());
        QCOMPARE(m_accounts->accounts().size(), 1); // saved all the same
        rememberTokens(m_accounts->currentAccountId());
    }

    void caFileAppliesToTheTokenEndpoint()
    {
        fake::PortalConfig config;
        config.https = true;
        config.rateLimit = false;
        m_portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_portal->start());
        remember(m_portal->clientSecret());
        QVERIFY(m_portal->authServerUrl().scheme() == u"https");
        // The scripted browser (this process) trusts the test CA; b24mail only with --ca-file.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(fake::FakePortal::caPem()));
        QSslConfiguration::setDefaultConfiguration(tls);
        const QStringList caFile{QStringLiteral("--ca-file"), m_portal->caFile()};

        // Without it the code exchange cannot reach the authorization server.
        Run r = login({QStringLiteral("--timeout-ms"), QStringLiteral("5000")});
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY(m_accounts->accounts().isEmpty());

        r = login(caFile);
        QVERIFY2(r.exitCode == 0, r.describe());
        rememberTokens(m_accounts->currentAccountId());
        m_portal->resetStats();
        m_portal->expireAllAccessTokens();
        r = run(caFile + oauthArgs() + QStringList{QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_portal->stats().tokenRefreshes, 1);
        rememberTokens(m_accounts->currentAccountId());
    }

    // https://portal.test/ is reachable only through the proxy and trusted only through the
    // test CA: --proxy and --ca-file carry the webhook check, the sign-in's token exchange
    // and the calls after it.
    void proxyAndCaFileReachAPortalByName()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        fake::PortalConfig config;
        config.https = true;
        config.rateLimit = false;
        config.hostName = testsupport::testPortalHost();
        config.certificatePem = testsupport::testPortalCertificatePem();
        config.privateKeyPem = testsupport::testPortalKeyPem();
        m_portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_portal->start());
        remember(m_portal->clientSecret());
        const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QStringList viaProxy{QStringLiteral("--proxy"), proxyUrl};
        const QStringList trusting{QStringLiteral("--ca-file"), testsupport::testCaFile()};
        const QString url = addWebhook(1, {QStringLiteral("mail")});
        QCOMPARE(QUrl(url).host(), testsupport::testPortalHost());

        // Through the proxy but without the CA: refused, nothing saved.
        Run r = run(viaProxy + QStringList{QStringLiteral("add-webhook"), QStringLiteral("-")},
                    url.toUtf8() + '\n');
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY(m_accounts->accounts().isEmpty());
        QVERIFY(proxy.wasAskedFor(testsupport::testPortalHost()));

        r = run(viaProxy + trusting +
                    QStringList{QStringLiteral("add-webhook"), QStringLiteral("-"),
                                QStringLiteral("--name"), QStringLiteral("hook")},
                url.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_accounts->accounts().size(), 1);

        // login: the browser goes through the proxy too; b24mail trades the code there.
        m_browserProxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
        m_browserTrust = QSslCertificate::fromData(testsupport::testCaPem());
        proxy.clear();
        r = login(viaProxy + trusting +
                  QStringList{QStringLiteral("--name"), QStringLiteral("app")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_portal->stats().codeExchanges, 1);
        const QString authServer = m_portal->authServerUrl().host() + u':' +
                                   QString::number(m_portal->authServerUrl().port());
        QVERIFY2(proxy.requested().contains(authServer), qPrintable(proxy.requested().join(u' ')));
        rememberTokens(accountNamed(QStringLiteral("app"))->id);

        // The saved account works through the same options, and not without the proxy.
        r = run(viaProxy + trusting +
                QStringList{QStringLiteral("--account"), QStringLiteral("app"),
                            QStringLiteral("fields")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run(trusting + QStringList{QStringLiteral("--proxy"), QStringLiteral("none"),
                                       QStringLiteral("--account"), QStringLiteral("app"),
                                       QStringLiteral("--timeout-ms"), QStringLiteral("5000"),
                                       QStringLiteral("fields")});
        QVERIFY2(r.exitCode != 0, r.describe());
    }

    void logoutRemovesKeychainEntries()
    {
        Run r = login({QStringLiteral("--name"), QStringLiteral("gone")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString id = accountNamed(QStringLiteral("gone"))->id;
        rememberTokens(id);
        QCOMPARE(readSecret(*m_keychain, id, Kind::RefreshToken).first.code(),
                 SecretError::Code::None);

        r = run({QStringLiteral("logout"), QStringLiteral("gone")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(m_accounts->accounts().isEmpty());
        for (Kind kind : SecretStore::allKinds()) {
            QCOMPARE(readSecret(*m_keychain, id, kind).first.code(),
                     SecretError::Code::EntryNotFound);
        }
        // Nor does anything of ours remain for the Secret Service's own search.
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("service"),
                      SecretStore::defaultService()});
        QVERIFY(search.waitForFinished(10'000));
        const QByteArray found = search.readAllStandardOutput() + search.readAllStandardError();
        QVERIFY2(!found.contains(id.toUtf8()), "an entry of the removed account remains");

        r = run({QStringLiteral("logout"), QStringLiteral("gone")});
        QVERIFY2(r.exitCode == 2, r.describe());
    }

    void noKeychain()
    {
        const QProcessEnvironment env = testsupport::withoutSecretService(environment(), m_root);
        Run r = run({QStringLiteral("add-webhook"), addWebhook(1, {QStringLiteral("mail")})}, env);
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
                 r.describe());
        QVERIFY(m_accounts->accounts().isEmpty());

        // An account saved with the keychain, then used and removed without it: exit 3 and
        // nothing is lost.
        r = run({QStringLiteral("add-webhook"), addWebhook(1, {QStringLiteral("mail")}),
                 QStringLiteral("--name"), QStringLiteral("kept")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({QStringLiteral("list")}, env);
        QVERIFY2(r.exitCode == 3, r.describe());
        r = run({QStringLiteral("logout"), QStringLiteral("kept")}, env);
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY(accountNamed(QStringLiteral("kept")));
        r = run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void usageErrorsSendNothing()
    {
        m_portal->resetStats();
        const QList<QStringList> cases{
            {QStringLiteral("login")},
            {QStringLiteral("login"), QStringLiteral("--portal"), m_portal->baseUrl().toString()},
            {QStringLiteral("login"), QStringLiteral("--portal"), QStringLiteral("not a url"),
             QStringLiteral("--client-id"), QStringLiteral("x")},
            {QStringLiteral("--webhook"), QStringLiteral("https://x.test/rest/api/1/abc/"),
             QStringLiteral("accounts")},
            {QStringLiteral("add-webhook"), QStringLiteral("https://x.test/not-a-webhook")},
            {QStringLiteral("add-webhook"), QStringLiteral("-")},
            {QStringLiteral("logout"), QStringLiteral("nobody")},
            {QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("accounts")},
            {QStringLiteral("list")}, // no account, no webhook
        };
        for (const QStringList &arguments : cases) {
            const Run r = run(arguments);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(arguments.join(u' ') + u'\n' + QString::fromUtf8(r.describe())));
            QVERIFY2(r.err.contains("--help"), r.describe());
        }
        QCOMPARE(m_portal->stats().requests, 0);
    }

    void cleanupTestCase()
    {
        // Every file of the throw-away tree (settings, caches, the keyring's own encrypted
        // file) is free of every secret issued, plain or percent-encoded.
        QStringList leaks;
        const int files =
            testsupport::forEachFile(m_root, [&](const QString &path, const QByteArray &content) {
                for (const QString &secret : std::as_const(m_allSecrets)) {
                    if (testsupport::containsSecret(content, secret))
                        leaks << QDir(m_root).relativeFilePath(path);
                }
            });
        QVERIFY(files > 0);
        QVERIFY(m_allSecrets.size() > 10);
        // The search itself finds a planted secret.
        const QByteArray planted = "x" + m_allSecrets.constLast().toUtf8() + "y";
        QVERIFY(planted.contains(m_allSecrets.constLast().toUtf8()));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
