// The OAuth token lifecycle (docs §5.6) through RestClient against the local portal: refresh
// once on expired_token or a passed expiry, single flight for a burst of calls, rotation,
// and "sign-in needed" when the refresh token is refused.

#include "FakePortal.h"
#include "OAuthTestSupport.h"
#include "auth/OAuthCredential.h"
#include "auth/SecretStore.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using mb::OAuthCredential;
using mb::RestError;
using Category = mb::RestError::Category;

namespace {

const QString method = QStringLiteral("mail.mailbox.field.list");

mb::ClientOptions options(int concurrent)
{
    mb::ClientOptions o;
    o.retryBaseDelayMs = 20;
    o.rateLimitEnabled = false;
    o.maxConcurrent = concurrent;
    return o;
}

// Fires `count` calls at once and waits for all of them.
QList<RestError> burst(mb::RestClient &client, int count)
{
    QList<mb::RestReply *> replies;
    for (int i = 0; i < count; ++i)
        replies << client.call(method,
                               {{QLatin1String("select"), QJsonArray{QStringLiteral("name")}}});
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](mb::RestReply *r) { return r->isFinished(); });
        },
        20000);
    QList<RestError> errors;
    for (mb::RestReply *r : replies) {
        errors << (r->isFinished() ? r->error() : RestError(Category::Timeout));
        delete r;
    }
    return errors;
}

int failures(const QList<RestError> &errors)
{
    return int(std::count_if(errors.begin(), errors.end(),
                             [](const RestError &e) { return e.isError(); }));
}

} // namespace

class TestTokenLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fake::FakePortal> m_portal;
    std::shared_ptr<qint64> m_clockOffsetSecs;

    fake::FakePortal &portal() { return *m_portal; }
    mb::OAuthClientConfig config()
    {
        mb::OAuthClientConfig c = testsupport::configFor(portal());
        auto offset = m_clockOffsetSecs;
        c.clock = [offset] { return QDateTime::currentDateTimeUtc().addSecs(*offset); };
        return c;
    }
    mb::OAuthSignInResult signIn()
    {
        ScriptedBrowser browser;
        const auto outcome = testsupport::signIn(portal(), config(), browser);
        if (!outcome.result)
            qFatal("sign-in failed: %s", qPrintable(outcome.error->userMessage()));
        return *outcome.result;
    }

private Q_SLOTS:
    void init()
    {
        m_clockOffsetSecs = std::make_shared<qint64>(0);
        m_portal = std::make_unique<fake::FakePortal>();
        QString error;
        QVERIFY2(m_portal->start(0, &error), qPrintable(error));
        m_portal->config().rateLimit = false;
    }
    void cleanup() { m_portal.reset(); }

    void expiredTokenDuringBurst_data()
    {
        QTest::addColumn<int>("concurrent");
        QTest::newRow("one stream") << 1;
        QTest::newRow("four on the wire") << 4;
    }
    void expiredTokenDuringBurst()
    {
        QFETCH(int, concurrent);
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config()));
        mb::RestClient client(credential.get());
        client.setOptions(options(concurrent));
        QCOMPARE(failures(burst(client, 3)), 0);

        portal().expireAllAccessTokens();
        portal().resetStats();
        QSignalSpy changed(credential.get(), &mb::Credential::changed);
        const QList<RestError> errors = burst(client, 20);
        QCOMPARE(errors.size(), 20);
        QCOMPARE(failures(errors), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(credential->refreshToken() != result.grant.refreshToken);
        QVERIFY(credential->accessToken() != result.grant.accessToken);
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);
        // A refresh answer names the user.
        QCOMPARE(credential->userId(), QStringLiteral("1"));
    }

    void storedExpiryPassed()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config()));
        mb::RestClient client(credential.get());
        client.setOptions(options(4));
        QVERIFY(!credential->isExpired());

        // Our clock passes the stored expiry; the portal still accepts the old token, so a
        // refresh can only come from the stored expiry.
        *m_clockOffsetSecs = 3600;
        QVERIFY(credential->isExpired());
        portal().resetStats();
        QCOMPARE(failures(burst(client, 20)), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        QVERIFY(!credential->isExpired());
        QCOMPARE(portal().stats().perMethod.value(method), 20); // none sent with the old token
    }

    void noRefreshWithoutNeed()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config()));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        QCOMPARE(failures(burst(client, 5)), 0);
        QTest::qWait(300); // idle: no timer renews anything
        QCOMPARE(portal().stats().tokenRefreshes, 0);
    }

    void revokedRefreshToken()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config()));
        mb::RestClient client(credential.get());
        client.setOptions(options(4));
        QSignalSpy signInNeeded(credential.get(), &OAuthCredential::signInNeeded);

        portal().expireAllAccessTokens();
        portal().revokeAllRefreshTokens();
        portal().resetStats();
        const QList<RestError> errors = burst(client, 5);
        for (const RestError &e : errors)
            QCOMPARE(e.category(), Category::SignInNeeded);
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        QCOMPARE(signInNeeded.count(), 1);
        QCOMPARE(signInNeeded.at(0).at(0).value<mb::OAuthError>().code(),
                 mb::OAuthError::Code::RefreshRejected);
        QCOMPARE(credential->state(), OAuthCredential::State::SignInNeeded);
        QVERIFY(!errors.first().userMessage().isEmpty());

        // Later calls fail the same way at once, without asking the server again.
        QCOMPARE(burst(client, 2).first().category(), Category::SignInNeeded);
        QCOMPARE(portal().stats().tokenRefreshes, 1);

        // The user signs in again; the same credential and client go on, and the caller
        // replays what failed.
        const mb::OAuthSignInResult again = signIn();
        std::optional<mb::SecretError> stored;
        credential->applySignIn(again, [&](const mb::SecretError &e) { stored = e; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 5000));
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);
        QCOMPARE(failures(burst(client, 5)), 0);
        QCOMPARE(credential->refreshToken(), again.grant.refreshToken);
    }

    void authorizationServerDown()
    {
        const mb::OAuthSignInResult result = signIn();
        mb::OAuthSignInResult broken = result;
        broken.tokenServer = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(broken, config()));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        const QList<RestError> errors = burst(client, 3);
        for (const RestError &e : errors)
            QCOMPARE(e.category(), Category::Network);
        // A network failure is no reason to ask the user to sign in again.
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);
        QCOMPARE(credential->refreshToken(), result.grant.refreshToken);
    }

    void rotatedTokenWrittenBeforeUse()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config()));
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString account = QStringLiteral("4f7c9a5e-0000-4000-8000-000000000001");
        credential->setSecretStore(&store, account);
        mb::RestClient client(credential.get());
        client.setOptions(options(1));

        // At the moment the client is told the refresh is done, the store must hold the
        // new refresh token already.
        std::optional<QString> storedAtFinish;
        connect(credential.get(), &mb::Credential::refreshFinished, this, [&] {
            store.read(account, mb::SecretStore::Kind::RefreshToken, this,
                       [&](const mb::SecretError &, const QString &s) { storedAtFinish = s; });
        });
        portal().expireAllAccessTokens();
        QCOMPARE(failures(burst(client, 2)), 0);
        QVERIFY(QTest::qWaitFor([&] { return storedAtFinish.has_value(); }, 5000));
        QCOMPARE(*storedAtFinish, credential->refreshToken());
        QVERIFY(*storedAtFinish != result.grant.refreshToken);
    }
};

QTEST_GUILESS_MAIN(TestTokenLifecycle)
#include "tst_tokenlifecycle.moc"
