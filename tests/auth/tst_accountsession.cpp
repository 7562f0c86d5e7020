// Accounts with their secrets in a real Secret Service (scripts/with-keyring.sh): OAuth and
// webhook accounts saved and reopened, refresh-token rotation surviving a restart, keychain
// failures that delete nothing, and a full scenario in a child process whose output, HOME,
// settings and every other file of the throw-away tree are searched for every secret issued.

#include "FakePortal.h"
#include "KeychainTestSupport.h"
#include "OAuthTestSupport.h"
#include "SecretScan.h"
#include "SecretStoreSync.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/OAuthCredential.h"
#include "auth/PermissionProbe.h"
#include "auth/SecretStore.h"
#include "auth/WebhookSetup.h"
#include "rest/Exchange.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"
#include "rest/WebhookCredential.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using mb::Account;
using mb::AccountSession;
using mb::AccountStore;
using mb::SecretError;
using mb::SecretStore;
using Kind = mb::SecretStore::Kind;

namespace {

constexpr int waitMs = 15000;

using testsupport::readSecret;

struct Opened
{
    AccountSession *session = nullptr;
    QString error;
    SecretError keychainError;
    bool called = false;

    // "ok|failed <keychain error code> <error>", as keychainUnavailableDeletesNothing reads it.
    QString outcome() const
    {
        return QStringLiteral("%1 %2 %3")
            .arg(session ? QStringLiteral("ok") : QStringLiteral("failed"),
                 SecretError::codeName(keychainError.code()), error);
    }
};

Opened waitOpened(const std::function<void(AccountSession::Callback)> &start)
{
    Opened out;
    start([&out](AccountSession *s, const QString &e, const SecretError &k) {
        out = {s, e, k, true};
    });
    if (!QTest::qWaitFor([&] { return out.called; }, waitMs))
        out.error = QStringLiteral("test: no callback");
    return out;
}

mb::ClientOptions fast()
{
    mb::ClientOptions o;
    o.retryBaseDelayMs = 20;
    o.rateLimitEnabled = false;
    return o;
}

mb::RestError callOnce(mb::RestClient &client)
{
    std::unique_ptr<mb::RestReply> reply(
        client.call(QStringLiteral("mail.mailbox.field.list"),
                    {{QLatin1String("select"), QJsonArray{QStringLiteral("name")}}}));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, waitMs))
        return mb::RestError(mb::RestError::Category::Timeout);
    return reply->error();
}

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

// --- child process modes ---------------------------------------------------------------

// A whole life of two accounts with the default service and settings, everything logged.
// Writes every secret it saw, one per line, to `secretsFile` (outside the searched tree).
int runScenario(const QString &secretsFile)
{
    QStringList issued;
    const auto fail = [](const QString &why) {
        print(QStringLiteral("SCENARIO FAILED ") + why);
        return 1;
    };
    fake::FakePortal portal;
    if (!portal.start())
        return fail(QStringLiteral("portal"));
    portal.config().rateLimit = false;
    // The server's GET path puts the secret in a URL: make sure that path is taken too.
    portal.config().tokenAcceptsPost = false;
    issued << portal.clientSecret();
    mb::OAuthClientConfig config = testsupport::configFor(portal);

    SecretStore secrets; // the default service, in the private keyring
    AccountStore accounts(&secrets);

    ScriptedBrowser browser;
    browser.beforeRedirect = [&](QUrl &location) {
        issued << QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        return true;
    };
    const auto outcome = testsupport::signIn(portal, config, browser);
    if (!outcome.result)
        return fail(outcome.error->userMessage());
    issued << outcome.result->grant.accessToken << outcome.result->grant.refreshToken;
    qDebug() << "signed in to" << outcome.result->portalUrl << "scopes" << outcome.result->scopes;

    QObject owner;
    Opened saved = waitOpened([&](AccountSession::Callback cb) {
        AccountSession::saveOAuth(&accounts, &secrets, *outcome.result, config, &owner, cb);
    });
    if (!saved.session)
        return fail(saved.error);
    mb::RestClient *client = saved.session->client();
    client->setOptions(fast());
    QObject::connect(client, &mb::RestClient::exchangeFinished, [](const mb::Exchange &e) {
        qDebug() << "exchange" << e.method << e.url << e.httpStatus << e.error << e.requestBody
                 << e.responseBody;
    });
    qDebug() << "credential" << saved.session->credential();
    if (callOnce(*client).isError())
        return fail(QStringLiteral("first call"));
    portal.expireAllAccessTokens();
    if (callOnce(*client).isError())
        return fail(QStringLiteral("call after expiry"));
    auto *oauth = saved.session->oauthCredential();
    issued << oauth->accessToken() << oauth->refreshToken();
    const QString accountId = saved.session->accountId();

    // A failing refresh, logged as it goes.
    mb::PermissionProbe probe(client);
    QSignalSpy probed(&probe, &mb::PermissionProbe::finished);
    probe.run();
    if (!probed.wait(waitMs))
        return fail(QStringLiteral("probe"));
    for (const auto &m : probe.report().methods)
        qDebug() << m.method << mb::MethodPermission::statusName(m.status) << m.error;

    // A webhook, pasted in the v1 form with a method.
    const QString hookCode = portal.addWebhook(1, {QStringLiteral("mail")});
    const QString pasted = portal.baseUrl().toString() + QStringLiteral("rest/1/") + hookCode +
                           QStringLiteral("/profile.json");
    issued << hookCode << pasted;
    mb::NetworkAccessFactory network;
    mb::WebhookSetup setup(&network);
    setup.setClientOptions(fast());
    QSignalSpy checked(&setup, &mb::WebhookSetup::checked);
    if (!setup.check(pasted) || !checked.wait(waitMs))
        return fail(QStringLiteral("webhook check"));
    qDebug() << "webhook" << setup.maskedUrl() << setup.statusMessage();
    Opened hook = waitOpened([&](AccountSession::Callback cb) {
        AccountSession::saveWebhook(&accounts, &secrets, setup.parts(), &owner, cb);
    });
    if (!hook.session)
        return fail(hook.error);
    issued
        << static_cast<mb::WebhookCredential *>(hook.session->credential())->baseUrl().toString();

    // Restart: everything from the stores again, then revoke and see "sign-in needed".
    delete saved.session;
    delete hook.session;
    SecretStore secrets2;
    AccountStore accounts2(&secrets2);
    Opened again = waitOpened([&](AccountSession::Callback cb) {
        AccountSession::open(&accounts2, &secrets2, accountId, config, &owner, cb);
    });
    if (!again.session)
        return fail(again.error);
    client = again.session->client();
    client->setOptions(fast());
    portal.expireAllAccessTokens();
    if (callOnce(*client).isError())
        return fail(QStringLiteral("call after restart"));
    issued << again.session->oauthCredential()->accessToken()
           << again.session->oauthCredential()->refreshToken();
    portal.expireAllAccessTokens();
    portal.revokeAllRefreshTokens();
    const mb::RestError revoked = callOnce(*client);
    qDebug() << "after revocation" << revoked << revoked.userMessage();
    print(QStringLiteral("revoked: ") + revoked.userMessage());
    if (revoked.category() != mb::RestError::Category::SignInNeeded)
        return fail(QStringLiteral("not SignInNeeded"));

    // A wrong client secret and a code used twice, as the user would see them.
    mb::OAuthClientConfig wrong = config;
    wrong.clientSecret = QStringLiteral("wrong-") + mb::OAuthSignIn::newState();
    issued << wrong.clientSecret;
    ScriptedBrowser browser2;
    const auto refused = testsupport::signIn(portal, wrong, browser2);
    if (!refused.error)
        return fail(QStringLiteral("wrong secret accepted"));
    print(QStringLiteral("wrong secret: ") + refused.error->userMessage());
    qWarning() << "sign-in failed:" << refused.error->userMessage();

    QFile out(secretsFile);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("secrets file"));
    issued.removeAll(QString());
    out.write(issued.join(QLatin1Char('\n')).toUtf8());
    out.close();
    print(QStringLiteral("SCENARIO OK %1 secrets").arg(issued.size()));
    return 0;
}

// Saving and opening with no Secret Service reachable.
int runNoKeychain(const QString &settingsFile, const QString &existingId)
{
    SecretStore secrets;
    AccountStore accounts(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat),
                          &secrets);
    QObject owner;
    mb::OAuthSignInResult result;
    result.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/"));
    result.memberId = QStringLiteral("m-nokeychain");
    result.scopes = {QStringLiteral("mail")};
    result.grant.accessToken = QStringLiteral("access-nokeychain-0123456789");
    result.grant.refreshToken = QStringLiteral("refresh-nokeychain-0123456789");
    mb::OAuthClientConfig config;
    config.clientId = QStringLiteral("local.nokeychain");
    config.clientSecret = QStringLiteral("secret-nokeychain-0123456789");
    const int before = int(accounts.accounts().size());
    Opened saved = waitOpened([&](AccountSession::Callback cb) {
        AccountSession::saveOAuth(&accounts, &secrets, result, config, &owner, cb);
    });
    print(QStringLiteral("save ") + saved.outcome() +
          QStringLiteral(" accounts=%1").arg(int(accounts.accounts().size()) - before));
    Opened opened = waitOpened([&](AccountSession::Callback cb) {
        AccountSession::open(&accounts, &secrets, existingId, config, &owner, cb);
    });
    print(QStringLiteral("open ") + opened.outcome() +
          QStringLiteral(" kept=%1").arg(accounts.contains(existingId) ? 1 : 0));
    return 0;
}

} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private:
    QString m_root; // the throw-away tree of with-keyring.sh
    QString m_service;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<fake::FakePortal> m_portal;

    QString settingsFile() const { return m_settingsDir->filePath(QStringLiteral("mb.ini")); }
    std::unique_ptr<AccountStore> newAccounts(SecretStore *secrets) const
    {
        return std::make_unique<AccountStore>(
            std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat), secrets);
    }
    // m_portal under its other loopback name: another registrable domain.
    QUrl portalByName() const
    {
        QUrl url = m_portal->baseUrl();
        url.setHost(QStringLiteral("localhost"));
        return url;
    }
    // Waits until what `session` changed is stored; the error of the last write.
    static SecretError settled(AccountSession &session)
    {
        std::optional<SecretError> result;
        session.settle([&](const SecretError &error) { result = error; });
        return testsupport::waitFor(result);
    }
    mb::OAuthSignInResult signIn(const mb::OAuthClientConfig &config)
    {
        ScriptedBrowser browser;
        const auto outcome = testsupport::signIn(*m_portal, config, browser);
        if (!outcome.result)
            qFatal("sign-in failed: %s", qPrintable(outcome.error->userMessage()));
        return *outcome.result;
    }
    QString child(const QStringList &args, const QProcessEnvironment &env, QByteArray *output) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        *output = p.readAll();
        return QString::number(p.exitCode());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = testsupport::privateKeyringRoot();
        if (m_root.isEmpty())
            QFAIL(testsupport::keyringRequired);
        m_service =
            QStringLiteral("MailboxBrowserSessionTest-%1").arg(QCoreApplication::applicationPid());
        m_settingsDir = std::make_unique<QTemporaryDir>(
            QDir::home().filePath(QStringLiteral("settings-XXXXXX")));
        QVERIFY(m_settingsDir->isValid());
    }

    void init()
    {
        m_portal = std::make_unique<fake::FakePortal>();
        QVERIFY(m_portal->start());
        m_portal->config().rateLimit = false;
    }
    void cleanup() { m_portal.reset(); }

    void oauthSavedAndRotationSurvivesRestart()
    {
        const mb::OAuthClientConfig config = testsupport::configFor(*m_portal);
        const mb::OAuthSignInResult result = signIn(config);
        QString id;
        QString rotated;
        {
            SecretStore secrets(m_service);
            auto accounts = newAccounts(&secrets);
            QObject owner;
            Opened saved = waitOpened([&](AccountSession::Callback cb) {
                AccountSession::saveOAuth(accounts.get(), &secrets, result, config, &owner, cb);
            });
            QVERIFY2(saved.session, qPrintable(saved.error));
            id = saved.session->accountId();
            const Account account = *accounts->account(id);
            QCOMPARE(account.authKind, Account::AuthKind::OAuth);
            QCOMPARE(account.portalUrl, m_portal->baseUrl());
            QCOMPARE(account.memberId, m_portal->memberId());
            QCOMPARE(account.scopes, (QStringList{QStringLiteral("mail"), QStringLiteral("user")}));
            QCOMPARE(account.clientId, m_portal->clientId());
            QCOMPARE(account.serverEndpoint, m_portal->authServerUrl());
            QCOMPARE(account.tokenExpiry, result.grant.expiresAt);
            QCOMPARE(readSecret(secrets, id, Kind::RefreshToken).second, result.grant.refreshToken);
            QCOMPARE(readSecret(secrets, id, Kind::ClientSecret).second, m_portal->clientSecret());

            mb::RestClient &client = *saved.session->client();
            client.setOptions(fast());
            m_portal->expireAllAccessTokens();
            QCOMPARE(callOnce(client).category(), mb::RestError::Category::None);
            rotated = saved.session->oauthCredential()->refreshToken();
            QVERIFY(rotated != result.grant.refreshToken);
            QCOMPARE(readSecret(secrets, id, Kind::RefreshToken).second, rotated);
            // The settings follow: the new expiry, and the user id the refresh revealed.
            QTRY_COMPARE(accounts->account(id)->userId, QStringLiteral("1"));
            QCOMPARE(accounts->account(id)->tokenExpiry,
                     saved.session->oauthCredential()->expiresAt());
        }
        // "Restart": new stores, new session, new client.
        SecretStore secrets(m_service);
        auto accounts = newAccounts(&secrets);
        QObject owner;
        Opened opened = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::open(accounts.get(), &secrets, id, config, &owner, cb);
        });
        QVERIFY2(opened.session, qPrintable(opened.error));
        QCOMPARE(opened.session->oauthCredential()->refreshToken(), rotated);
        mb::RestClient &client = *opened.session->client();
        client.setOptions(fast());
        m_portal->expireAllAccessTokens();
        m_portal->resetStats();
        // The old refresh token is void on the portal; only the persisted rotation works.
        QCOMPARE(callOnce(client).category(), mb::RestError::Category::None);
        QCOMPARE(m_portal->stats().tokenRefreshes, 1);
    }

    void webhookSavedNormalisedAndReopened()
    {
        const QString code = m_portal->addWebhook(1, {QStringLiteral("mail")});
        mb::NetworkAccessFactory network;
        mb::WebhookSetup setup(&network);
        setup.setClientOptions(fast());
        QSignalSpy checked(&setup, &mb::WebhookSetup::checked);
        QVERIFY(setup.check(m_portal->baseUrl().toString() + QStringLiteral("rest/1/") + code +
                            QStringLiteral("/mail.mailbox.list.json")));
        QVERIFY(checked.wait(waitMs));
        QCOMPARE(setup.status(), mb::MethodPermission::Status::Works);

        SecretStore secrets(m_service);
        auto accounts = newAccounts(&secrets);
        QObject owner;
        Opened saved = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::saveWebhook(accounts.get(), &secrets, setup.parts(), &owner, cb);
        });
        QVERIFY2(saved.session, qPrintable(saved.error));
        const QString id = saved.session->accountId();
        QCOMPARE(readSecret(secrets, id, Kind::WebhookUrl).second,
                 m_portal->baseUrl().toString() + QStringLiteral("rest/api/1/") + code +
                     QLatin1Char('/'));
        const Account account = *accounts->account(id);
        QCOMPARE(account.authKind, Account::AuthKind::Webhook);
        QCOMPARE(account.portalUrl, m_portal->baseUrl());
        QCOMPARE(account.userId, QStringLiteral("1"));

        Opened opened = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::open(accounts.get(), &secrets, id, {}, &owner, cb);
        });
        QVERIFY2(opened.session, qPrintable(opened.error));
        QVERIFY(!opened.session->credential()->displayUrl(QString()).contains(code));
        mb::RestClient &client = *opened.session->client();
        client.setOptions(fast());
        QCOMPARE(callOnce(client).category(), mb::RestError::Category::None);
    }

    // Opening a saved account connects to its portal at once: the handshake overlaps the
    // keychain read (nothing is sent before a call).
    void openingConnectsWhileTheKeychainIsRead()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const auto parts = mb::WebhookCredential::parse(
            QUrl(QStringLiteral("http://127.0.0.1:%1/rest/api/1/preconnectcode42/")
                     .arg(server.serverPort())));
        QVERIFY(parts);
        SecretStore secrets(m_service);
        auto accounts = newAccounts(&secrets);
        QObject owner;
        Opened saved = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::saveWebhook(accounts.get(), &secrets, *parts, &owner, cb);
        });
        QVERIFY2(saved.session, qPrintable(saved.error));
        QVERIFY(!server.hasPendingConnections());

        Opened opened = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::open(accounts.get(), &secrets, saved.session->accountId(), {}, &owner,
                                 cb);
        });
        QVERIFY2(opened.session, qPrintable(opened.error));
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), waitMs);
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        QCOMPARE(socket->bytesAvailable(), 0);
    }

    void movedWebhookRewritesTheKeychain()
    {
        // The webhook lives on m_portal now; its old address redirects there, to another
        // registrable domain (127.0.0.1 -> localhost).
        const QString code = m_portal->addWebhook(1, {QStringLiteral("mail")});
        const QUrl newPortal = portalByName();
        fake::FakePortal old;
        QVERIFY(old.start());
        old.config().movedTo = newPortal.toString();
        const mb::WebhookCredential::Parts parts{old.baseUrl(), QStringLiteral("1"), code};
        const QString path = QStringLiteral("rest/api/1/") + code + QLatin1Char('/');

        SecretStore secrets(m_service);
        QString id;
        {
            auto accounts = newAccounts(&secrets);
            QObject owner;
            Opened saved = waitOpened([&](AccountSession::Callback cb) {
                AccountSession::saveWebhook(accounts.get(), &secrets, parts, &owner, cb);
            });
            QVERIFY2(saved.session, qPrintable(saved.error));
            id = saved.session->accountId();
            mb::RestClient &client = *saved.session->client();
            client.setOptions(fast());
            // Refused until allowed: nothing moves, in the keychain or the settings.
            QCOMPARE(callOnce(client).category(), mb::RestError::Category::PortalMoved);
            QCOMPARE(settled(*saved.session).code(), SecretError::Code::None);
            QCOMPARE(readSecret(secrets, id, Kind::WebhookUrl).second,
                     old.baseUrl().toString() + path);
            QCOMPARE(accounts->account(id)->portalUrl, old.baseUrl());

            client.allowMoveTo(newPortal);
            QCOMPARE(callOnce(client).category(), mb::RestError::Category::None);
            QCOMPARE(settled(*saved.session).code(), SecretError::Code::None);
            // The secret path stays; the host is the new one, in both places.
            QCOMPARE(readSecret(secrets, id, Kind::WebhookUrl).second, newPortal.toString() + path);
            QCOMPARE(accounts->account(id)->portalUrl, newPortal);
        }
        // "Restart": settings and keychain read again; the account opens on the new portal.
        old.resetStats();
        auto accounts = newAccounts(&secrets);
        QCOMPARE(accounts->account(id)->portalUrl, newPortal);
        QObject owner;
        Opened opened = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::open(accounts.get(), &secrets, id, {}, &owner, cb);
        });
        QVERIFY2(opened.session, qPrintable(opened.error));
        QCOMPARE(opened.session->credential()->portalUrl(), newPortal);
        opened.session->client()->setOptions(fast());
        QCOMPARE(callOnce(*opened.session->client()).category(), mb::RestError::Category::None);
        QCOMPARE(old.stats().requests, 0);
    }

    void movedOAuthPortalKeepsTheTokens()
    {
        const mb::OAuthClientConfig config = testsupport::configFor(*m_portal);
        mb::OAuthSignInResult result = signIn(config);
        // Signed in when the portal was still at its old address, which now redirects.
        fake::FakePortal old;
        QVERIFY(old.start());
        const QUrl newPortal = portalByName();
        old.config().movedTo = newPortal.toString();
        result.portalUrl = old.baseUrl();
        result.grant.clientEndpoint = old.baseUrl().resolved(QUrl(QStringLiteral("rest/")));

        SecretStore secrets(m_service);
        QString id;
        QString refresh;
        {
            auto accounts = newAccounts(&secrets);
            QObject owner;
            Opened saved = waitOpened([&](AccountSession::Callback cb) {
                AccountSession::saveOAuth(accounts.get(), &secrets, result, config, &owner, cb);
            });
            QVERIFY2(saved.session, qPrintable(saved.error));
            id = saved.session->accountId();
            refresh = saved.session->oauthCredential()->refreshToken();
            mb::RestClient &client = *saved.session->client();
            client.setOptions(fast());
            client.allowMoveTo(newPortal);
            QCOMPARE(callOnce(client).category(), mb::RestError::Category::None);
            QCOMPARE(settled(*saved.session).code(), SecretError::Code::None);
            QCOMPARE(accounts->account(id)->portalUrl, newPortal);
        }
        old.resetStats();
        auto accounts = newAccounts(&secrets);
        QObject owner;
        Opened opened = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::open(accounts.get(), &secrets, id, config, &owner, cb);
        });
        QVERIFY2(opened.session, qPrintable(opened.error));
        QCOMPARE(opened.session->credential()->portalUrl(), newPortal);
        QCOMPARE(opened.session->oauthCredential()->refreshToken(), refresh);
        QCOMPARE(readSecret(secrets, id, Kind::RefreshToken).second, refresh);
        opened.session->client()->setOptions(fast());
        QCOMPARE(callOnce(*opened.session->client()).category(), mb::RestError::Category::None);
        QCOMPARE(old.stats().requests, 0);
        QCOMPARE(m_portal->stats().tokenRefreshes, 0);
    }

    void keychainUnavailableDeletesNothing()
    {
        // An account with its secrets in the keychain; then a process without any keychain
        // tries to save another and to open this one.
        SecretStore secrets(SecretStore::defaultService());
        auto accounts = newAccounts(&secrets);
        const mb::OAuthClientConfig config = testsupport::configFor(*m_portal);
        QObject owner;
        Opened saved = waitOpened([&](AccountSession::Callback cb) {
            AccountSession::saveOAuth(accounts.get(), &secrets, signIn(config), config, &owner, cb);
        });
        QVERIFY2(saved.session, qPrintable(saved.error));
        const QString id = saved.session->accountId();
        const QString refresh = saved.session->oauthCredential()->refreshToken();

        const QProcessEnvironment env = testsupport::withoutSecretService(
            QProcessEnvironment::systemEnvironment(), m_settingsDir->path());
        QByteArray output;
        QCOMPARE(child({QStringLiteral("--no-keychain"), settingsFile(), id}, env, &output),
                 QStringLiteral("0"));
        const QString text = QString::fromUtf8(output);
        QVERIFY2(text.contains(QStringLiteral("save failed NoBackend")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("accounts=0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("open failed NoBackend")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("kept=1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("keychain")));
        // Nothing was deleted: the account and its secrets are all still there.
        auto reread = newAccounts(&secrets);
        QVERIFY(reread->contains(id));
        QCOMPARE(readSecret(secrets, id, Kind::RefreshToken).second, refresh);
    }

    void noSecretAnywhere()
    {
        QTemporaryDir outside; // TMPDIR: not inside the searched tree
        QVERIFY(outside.isValid());
        QVERIFY(!QDir::cleanPath(outside.path()).startsWith(m_root + QLatin1Char('/')));
        const QString secretsFile = outside.filePath(QStringLiteral("issued.txt"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Every category at debug level, Qt's network internals included. Only the local
        // portal's server side (Qt HttpServer, in the same process here) is muted: it logs
        // each request it receives, which a real server would hold too.
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("*.debug=true;qt.httpserver*=false"));
        QByteArray output;
        const QString rc = child({QStringLiteral("--scenario"), secretsFile}, env, &output);

        QFile file(secretsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            // The scenario stopped early; its own last line says where (no secret in it).
            const QList<QByteArray> lines = output.split('\n');
            QByteArray last;
            for (const QByteArray &line : lines) {
                if (line.startsWith("SCENARIO"))
                    last = line;
            }
            QFAIL(last.isEmpty() ? "the scenario did not run" : last.constData());
        }
        const QList<QByteArray> secrets = file.readAll().split('\n');
        file.remove();
        QVERIFY2(secrets.size() >= 12, qPrintable(QString::number(secrets.size())));

        // Never print the child's output as is: it is what is being searched.
        auto masked = [&](QByteArray text) {
            for (const QByteArray &s : secrets)
                text.replace(s, "<SECRET>");
            return QString::fromUtf8(text);
        };
        QVERIFY2(rc == QStringLiteral("0") && output.contains("SCENARIO OK"),
                 qPrintable(masked(output)));
        QVERIFY(output.contains("revoked: "));
        QVERIFY(output.contains("wrong secret: "));

        QStringList leaks;
        const auto search = [&](const QString &where, const QByteArray &content) {
            for (qsizetype i = 0; i < secrets.size(); ++i) {
                if (testsupport::containsSecret(content, secrets.at(i)))
                    leaks << QStringLiteral("secret #%1 in %2").arg(i).arg(where);
            }
        };
        // The search itself works: a planted secret, plain and percent-encoded, is found.
        search(QStringLiteral("control"), "x" + secrets.first() + "y");
        search(QStringLiteral("control"),
               QUrl::toPercentEncoding(QString::fromUtf8(secrets.at(1))));
        QCOMPARE(leaks.size(), 2);
        leaks.clear();
        search(QStringLiteral("the child's output"), output);
        const int files =
            testsupport::forEachFile(m_root, [&](const QString &path, const QByteArray &content) {
                search(QDir(m_root).relativeFilePath(path), content);
            });
        QVERIFY(files > 0);
        // The default settings file of the scenario was among them.
        const QString conf = QSettings(QSettings::UserScope, QStringLiteral("MailboxBrowser"),
                                       QStringLiteral("MailboxBrowser"))
                                 .fileName();
        QVERIFY2(QFile::exists(conf), qPrintable(conf));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--scenario"))
        return runScenario(args.at(2));
    if (args.size() == 4 && args.at(1) == QLatin1String("--no-keychain"))
        return runNoKeychain(args.at(2), args.at(3));
    TestAccountSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountsession.moc"
