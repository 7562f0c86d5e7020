// The OAuth token lifecycle (docs §5.6) through RestClient against the local portal: refresh
// once on expired_token or a passed expiry, single flight for a burst of calls, rotation,
// "sign-in needed" when the refresh token is refused (after a look into the keychain),
// back-off after failures, short-lived tokens, and destruction mid-refresh. Where the
// portal cannot play the authorization server's part (5xx, odd expiries, an answer held
// back), a TokenServerStub does.

#include "FakePortal.h"
#include "OAuthTestSupport.h"
#include "auth/OAuthCredential.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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

// A stand-in for /oauth/token/ on 127.0.0.1 that counts requests and answers what the test
// says: a status and a body, or nothing until release().
class TokenServerStub : public QObject
{
public:
    explicit TokenServerStub(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    socket->deleteLater();
                });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }

    int status = 502;
    QByteArray body = "<html><title>502 Bad Gateway</title></html>";
    bool hold = false;
    int requests = 0;
    int disconnects = 0;
    QList<QByteArray> forms; // the request bodies

    // Answers the held requests with the current status and body.
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const QPointer<QTcpSocket> &socket : held) {
            if (socket)
                answer(socket);
        }
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray data = socket->property("data").toByteArray() + socket->readAll();
        socket->setProperty("data", data);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() < end + 4 + length)
            return;
        ++requests;
        forms << data.mid(end + 4, length);
        if (hold)
            m_held << socket;
        else
            answer(socket);
    }
    void answer(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_held;
};

QByteArray tokenAnswer(const QString &accessToken, const QString &refreshToken,
                       const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("access_token"), accessToken);
    o.insert(QStringLiteral("refresh_token"), refreshToken);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// refresh() straight on the credential, as RestClient calls it; the outcome.
std::optional<RestError> refreshAndWait(OAuthCredential &credential)
{
    std::optional<RestError> outcome;
    const auto connection = QObject::connect(&credential, &mb::Credential::refreshFinished,
                                             [&](const RestError &error) { outcome = error; });
    credential.refresh();
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
    QObject::disconnect(connection);
    return outcome;
}

// Until `nam` has no reply left, then until what their answers set off has run: each step
// of that chain (the callback, the keychain's answer) is one queued event.
bool settled(QNetworkAccessManager &nam)
{
    if (!QTest::qWaitFor([&] { return nam.findChildren<QNetworkReply *>().isEmpty(); }, 5000))
        return false;
    for (int step = 0; step < 10; ++step)
        QCoreApplication::processEvents();
    return true;
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
    QNetworkAccessManager m_nam; // plain: these tests talk to the local portal directly
    std::shared_ptr<qint64> m_clockOffsetMs;
    QDateTime m_clockBase;

    fake::FakePortal &portal() { return *m_portal; }
    mb::OAuthClientConfig config()
    {
        mb::OAuthClientConfig c = testsupport::configFor(portal());
        // Stands still unless a test moves it, so back-off steps can be hit to the millisecond.
        auto offset = m_clockOffsetMs;
        const QDateTime base = m_clockBase;
        c.clock = [base, offset] { return base.addMSecs(*offset); };
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
        m_clockOffsetMs = std::make_shared<qint64>(0);
        m_clockBase = QDateTime::currentDateTimeUtc();
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
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
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

    void expiredAgainAfterAFailedReplay()
    {
        // Found by the soak: a call refreshed once, its replay failed with a 500, and before
        // its retry the token expired again. It must refresh again, not ask for a sign-in.
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        portal().resetStats();
        bool faultArmed = false;
        bool expiredAgain = false;
        connect(&portal(), &fake::FakePortal::requestLogged, this, [&](const QString &line) {
            if (!faultArmed && line.endsWith(QLatin1String("-> 401"))) {
                faultArmed = true; // for the replay after the refresh
                portal().setFault(fake::Fault::InternalError, 1);
            } else if (faultArmed && !expiredAgain && line.endsWith(QLatin1String("-> 500"))) {
                expiredAgain = true;
                portal().expireAllAccessTokens();
            }
        });
        const QList<RestError> errors = burst(client, 1);
        QVERIFY(expiredAgain);
        QCOMPARE(failures(errors), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 2);
    }

    void expiredAgainRightAfterTheRefresh()
    {
        // Found by the soak: the tokens expired, a call refreshed, and the new token expired
        // too before the replay reached the portal. The refresh token is still good: refresh
        // again, do not ask for a sign-in.
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        portal().resetStats();
        int expiredAfterRefresh = 0;
        connect(&portal(), &fake::FakePortal::requestLogged, this, [&](const QString &line) {
            if (expiredAfterRefresh == 0 && line.contains(QLatin1String("/oauth/token/")) &&
                line.endsWith(QLatin1String("-> 200"))) {
                ++expiredAfterRefresh;
                portal().expireAllAccessTokens(); // the token just issued included
            }
        });
        const QList<RestError> errors = burst(client, 1);
        QCOMPARE(expiredAfterRefresh, 1);
        QCOMPARE(failures(errors), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 2);
    }

    void everyFreshTokenRefused()
    {
        // A portal that refuses each new token at once: a bounded number of refreshes, then
        // the call reports expired_token instead of looping.
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        portal().resetStats();
        connect(&portal(), &fake::FakePortal::requestLogged, this, [&](const QString &line) {
            if (line.contains(QLatin1String("/oauth/token/")))
                portal().expireAllAccessTokens();
        });
        const QList<RestError> errors = burst(client, 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().category(), Category::TokenExpired);
        QCOMPARE(portal().stats().tokenRefreshes, mb::RestClient::MaxRefreshesPerCall);
    }

    void storedExpiryPassed()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(4));
        QVERIFY(!credential->isExpired());

        // Our clock passes the stored expiry; the portal still accepts the old token, so a
        // refresh can only come from the stored expiry.
        *m_clockOffsetMs = 3600 * 1000;
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
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        QCOMPARE(failures(burst(client, 5)), 0);
        QTest::qWait(300); // idle: no timer renews anything
        QCOMPARE(portal().stats().tokenRefreshes, 0);
    }

    void revokedRefreshToken()
    {
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
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
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(broken, config(), &m_nam));
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
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
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

    // --- The keychain knows better: the other program rotated the pair. ---

    void refusedRefreshAdoptsTheStoredPair()
    {
        const mb::OAuthSignInResult result = signIn();
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString account = QStringLiteral("4f7c9a5e-0000-4000-8000-000000000002");
        // Two programs on one account (the GUI and b24mail), sharing its keychain entries.
        std::unique_ptr<OAuthCredential> ours(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        std::unique_ptr<OAuthCredential> other(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        ours->setSecretStore(&store, account);
        other->setSecretStore(&store, account);
        mb::RestClient client(ours.get());
        client.setOptions(options(1));
        QSignalSpy signInNeeded(ours.get(), &OAuthCredential::signInNeeded);

        // Our access token expires; the other program refreshes first, which voids our
        // refresh token on the portal and stores its new pair.
        portal().expireAllAccessTokens();
        portal().resetStats();
        const auto otherRefresh = refreshAndWait(*other);
        QVERIFY(otherRefresh && !otherRefresh->isError());
        QCOMPARE(portal().stats().tokenRefreshes, 1);

        // Our call gets expired_token; our refresh is refused; the keychain has the pair.
        QCOMPARE(failures(burst(client, 3)), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 2);
        QCOMPARE(signInNeeded.count(), 0);
        QCOMPARE(ours->state(), OAuthCredential::State::Ready);
        QCOMPARE(ours->refreshToken(), other->refreshToken());
        QCOMPARE(ours->accessToken(), other->accessToken());
    }

    void refusedRefreshRenewsWithTheStoredRefreshToken()
    {
        // The other program stored its new refresh token but not (yet) its access token:
        // ours renews once with the stored refresh token.
        const mb::OAuthSignInResult result = signIn();
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString account = QStringLiteral("4f7c9a5e-0000-4000-8000-000000000003");
        std::unique_ptr<OAuthCredential> ours(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        ours->setSecretStore(&store, account);
        mb::RestClient client(ours.get());
        client.setOptions(options(1));

        mb::TokenEndpoint endpoint(config(), &m_nam);
        std::optional<mb::TokenGrant> rotated;
        endpoint.refresh(portal().authServerUrl(), result.grant.refreshToken, this,
                         [&](const mb::OAuthError &, const mb::TokenGrant &g) { rotated = g; });
        QVERIFY(QTest::qWaitFor([&] { return rotated.has_value(); }, 5000));
        QVERIFY(!rotated->refreshToken.isEmpty());
        std::optional<mb::SecretError> written;
        store.write(account, mb::SecretStore::Kind::RefreshToken, rotated->refreshToken, this,
                    [&](const mb::SecretError &e) { written = e; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 5000));

        portal().expireAllAccessTokens();
        portal().resetStats();
        QCOMPARE(failures(burst(client, 3)), 0);
        // Refused with ours, renewed with the stored one; nothing else.
        QCOMPARE(portal().stats().tokenRefreshes, 2);
        QCOMPARE(ours->state(), OAuthCredential::State::Ready);
        QVERIFY(ours->refreshToken() != rotated->refreshToken);
        QVERIFY(ours->refreshToken() != result.grant.refreshToken);
    }

    void refusedRefreshWithNothingNewStored()
    {
        const mb::OAuthSignInResult result = signIn();
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString account = QStringLiteral("4f7c9a5e-0000-4000-8000-000000000004");
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        credential->setSecretStore(&store, account);
        std::optional<mb::SecretError> written;
        store.write(account, mb::SecretStore::Kind::RefreshToken, result.grant.refreshToken, this,
                    [&](const mb::SecretError &e) { written = e; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 5000));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));

        portal().expireAllAccessTokens();
        portal().revokeAllRefreshTokens();
        portal().resetStats();
        for (const RestError &e : burst(client, 2))
            QCOMPARE(e.category(), Category::SignInNeeded);
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        QCOMPARE(credential->state(), OAuthCredential::State::SignInNeeded);
    }

    // --- Failures that may pass back off. ---

    void failedRefreshBacksOff()
    {
        TokenServerStub stub;
        const mb::OAuthSignInResult result = signIn();
        mb::OAuthSignInResult viaStub = result;
        viaStub.tokenServer = stub.url();
        viaStub.grant.expiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(viaStub, config(), &m_nam));
        QVERIFY(credential->isExpired());
        const auto advance = [this](qint64 ms) { *m_clockOffsetMs += ms; };

        auto outcome = refreshAndWait(*credential);
        QVERIFY(outcome && outcome->isError());
        QCOMPARE(outcome->category(), Category::Protocol);
        QCOMPARE(stub.requests, 1);
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);

        // Within the delay the same error comes back at once; the server is not asked.
        qint64 delay = OAuthCredential::BackoffFirstMs;
        for (int round = 0; round < 8; ++round) {
            outcome = refreshAndWait(*credential);
            QVERIFY(outcome && outcome->isError());
            QCOMPARE(outcome->category(), Category::Protocol);
            advance(delay - 1);
            outcome = refreshAndWait(*credential);
            QVERIFY(outcome && outcome->isError());
            QCOMPARE(stub.requests, 1 + round);
            advance(1);
            outcome = refreshAndWait(*credential);
            QVERIFY(outcome && outcome->isError());
            QCOMPARE(stub.requests, 2 + round);
            delay = std::min(delay * 2, OAuthCredential::BackoffMaxMs);
        }
        QCOMPARE(delay, OAuthCredential::BackoffMaxMs); // 2, 4, ... 32, then 60 s

        // The server recovers: the next attempt succeeds and the back-off starts over.
        advance(delay);
        stub.status = 200;
        stub.body = tokenAnswer(portal().issueAccessToken(1, {QStringLiteral("mail")}),
                                QStringLiteral("refresh-from-the-stub-0001"),
                                {{QStringLiteral("expires_in"), 3600}});
        outcome = refreshAndWait(*credential);
        QVERIFY(outcome && !outcome->isError());
        const int before = stub.requests;
        stub.status = 500;
        advance(3600 * 1000);
        QVERIFY(credential->isExpired());
        QVERIFY(refreshAndWait(*credential)->isError());
        QCOMPARE(stub.requests, before + 1);
        advance(OAuthCredential::BackoffFirstMs);
        QVERIFY(refreshAndWait(*credential)->isError());
        QCOMPARE(stub.requests, before + 2);
    }

    // --- Short-lived tokens cost one refresh, not one per call. ---

    void tokenLivingLessThanTheMargin()
    {
        portal().config().accessTokenTtlSecs = 5;
        const mb::OAuthSignInResult result = signIn();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(result, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        portal().resetStats();
        QCOMPARE(failures(burst(client, 10)), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        QVERIFY(!credential->isExpired()); // its 5 s have not passed on our clock
        QCOMPARE(failures(burst(client, 10)), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 1);

        // Once it really is over, one refresh again.
        *m_clockOffsetMs += 5000;
        QVERIFY(credential->isExpired());
        QCOMPARE(failures(burst(client, 10)), 0);
        QCOMPARE(portal().stats().tokenRefreshes, 2);
    }

    void tokenExpiredOnArrival()
    {
        // The server names an expiry already past on our clock (a skewed clock, or an
        // answer without expires_in): the token is used until the portal says otherwise.
        TokenServerStub stub;
        const mb::OAuthSignInResult result = signIn();
        mb::OAuthSignInResult viaStub = result;
        viaStub.tokenServer = stub.url();
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(viaStub, config(), &m_nam));
        mb::RestClient client(credential.get());
        client.setOptions(options(1));
        portal().expireAllAccessTokens();
        stub.status = 200;
        stub.body = tokenAnswer(portal().issueAccessToken(1, {QStringLiteral("mail")}),
                                QStringLiteral("refresh-from-the-stub-0002"),
                                {{QStringLiteral("expires"), 1000}});
        QCOMPARE(failures(burst(client, 10)), 0);
        QCOMPARE(stub.requests, 1);
        QVERIFY(!credential->isExpired());
        QCOMPARE(failures(burst(client, 10)), 0);
        QCOMPARE(stub.requests, 1);

        // When the portal does refuse it, one refresh follows.
        portal().expireAllAccessTokens();
        stub.body = tokenAnswer(portal().issueAccessToken(1, {QStringLiteral("mail")}),
                                QStringLiteral("refresh-from-the-stub-0003"),
                                {{QStringLiteral("expires"), 1000}});
        QCOMPARE(failures(burst(client, 5)), 0);
        QCOMPARE(stub.requests, 2);
    }

    // --- A sign-in during a refresh (issue 13): the new grant wins, one request at a time. ---

    void signInDuringRefreshWins()
    {
        TokenServerStub stub;
        stub.hold = true;
        stub.status = 200;
        stub.body = tokenAnswer(QStringLiteral("stale-access-token-0001"),
                                QStringLiteral("stale-refresh-token-0001"),
                                {{QStringLiteral("expires_in"), 3600}});
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString account = QStringLiteral("4f7c9a5e-0000-4000-8000-000000000007");
        mb::OAuthSignInResult viaStub = signIn();
        viaStub.tokenServer = stub.url();
        viaStub.grant.expiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        QNetworkAccessManager nam; // its own, so its replies can be counted
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(viaStub, config(), &nam));
        credential->setSecretStore(&store, account);
        QList<RestError> finished;
        connect(credential.get(), &mb::Credential::refreshFinished, this,
                [&](const RestError &e) { finished << e; });
        credential->refresh();
        QVERIFY(QTest::qWaitFor([&] { return stub.requests == 1; }, 5000));

        // The user signs in again while the old refresh is still out.
        mb::OAuthSignInResult again = signIn();
        again.tokenServer = stub.url();
        bool applied = false;
        credential->applySignIn(again, [&](const mb::SecretError &) { applied = true; });
        QVERIFY(QTest::qWaitFor([&] { return applied; }, 5000));
        QCOMPARE(credential->accessToken(), again.grant.accessToken);
        // The calls held for the refresh go on at once, with the new grant.
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 1; }, 5000));
        QVERIFY(!finished.constFirst().isError());

        // The old refresh's answer comes late: it is dropped, in memory and in the keychain.
        stub.release();
        QVERIFY(settled(nam));
        QCOMPARE(credential->accessToken(), again.grant.accessToken);
        QCOMPARE(credential->refreshToken(), again.grant.refreshToken);
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);
        QCOMPARE(finished.size(), 1);
        std::optional<QString> stored;
        store.read(account, mb::SecretStore::Kind::RefreshToken, this,
                   [&](const mb::SecretError &, const QString &value) { stored = value; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 5000));
        QCOMPARE(*stored, again.grant.refreshToken);
    }

    void staleRefusalDoesNotAskForSignIn()
    {
        // The old refresh token is refused (the sign-in voided it): not "sign in again".
        TokenServerStub stub;
        stub.hold = true;
        stub.status = 400;
        stub.body = R"({"error":"invalid_grant","error_description":"Invalid refresh token"})";
        mb::OAuthSignInResult viaStub = signIn();
        viaStub.tokenServer = stub.url();
        viaStub.grant.expiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        QNetworkAccessManager nam;
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(viaStub, config(), &nam));
        QSignalSpy signInNeeded(credential.get(), &OAuthCredential::signInNeeded);
        credential->refresh();
        QVERIFY(QTest::qWaitFor([&] { return stub.requests == 1; }, 5000));
        mb::OAuthSignInResult again = signIn();
        again.tokenServer = stub.url();
        credential->applySignIn(again);
        stub.release();
        QVERIFY(settled(nam));
        QCOMPARE(signInNeeded.size(), 0);
        QCOMPARE(credential->state(), OAuthCredential::State::Ready);
        QCOMPARE(credential->accessToken(), again.grant.accessToken);
    }

    void oneTokenRequestAtATime()
    {
        TokenServerStub stub;
        stub.hold = true;
        stub.status = 200;
        stub.body = tokenAnswer(QStringLiteral("stale-access-token-0002"),
                                QStringLiteral("stale-refresh-token-0002"),
                                {{QStringLiteral("expires_in"), 3600}});
        QNetworkAccessManager nam; // its own, so its replies can be counted
        mb::OAuthSignInResult viaStub = signIn();
        viaStub.tokenServer = stub.url();
        viaStub.grant.expiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        std::unique_ptr<OAuthCredential> credential(
            OAuthCredential::fromSignIn(viaStub, config(), &nam));
        QList<RestError> finished;
        connect(credential.get(), &mb::Credential::refreshFinished, this,
                [&](const RestError &e) { finished << e; });
        credential->refresh();
        QVERIFY(QTest::qWaitFor([&] { return stub.requests == 1; }, 5000));

        // A new sign-in; a call carries its token and comes back expired_token.
        mb::OAuthSignInResult again = signIn();
        again.tokenServer = stub.url();
        again.grant.serverEndpoint = QUrl(); // refreshes keep going to the stub
        bool applied = false;
        credential->applySignIn(again, [&](const mb::SecretError &) { applied = true; });
        QVERIFY(QTest::qWaitFor([&] { return applied && finished.size() == 1; }, 5000));
        QNetworkRequest signedCall;
        QJsonObject body;
        credential->authorize(signedCall, &body);
        credential->refresh();
        // Nothing more went out while the first request is open.
        QCOMPARE(nam.findChildren<QNetworkReply *>().size(), 1);

        // Once it is answered (and dropped), the refresh for the new grant runs, with the
        // new refresh token.
        stub.release();
        QVERIFY(QTest::qWaitFor([&] { return stub.requests == 2; }, 5000));
        QVERIFY(stub.forms.at(1).contains(again.grant.refreshToken.toUtf8()));
        QCOMPARE(credential->accessToken(), again.grant.accessToken);
        stub.body = tokenAnswer(QStringLiteral("fresh-access-token-0003"),
                                QStringLiteral("fresh-refresh-token-0003"),
                                {{QStringLiteral("expires_in"), 3600}});
        stub.release();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 5000));
        QVERIFY(!finished.constLast().isError());
        QCOMPARE(credential->accessToken(), QStringLiteral("fresh-access-token-0003"));
        QCOMPARE(stub.requests, 2);
    }

    // --- Destroyed mid-refresh: no crash, no call into freed memory (run under asan). ---

    void destroyedWhileTheTokenRequestRuns()
    {
        TokenServerStub stub;
        stub.hold = true;
        stub.status = 200;
        stub.body = tokenAnswer(QStringLiteral("late-access-token-0001"),
                                QStringLiteral("late-refresh-token-0001"),
                                {{QStringLiteral("expires_in"), 3600}});
        QNetworkAccessManager nam; // shared: outlives the credential
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        const mb::OAuthSignInResult result = signIn();
        mb::OAuthSignInResult viaStub = result;
        viaStub.tokenServer = stub.url();
        viaStub.grant.expiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        auto *credential = OAuthCredential::fromSignIn(viaStub, config(), &nam);
        credential->setSecretStore(&store, QStringLiteral("4f7c9a5e-0000-4000-8000-000000000005"));
        int finished = 0;
        connect(credential, &mb::Credential::refreshFinished, this, [&] { ++finished; });
        credential->refresh();
        QVERIFY(QTest::qWaitFor([&] { return stub.requests == 1; }, 5000));
        delete credential;
        // The request was abandoned with it, not left running in the shared manager.
        QVERIFY(
            nam.findChildren<QNetworkReply *>().isEmpty() ||
            QTest::qWaitFor([&] { return nam.findChildren<QNetworkReply *>().isEmpty(); }, 5000));
        stub.release();
        QVERIFY(QTest::qWaitFor([&] { return stub.disconnects >= 1; }, 5000));
        QCOMPARE(finished, 0);
    }

    void destroyedWhileTheKeychainWrites()
    {
        const mb::OAuthSignInResult result = signIn();
        mb::SecretStore store(QStringLiteral("unused"));
        store.setMode(mb::SecretStore::Mode::SessionOnly);
        QPointer<OAuthCredential> credential(OAuthCredential::fromSignIn(result, config(), &m_nam));
        credential->setSecretStore(&store, QStringLiteral("4f7c9a5e-0000-4000-8000-000000000006"));
        int finished = 0;
        connect(credential, &mb::Credential::refreshFinished, this, [&] { ++finished; });
        // changed() comes after the refresh token was stored and before the access token's
        // write has answered: the owner lets go of the credential right then.
        connect(credential, &mb::Credential::changed, credential, &QObject::deleteLater);
        portal().resetStats();
        credential->refresh();
        QVERIFY(QTest::qWaitFor([&] { return credential.isNull(); }, 5000));
        QCOMPARE(portal().stats().tokenRefreshes, 1);
        // Whatever was queued for it (the keychain's answer, refreshFinished) is dropped.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished, 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenLifecycle)
#include "tst_tokenlifecycle.moc"
