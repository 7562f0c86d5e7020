// The account dialog reaches portals the way Settings say: "Check and add" and the OAuth
// sign-in (token exchange included) go through the manual proxy and trust the extra CA of
// Settings, and a change in Settings applies to the next attempt in the same dialog. The
// portal is https://portal.test/, which only the test proxy knows and only the test CA
// vouches for.

#include "AccountDialog.h"
#include "OAuthTestSupport.h"
#include "ScriptedBrowser.h"
#include "TestCertificates.h"
#include "TestProxy.h"
#include "UiFixture.h"
#include "auth/SessionController.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace mb;
using namespace uitest;

namespace {

fake::PortalConfig portalByName()
{
    fake::PortalConfig config;
    config.https = true;
    config.hostName = testsupport::testPortalHost();
    config.certificatePem = testsupport::testPortalCertificatePem();
    config.privateKeyPem = testsupport::testPortalKeyPem();
    return config;
}

QString hostPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port());
}

} // namespace

class TestAccountDialogNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhookCheckUsesTheProxyAndTheCaOfSettings()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        UiFixture f(portalByName());
        QVERIFY(f.started);
        f.settings->setProxy(NetworkSettings::Proxy::Http, QStringLiteral("127.0.0.1"),
                             proxy.port());
        SessionController sessions(f.accounts.get());
        sessions.setSessionSettings(f.settings->sessionSettings());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // No extra CA yet: the portal's certificate is not trusted.
        dialog.webhookField()->setText(f.portal->webhookUrl().toString());
        dialog.webhookAddButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.webhookAddButton()->isEnabled(); }, 15000));
        QVERIFY(f.accounts->accounts().isEmpty());
        QVERIFY2(proxy.wasAskedFor(testsupport::testPortalHost()),
                 qPrintable(proxy.requested().join(u' ')));

        // The CA set in Settings, the same dialog, no restart.
        f.settings->setCaFile(testsupport::testCaFile());
        dialog.webhookAddButton()->click();
        QVERIFY2(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 15000),
                 qPrintable(dialog.statusText()));
        QCOMPARE(f.accounts->accounts().size(), 1);
        QVERIFY(proxy.requested().count(hostPort(f.portal->baseUrl())) >= 2);
        // The account it opened talks through the same settings.
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() != nullptr; }, 10000));
    }

    void oauthSignInAndTokenExchangeUseTheProxyAndTheCaOfSettings()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        UiFixture f(portalByName());
        QVERIFY(f.started);
        f.settings->setProxy(NetworkSettings::Proxy::Http, QStringLiteral("127.0.0.1"),
                             proxy.port());
        SessionController sessions(f.accounts.get());
        sessions.setSessionSettings(f.settings->sessionSettings());
        OAuthClientConfig config = testsupport::configFor(*f.portal);
        config.trustedServerHosts = {testsupport::testPortalHost()};
        config.clientId.clear();
        config.clientSecret.clear();
        sessions.setOAuthConfig(config);
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        // The user's browser goes through the same proxy and knows the CA.
        ScriptedBrowser browser;
        browser.useProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        browser.trust(QSslCertificate::fromData(testsupport::testCaPem()));
        dialog.setBrowserOpener(browser.opener());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.portalField()->setText(f.portal->baseUrl().toString());
        dialog.clientIdField()->setText(f.portal->clientId());
        dialog.clientSecretField()->setText(f.portal->clientSecret());

        // Without the CA the app cannot trade the code for tokens.
        dialog.startOAuth();
        QVERIFY(dialog.signIn());
        QSignalSpy failed(dialog.signIn(), &OAuthSignIn::failed);
        QVERIFY2(failed.wait(15000), qPrintable(dialog.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(browser.done, 15000); // its landing page may come after the answer
        QVERIFY(f.accounts->accounts().isEmpty());
        QCOMPARE(f.portal->stats().codeExchanges, 0); // refused before a byte of the form
        QVERIFY2(proxy.requested().contains(hostPort(f.portal->authServerUrl())),
                 qPrintable(proxy.requested().join(u' ')));

        // With the CA of Settings: signed in and saved, the token exchange through the proxy.
        f.settings->setCaFile(testsupport::testCaFile());
        proxy.clear();
        dialog.startOAuth();
        QVERIFY2(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 15000),
                 qPrintable(dialog.statusText()));
        QCOMPARE(f.accounts->accounts().size(), 1);
        QVERIFY2(proxy.requested().contains(hostPort(f.portal->authServerUrl())),
                 qPrintable(proxy.requested().join(u' ')));
        QCOMPARE(f.portal->stats().codeExchanges, 1);
    }
};

QTEST_MAIN(TestAccountDialogNetwork)
#include "tst_accountdialog_network.moc"
