// The whole OAuth sign-in against the local portal, driven by a scripted browser that
// follows the authorize URL with its own network access.

#include "FakePortal.h"
#include "OAuthTestSupport.h"
#include "ScriptedBrowser.h"
#include "auth/OAuthSignIn.h"
#include "auth/RedirectPage.h"
#include "auth/TokenEndpoint.h"
#include "rest/SecretRedactor.h"
#include "rest/UntrustedText.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using mb::OAuthError;
using mb::OAuthSignIn;
using mb::OAuthSignInResult;
using Code = mb::OAuthError::Code;

namespace {

// One sign-in through its own scripted browser, and everything it reports, in order. The
// browser may be scripted (beforeRedirect, refuseToOpen) until the sign-in starts.
struct Attempt
{
    ScriptedBrowser browser;
    QStringList events;
    std::optional<OAuthSignInResult> result;
    std::optional<OAuthError> error;
    OAuthSignIn signIn; // last: gone before what it reports to

    explicit Attempt(const mb::OAuthClientConfig &config)
        : signIn(config, browser.opener(), testsupport::directNetwork())
    {
        QObject::connect(&signIn, &OAuthSignIn::succeeded, [this](const OAuthSignInResult &r) {
            events << QStringLiteral("succeeded");
            result = r;
        });
        QObject::connect(&signIn, &OAuthSignIn::failed, [this](const OAuthError &e) {
            events << QStringLiteral("failed");
            error = e;
        });
        QObject::connect(&signIn, &OAuthSignIn::scopeMissing,
                         [this](const QString &scope, const QStringList &) {
                             events << QStringLiteral("scopeMissing:") + scope;
                         });
    }
    // Until the sign-in succeeded or failed.
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value() || error.has_value(); },
                               timeoutMs);
    }
    // Starts the sign-in (loopback redirect) and waits for its end.
    bool run(const QUrl &portalUrl)
    {
        signIn.start(portalUrl);
        return wait();
    }
    // Until the browser has nothing more to do.
    bool browserDone()
    {
        return QTest::qWaitFor([this] { return browser.done; }, 5000);
    }
    Code code() const { return error ? error->code() : Code::None; }
    // For QVERIFY2 messages: why there is no result.
    QByteArray failure() const { return error ? error->userMessage().toUtf8() : QByteArray(); }
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A clock that stands still until the test moves it.
struct TestClock
{
    std::shared_ptr<QDateTime> now =
        std::make_shared<QDateTime>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    std::function<QDateTime()> function() const
    {
        return [now = now] { return *now; };
    }
    void advanceMs(qint64 ms) { *now = now->addMSecs(ms); }
};

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

QString query(const QUrl &url, const char *key)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fake::FakePortal> m_portal;
    QNetworkAccessManager m_nam;

    fake::FakePortal &portal() { return *m_portal; }
    mb::OAuthClientConfig config() { return testsupport::configFor(portal()); }

    static bool pageSays(const QByteArray &page, mb::RedirectPage::Kind kind)
    {
        return page == mb::RedirectPage::html(kind);
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<fake::FakePortal>();
        QString error;
        QVERIFY2(m_portal->start(0, &error), qPrintable(error));
    }
    void cleanup() { m_portal.reset(); }

    void success()
    {
        TestClock clock;
        mb::OAuthClientConfig c = config();
        c.clock = clock.function();
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(!attempt.error, attempt.failure());
        QCOMPARE(attempt.events, QStringList{QStringLiteral("succeeded")});
        QCOMPARE(attempt.signIn.stage(), OAuthSignIn::Stage::Succeeded);

        // The authorize URL: client_id, a fresh long state, and the loopback redirect_uri.
        const QUrl authorize = attempt.browser.openedUrl;
        QCOMPARE(attempt.browser.opened, 1);
        QCOMPARE(authorize.path(), QStringLiteral("/oauth/authorize/"));
        QCOMPARE(query(authorize, "client_id"), portal().clientId());
        QVERIFY(query(authorize, "state").size() >= 43);
        const QUrl redirect(query(authorize, "redirect_uri"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect, attempt.signIn.redirectUri());
        QVERIFY(!authorize.toString().contains(portal().clientSecret()));

        // The browser was answered with the "you may close this window" page.
        QVERIFY(attempt.browserDone());
        QCOMPARE(attempt.browser.landingStatus, 200);
        QVERIFY(pageSays(attempt.browser.landingPage, mb::RedirectPage::Kind::Success));
        QVERIFY(attempt.browser.landingPage.contains("close this window"));

        const OAuthSignInResult &r = *attempt.result;
        QCOMPARE(r.portalUrl, portal().baseUrl());
        QCOMPARE(r.memberId, portal().memberId());
        QCOMPARE(r.scopes, (QStringList{QStringLiteral("mail"), QStringLiteral("user")}));
        QVERIFY(r.hasMailScope());
        QCOMPARE(r.tokenServer, portal().authServerUrl());
        QCOMPARE(r.clientId, portal().clientId());
        QVERIFY(!r.grant.accessToken.isEmpty());
        QVERIFY(!r.grant.refreshToken.isEmpty());
        QCOMPARE(r.grant.clientEndpoint,
                 portal().baseUrl().resolved(QUrl(QStringLiteral("rest/"))));
        // expires_in counts from the receipt, on the injected clock.
        QCOMPARE(r.grant.expiresAt, clock.now->addSecs(3600));
        // One authorize page, one exchange: nothing was retried or polled.
        QCOMPARE(portal().stats().requests, 1);
        QCOMPARE(portal().stats().codeExchanges, 1);
        QCOMPARE(portal().stats().tokenRefreshes, 0);

        // One shot: the listener is gone once the code arrived.
        QCOMPARE(ScriptedBrowser::fetch(redirect).first, -2);
        // Every secret is known to the redactor.
        const QString line = r.grant.accessToken + QLatin1Char(' ') + r.grant.refreshToken;
        QVERIFY(!mb::SecretRedactor::instance().redact(line).contains(r.grant.accessToken));
        QVERIFY(!mb::SecretRedactor::instance().redact(line).contains(r.grant.refreshToken));
    }

    void freshStateEachTime()
    {
        QSet<QString> states;
        for (int i = 0; i < 50; ++i)
            states.insert(OAuthSignIn::newState());
        QCOMPARE(states.size(), 50);
        for (const QString &s : std::as_const(states))
            QCOMPARE(QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                     32);
    }

    void strayRequestsAreIgnored()
    {
        // Before the portal's answer arrives, the listener gets requests with a wrong state
        // (a stale tab, a local program that guessed the port) or none: each is answered
        // with the neutral page, its code is never redeemed, and the sign-in keeps waiting.
        Attempt attempt(config());
        QList<std::pair<int, QByteArray>> strays;
        attempt.browser.beforeRedirect = [&](QUrl &location) {
            QUrl foreign = location;
            QUrlQuery q(foreign);
            q.removeAllQueryItems(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), OAuthSignIn::newState());
            foreign.setQuery(q);
            strays << ScriptedBrowser::fetch(foreign);
            QUrl stateless = location;
            stateless.setQuery(QStringLiteral("code=strayC0de77&error=access_denied"));
            strays << ScriptedBrowser::fetch(stateless);
            QUrl scanner = location;
            scanner.setPath(QStringLiteral("/admin"));
            strays << ScriptedBrowser::fetch(scanner);
            return attempt.signIn.stage() == OAuthSignIn::Stage::WaitingForBrowser;
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(attempt.result, attempt.failure());
        QCOMPARE(strays.size(), 3);
        for (const auto &[status, page] : std::as_const(strays)) {
            QCOMPARE(status, 404);
            QVERIFY(pageSays(page, mb::RedirectPage::Kind::NotFound));
        }
        QVERIFY(attempt.browserDone());
        QVERIFY(pageSays(attempt.browser.landingPage, mb::RedirectPage::Kind::Success));
        // Only the real code was exchanged.
        QCOMPARE(portal().stats().codeExchanges, 1);
        QCOMPARE(attempt.events, QStringList{QStringLiteral("succeeded")});
        // A stray code is not registered as a secret (it could be an ordinary word).
        QCOMPARE(mb::SecretRedactor::instance().redact(QStringLiteral("strayC0de77")),
                 QStringLiteral("strayC0de77"));
    }

    void deniedConsentRedirect()
    {
        // Standard OAuth: a denial redirects with error=access_denied. Bitrix24 documents an
        // error page instead (see deniedConsentErrorPage); both must end the sign-in.
        Attempt attempt(config());
        attempt.browser.beforeRedirect = [](QUrl &location) {
            const QString state = query(location, "state");
            location.setQuery(QStringLiteral("error=access_denied&error_description=no&state=") +
                              state);
            return true;
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::Denied);
        QCOMPARE(attempt.error->detail(), QStringLiteral("access_denied"));
        QVERIFY(attempt.browserDone());
        QVERIFY(pageSays(attempt.browser.landingPage, mb::RedirectPage::Kind::Failure));
        QCOMPARE(portal().stats().codeExchanges, 0);
    }

    void deniedConsentErrorPage()
    {
        portal().config().authorizeApproves = false;
        TestClock clock;
        mb::OAuthClientConfig c = config();
        c.clock = clock.function();
        c.redirectTimeoutMs = 100;
        Attempt attempt(c);
        attempt.signIn.start(portal().baseUrl());
        QVERIFY(attempt.browserDone());
        QVERIFY(attempt.browser.portalPage.contains("Access denied"));
        // The timeout is measured on the config's clock: while it stands still, the wake-up
        // timer fires again and again (every 100 ms) and the sign-in keeps waiting.
        QVERIFY(!attempt.wait(500));
        QCOMPARE(attempt.signIn.stage(), OAuthSignIn::Stage::WaitingForBrowser);
        clock.advanceMs(99);
        QVERIFY(!attempt.wait(300));
        clock.advanceMs(1);
        QVERIFY(attempt.wait());
        QCOMPARE(attempt.code(), Code::NoRedirect);
        QCOMPARE(portal().stats().requests, 1);
        QCOMPARE(portal().stats().codeExchanges, 0);
        QVERIFY(attempt.error->userMessage().contains(QStringLiteral("error page")));
        // The listener is closed after the timeout.
        QCOMPARE(ScriptedBrowser::fetch(attempt.signIn.redirectUri()).first, -2);
    }

    void portalNeverRedirects_data()
    {
        QTest::addColumn<bool>("wrongClientId");
        QTest::addColumn<int>("errorStatus");
        QTest::newRow("app not installed") << true << 200;
        QTest::newRow("server error page") << false << 500;
    }
    void portalNeverRedirects()
    {
        QFETCH(bool, wrongClientId);
        QFETCH(int, errorStatus);
        portal().config().authorizeErrorStatus = errorStatus;
        if (!wrongClientId)
            portal().config().authorizeApproves = false;
        mb::OAuthClientConfig c = config();
        c.redirectTimeoutMs = 1000;
        if (wrongClientId)
            c.clientId = QStringLiteral("local.0000000000.00000000");
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::NoRedirect);
        QCOMPARE(attempt.browser.portalStatus, errorStatus);
        QVERIFY(attempt.browser.location.isEmpty());
    }

    void codeUsedTwice()
    {
        // Someone (another tab, an attacker) redeems the code before the app does.
        Attempt attempt(config());
        mb::TokenEndpoint thief(config(), &m_nam);
        std::optional<OAuthError> thiefError;
        attempt.browser.beforeRedirect = [&](QUrl &location) {
            thief.exchangeCode(
                portal().authServerUrl(), query(location, "code"), &thief,
                [&](const OAuthError &e, const mb::TokenGrant &) { thiefError = e; });
            return QTest::qWaitFor([&] { return thiefError.has_value(); }, 5000);
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY(thiefError && !thiefError->isError());
        QCOMPARE(attempt.code(), Code::CodeRejected);
        QCOMPARE(attempt.error->serverCode(), QStringLiteral("invalid_grant"));
        QVERIFY(attempt.error->userMessage().contains(QStringLiteral("30 seconds")));
        QCOMPARE(portal().stats().codeExchanges, 2);
    }

    void pastedCodeUsedTwice()
    {
        portal().config().redirectUri.clear();
        Attempt first(config());
        first.signIn.start(portal().baseUrl(), OAuthSignIn::Mode::PastedCode);
        QVERIFY(first.browserDone());
        const QString code = first.browser.shownCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(first.signIn.submitCode(code));
        QVERIFY(first.wait());
        QVERIFY(first.result);

        Attempt second(config());
        second.signIn.start(portal().baseUrl(), OAuthSignIn::Mode::PastedCode);
        QVERIFY(second.signIn.submitCode(code));
        QVERIFY(second.wait());
        QCOMPARE(second.code(), Code::CodeRejected);
    }

    void codeOlderThan30s()
    {
        Attempt attempt(config());
        attempt.browser.beforeRedirect = [this](QUrl &) {
            portal().advanceClock(31);
            return true;
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::CodeRejected);
        QCOMPARE(portal().stats().codeExchanges, 1);
        QVERIFY(attempt.browserDone());
        // The browser was still told it may close the window: the code did arrive.
        QVERIFY(pageSays(attempt.browser.landingPage, mb::RedirectPage::Kind::Success));
    }

    void wrongClientSecret()
    {
        mb::OAuthClientConfig c = config();
        c.clientSecret = QStringLiteral("wrong-secret-") + OAuthSignIn::newState();
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::InvalidClient);
        QCOMPARE(attempt.error->httpStatus(), 401);
        QVERIFY(!attempt.error->userMessage().contains(c.clientSecret));
        QVERIFY(!attempt.browser.openedUrl.toString().contains(c.clientSecret));
    }

    void fixedRedirectAddress()
    {
        // The redirect address is fixed in the app's settings on the portal, which ignores
        // redirect_uri: the listener must sit on exactly that port and path.
        const quint16 port = freePort();
        portal().config().redirectUri = QStringLiteral("http://127.0.0.1:%1/bitrix/cb").arg(port);
        portal().config().acceptRedirectUriParam = false;
        mb::OAuthClientConfig c = config();
        c.redirectPort = port;
        c.redirectPath = QStringLiteral("/bitrix/cb");
        c.sendRedirectUri = false;
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(attempt.result, attempt.failure());
        QVERIFY(!attempt.browser.openedUrl.hasQuery() ||
                query(attempt.browser.openedUrl, "redirect_uri").isEmpty());
        QCOMPARE(attempt.browser.location.port(), int(port));
        QCOMPARE(attempt.browser.location.path(), QStringLiteral("/bitrix/cb"));
    }

    void portTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        mb::OAuthClientConfig c = config();
        c.redirectPort = squatter.serverPort();
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::ListenFailed);
        const QString message = attempt.error->userMessage();
        QVERIFY2(message.contains(QStringLiteral("Port %1 on 127.0.0.1 is already in use")
                                      .arg(squatter.serverPort())),
                 qPrintable(message));
        QCOMPARE(attempt.browser.opened, 0);
    }

    void portTakenOnIpv6ForLocalhost()
    {
        if (!hasIpv6Loopback())
            QSKIP("no IPv6 loopback on this machine");
        // A browser that resolves localhost to ::1 would take the code to the squatter.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHostIPv6, 0));
        mb::OAuthClientConfig c = config();
        c.redirectPort = squatter.serverPort();
        c.redirectHost = mb::OAuthClientConfig::RedirectHost::Localhost;
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::ListenFailed);
        QVERIFY2(attempt.error->userMessage().contains(
                     QStringLiteral("Port %1 on [::1]").arg(squatter.serverPort())),
                 qPrintable(attempt.error->userMessage()));
        // The IPv4 half was given back.
        QTcpServer after;
        QVERIFY(after.listen(QHostAddress::LocalHost, squatter.serverPort()));
    }

    void fixedLocalhostRedirect()
    {
        // The old desktop-app help: http://localhost:7000 on the application's card, sent as
        // redirect_uri too. Whichever loopback address the browser picks, it reaches us.
        const quint16 port = freePort();
        portal().config().redirectUri = QStringLiteral("http://localhost:%1/").arg(port);
        portal().config().acceptRedirectUriParam = false;
        mb::OAuthClientConfig c = config();
        c.redirectPort = port;
        c.redirectHost = mb::OAuthClientConfig::RedirectHost::Localhost;
        const QUrl handler = OAuthSignIn::handlerAddress(c);
        QCOMPARE(handler, QUrl(QStringLiteral("http://localhost:%1/").arg(port)));
        Attempt attempt(c);
        QList<int> probes;
        attempt.browser.beforeRedirect = [&](QUrl &) {
            // Bare addresses get the neutral page on both loopback addresses.
            probes << ScriptedBrowser::fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))
                          .first;
            if (hasIpv6Loopback())
                probes << ScriptedBrowser::fetch(QUrl(QStringLiteral("http://[::1]:%1/").arg(port)))
                              .first;
            return true;
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(attempt.result, attempt.failure());
        QCOMPARE(attempt.signIn.redirectUri(), handler);
        QCOMPARE(query(attempt.browser.openedUrl, "redirect_uri"), handler.toString());
        QCOMPARE(attempt.browser.location.host(), QStringLiteral("localhost"));
        QVERIFY(!probes.isEmpty());
        for (int status : std::as_const(probes))
            QCOMPARE(status, 404);
    }

    void handlerAddress()
    {
        mb::OAuthClientConfig c;
        QVERIFY(OAuthSignIn::handlerAddress(c).isEmpty()); // a free port: nothing to register
        c.redirectPort = 7000;
        QCOMPARE(OAuthSignIn::handlerAddress(c), QUrl(QStringLiteral("http://127.0.0.1:7000/")));
        c.redirectHost = mb::OAuthClientConfig::RedirectHost::Localhost;
        QCOMPARE(OAuthSignIn::handlerAddress(c).toString(),
                 QStringLiteral("http://localhost:7000/"));
        c.redirectPath = QStringLiteral("cb");
        QCOMPARE(OAuthSignIn::handlerAddress(c).toString(),
                 QStringLiteral("http://localhost:7000/cb"));
        QCOMPARE(mb::OAuthClientConfig::redirectHostFromName(QStringLiteral("LocalHost")),
                 mb::OAuthClientConfig::RedirectHost::Localhost);
        QVERIFY(!mb::OAuthClientConfig::redirectHostFromName(QStringLiteral("0.0.0.0")));
    }

    void expiredTokenMeansSignInAgain_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("exchange");
        QTest::addColumn<int>("code");
        QTest::newRow("expired code")
            << QStringLiteral("expired_token") << true << int(Code::CodeRejected);
        QTest::newRow("expired refresh")
            << QStringLiteral("expired_token") << false << int(Code::RefreshRejected);
        QTest::newRow("upper case")
            << QStringLiteral("EXPIRED_TOKEN") << true << int(Code::CodeRejected);
        QTest::newRow("invalid_grant")
            << QStringLiteral("invalid_grant") << false << int(Code::RefreshRejected);
    }
    void expiredTokenMeansSignInAgain()
    {
        // The one recorded real answer for an expired code (docs §5.5).
        QFETCH(QString, error);
        QFETCH(bool, exchange);
        QFETCH(int, code);
        const OAuthError e = OAuthError::fromServer(
            error, QStringLiteral("The authorization token provided has expired."), 401, exchange);
        QCOMPARE(int(e.code()), code);
        QVERIFY(e.needsSignIn());
        QVERIFY(!e.isTransient());
        QCOMPARE(e.serverCode(), error);
        QCOMPARE(e.toRestError().category(), mb::RestError::Category::SignInNeeded);
        QVERIFY2(e.userMessage().contains(QStringLiteral("Sign in again")),
                 qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(error));
    }

    void serverWordsArePlainText()
    {
        // The token endpoint's error and description are the server's words: no line breaks,
        // escapes or bidi overrides reach a message, a terminal or the request inspector.
        const OAuthError e = OAuthError::fromServer(
            QStringLiteral("weird_error\r\nX-Injected: 1"),
            QStringLiteral("line one\r\n\x1b[31mline two") + QChar(0x202e), 400, false);
        QCOMPARE(e.serverCode(), QStringLiteral("weird_error X-Injected: 1"));
        for (const QString &text : {e.userMessage(), e.toRestError().technicalMessage()}) {
            for (const QChar c : text) {
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(text));
                QVERIFY2(!mb::UntrustedText::isBidiControl(c), qPrintable(text));
            }
            QVERIFY2(text.contains(QStringLiteral("line one [31mline two")), qPrintable(text));
        }
    }

    void otherRequestsDoNotEndTheSignIn()
    {
        // A favicon request or a reload of the bare address is not the portal's answer.
        Attempt attempt(config());
        attempt.browser.beforeRedirect = [&](QUrl &location) {
            QUrl favicon = location;
            favicon.setPath(QStringLiteral("/favicon.ico"));
            favicon.setQuery(QString());
            const auto icon = ScriptedBrowser::fetch(favicon);
            QUrl bare = location;
            bare.setQuery(QString());
            const auto reload = ScriptedBrowser::fetch(bare);
            return icon.first == 404 && reload.first == 404;
        };
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY(attempt.result);
        QVERIFY(attempt.browserDone());
        QVERIFY(pageSays(attempt.browser.landingPage, mb::RedirectPage::Kind::Success));
    }

    void pastedCode()
    {
        // A portal app without a handler: the portal shows the code (docs §5.7).
        portal().config().redirectUri.clear();
        Attempt attempt(config());
        attempt.signIn.start(portal().baseUrl(), OAuthSignIn::Mode::PastedCode);
        QVERIFY(attempt.browserDone());
        QVERIFY(query(attempt.browser.openedUrl, "redirect_uri").isEmpty());
        QVERIFY(attempt.signIn.redirectUri().isEmpty());
        const QString code = attempt.browser.shownCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(!attempt.signIn.submitCode(QStringLiteral("not a code!")));
        QCOMPARE(attempt.signIn.stage(), OAuthSignIn::Stage::WaitingForBrowser);
        QVERIFY(attempt.signIn.submitCode(QStringLiteral("  ") + code + QStringLiteral("\n")));
        QVERIFY(attempt.wait());
        QVERIFY2(attempt.result, attempt.failure());
        QCOMPARE(attempt.result->portalUrl, portal().baseUrl());
    }

    void pastedRedirectAddress()
    {
        // The loopback redirect could not be registered: the browser lands on an address
        // nobody listens to, and the user pastes that whole address.
        Attempt attempt(config());
        QUrl landed;
        attempt.browser.beforeRedirect = [&](QUrl &location) {
            landed = location;
            return false; // the page did not load
        };
        attempt.signIn.start(portal().baseUrl());
        QVERIFY(attempt.browserDone());
        QVERIFY(attempt.signIn.submitCode(landed.toString(QUrl::FullyEncoded)));
        QVERIFY(attempt.wait());
        QVERIFY2(attempt.result, attempt.failure());
        QCOMPARE(attempt.result->memberId, portal().memberId());
    }

    void pastedAddressOfAnotherSignIn()
    {
        Attempt attempt(config());
        attempt.signIn.start(portal().baseUrl(), OAuthSignIn::Mode::PastedCode);
        QVERIFY(attempt.signIn.submitCode(
            QStringLiteral("http://127.0.0.1:9/?code=abcdef123456&state=") +
            OAuthSignIn::newState()));
        QVERIFY(attempt.wait());
        QCOMPARE(attempt.code(), Code::StateMismatch);
        QCOMPARE(portal().stats().codeExchanges, 0);
    }

    void parsePasted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("bare") << QStringLiteral("q8w7e6r5") << QStringLiteral("q8w7e6r5");
        QTest::newRow("spaces") << QStringLiteral(" q8w7e6r5 \n") << QStringLiteral("q8w7e6r5");
        QTest::newRow("url") << QStringLiteral("http://127.0.0.1:5000/?code=q8w7e6r5&state=s-91f2&"
                                               "scope=mail%2Cuser")
                             << QStringLiteral("q8w7e6r5");
        QTest::newRow("https url")
            << QStringLiteral("https://app.example/cb?state=x&code=ab%2Bcd#frag")
            << QStringLiteral("ab+cd");
        QTest::newRow("query") << QStringLiteral("code=q8w7e6r5&state=s")
                               << QStringLiteral("q8w7e6r5");
        QTest::newRow("prose") << QStringLiteral("the code is q8w7") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no code") << QStringLiteral("http://x/?state=1") << QString();
    }
    void parsePasted()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(OAuthSignIn::parsePasted(text).queryItemValue(QStringLiteral("code"),
                                                               QUrl::FullyDecoded),
                 code);
    }

    void missingMailScopeWarnsAtOnce()
    {
        portal().config().appScopes = {QStringLiteral("user")};
        Attempt attempt(config());
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY(attempt.result);
        // From the redirect's scope, before the exchange finished; and only once.
        QCOMPARE(attempt.events,
                 (QStringList{QStringLiteral("scopeMissing:mail"), QStringLiteral("succeeded")}));
        QVERIFY(!attempt.result->hasMailScope());
    }

    void followsServerDomain()
    {
        // The default server does not answer; the portal names the local one in
        // server_domain, which is trusted, so the exchange goes there.
        mb::OAuthClientConfig c = config();
        c.authorizationServer = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(attempt.result, attempt.failure());
        QCOMPARE(attempt.result->tokenServer, portal().authServerUrl());
    }

    void untrustedServerDomainIsIgnored()
    {
        // A portal may not send the client secret to a host of its choosing.
        mb::OAuthClientConfig c = config();
        c.authorizationServer = QUrl(QStringLiteral("http://localhost:1/"));
        c.trustedServerHosts.clear();
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QCOMPARE(attempt.code(), Code::Network);
        QCOMPARE(portal().stats().codeExchanges, 0);
    }

    void tokenServerChoice()
    {
        mb::OAuthClientConfig c;
        const QUrl def(QStringLiteral("https://oauth.bitrix.info/"));
        QCOMPARE(c.tokenServer(QString()), def);
        QCOMPARE(c.tokenServer(QStringLiteral("oauth.bitrix24.tech")),
                 QUrl(QStringLiteral("https://oauth.bitrix24.tech/")));
        QCOMPARE(c.tokenServer(QStringLiteral("https://oauth.bitrix24.tech/rest/")),
                 QUrl(QStringLiteral("https://oauth.bitrix24.tech/")));
        QCOMPARE(c.tokenServer(QStringLiteral("evil.example")), def);
        QCOMPARE(c.tokenServer(QStringLiteral("http://oauth.bitrix24.tech/rest/")), def);
        QCOMPARE(c.tokenServer(QStringLiteral("https://user:pw@evil.example/")), def);
    }

    void postRefusedFallsBackToGet_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("405") << 405;
        QTest::newRow("501") << 501;
    }
    void postRefusedFallsBackToGet()
    {
        QFETCH(int, status);
        portal().config().tokenAcceptsPost = false;
        portal().config().tokenPostRefusalStatus = status;
        Attempt attempt(config());
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY2(attempt.result, attempt.failure());
        // The portal counts grants it looked at; the refused POST never got that far.
        QCOMPARE(portal().stats().codeExchanges, 1);
    }

    void invalidRequestKeepsTheSecretOutOfUrls()
    {
        // A 400 invalid_request is about the request, not the method: asking again by GET
        // would only put the client secret into a URL (and the server's logs).
        portal().config().tokenAcceptsPost = false;
        portal().config().tokenPostRefusalStatus = 400;
        QStringList tokenRequests;
        connect(m_portal.get(), &fake::FakePortal::requestLogged, this, [&](const QString &line) {
            if (line.contains(QLatin1String("/oauth/token")))
                tokenRequests << line.section(u' ', 0, 0);
        });
        Attempt attempt(config());
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY(!attempt.result);
        QCOMPARE(attempt.code(), Code::InvalidRequest);
        QCOMPARE(tokenRequests, QStringList{QStringLiteral("POST")});
    }

    void tokenAnswerThatTricklesHitsTheDeadline()
    {
        // Bytes keep coming, so the inactivity timeout never fires; the total deadline does.
        portal().config().tokenSlowDrip = true;
        portal().config().slowDripMs = 8000;
        portal().config().slowDripIntervalMs = 50;
        mb::OAuthClientConfig c = config();
        c.requestTimeoutMs = 1000;
        Attempt attempt(c);
        QVERIFY(attempt.run(portal().baseUrl()));
        QVERIFY(!attempt.result);
        QCOMPARE(attempt.code(), Code::Network);
        QVERIFY2(attempt.error->userMessage().contains(QLatin1String("no complete answer within")),
                 attempt.failure());
        // Cut off long before the whole answer could have arrived.
        QVERIFY(portal().stats().slowDripPieces < 8000 / 50);
    }

    void cancel()
    {
        Attempt attempt(config());
        attempt.browser.beforeRedirect = [](QUrl &) { return false; };
        attempt.signIn.start(portal().baseUrl());
        QVERIFY(attempt.browserDone());
        attempt.signIn.cancel();
        QCOMPARE(attempt.code(), Code::Cancelled);
        QCOMPARE(ScriptedBrowser::fetch(attempt.signIn.redirectUri()).first, -2);
    }

    void noBrowser()
    {
        Attempt attempt(config());
        attempt.browser.refuseToOpen = true;
        attempt.signIn.start(portal().baseUrl());
        QVERIFY(!attempt.error); // reported from the event loop, never inside start()
        QVERIFY(attempt.wait());
        QCOMPARE(attempt.code(), Code::BrowserFailed);
        QVERIFY(attempt.signIn.authorizeUrl().isValid()); // the GUI can show it for copying
    }

    void badInput_data()
    {
        QTest::addColumn<QUrl>("portalUrl");
        QTest::addColumn<bool>("noSecret");
        QTest::addColumn<int>("code");
        QTest::newRow("plain http")
            << QUrl(QStringLiteral("http://example.com/")) << false << int(Code::InvalidPortal);
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///")) << false
                                 << int(Code::InvalidPortal);
        QTest::newRow("no secret")
            << QUrl(QStringLiteral("https://example.com/")) << true << int(Code::MissingClient);
    }
    void badInput()
    {
        QFETCH(QUrl, portalUrl);
        QFETCH(bool, noSecret);
        QFETCH(int, code);
        mb::OAuthClientConfig c = config();
        if (noSecret)
            c.clientSecret.clear();
        Attempt attempt(c);
        QVERIFY(attempt.run(portalUrl));
        QCOMPARE(int(attempt.code()), code);
        QCOMPARE(attempt.browser.opened, 0);
    }
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
