// Without a keychain (no Secret Service on the session bus): the window says so at start and
// offers "Keep for this session only"; chosen, a webhook and an OAuth account (scripted browser,
// local portal, its authorization server named under Advanced) are added through the account
// dialog and used, their secrets (rotated refresh tokens too) stay in memory, and the settings
// file holds neither a secret nor a half-saved account after a "restart". Without the choice at
// start, a failed save in the dialog offers the same and saves again.

#include "AccountDialog.h"
#include "KeychainBanner.h"
#include "LoadState.h"
#include "MainWindow.h"
#include "OAuthTestSupport.h"
#include "PermissionMatrix.h"
#include "SecretScan.h"
#include "SecretStoreSync.h"
#include "WelcomePanel.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/OAuthCredential.h"
#include "auth/SecretStore.h"
#include "auth/SessionController.h"
#include "models/MailboxListModel.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace mb;

namespace {

const QByteArray missingBus = "unix:path=/nonexistent/mb-tst-sessiononly/bus";

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// Like UiFixture, but with the keychain as the app has it: the real one, which is missing.
struct NoKeychain
{
    NoKeychain()
        : portal(std::make_unique<fake::FakePortal>())
    {
        started = portal->start();
        secrets = std::make_unique<SecretStore>(QStringLiteral("MailboxBrowserTest"));
        secrets->setTimeoutMs(5000);
        store = std::make_unique<AccountStore>(
            std::make_unique<QSettings>(ini(), QSettings::IniFormat), secrets.get());
        accounts = std::make_unique<AccountManager>(store.get(), secrets.get());
        settings =
            std::make_unique<AppSettings>(std::make_unique<QSettings>(ini(), QSettings::IniFormat));
    }
    QString ini() const { return dir.filePath(QStringLiteral("mb.ini")); }
    QByteArray settingsFile() const
    {
        QFile file(ini());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    std::unique_ptr<fake::FakePortal> portal;
    bool started = false;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AccountStore> store;
    std::unique_ptr<AccountManager> accounts;
    std::unique_ptr<AppSettings> settings;
};

bool waitReport(PermissionMatrix *matrix)
{
    return QTest::qWaitFor(
        [&] { return !matrix->isRunning() && matrix->report().methods.size() == 5; }, 15000);
}

} // namespace

class TestSessionOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionOnlyAccountsWorkAndLeaveNothingOnDisk()
    {
        NoKeychain f;
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // At start: no account, the way in, and the keychain's absence in plain words.
        QVERIFY(window.welcomePanel()->isVisibleTo(&window));
        KeychainBanner *banner = window.keychainBanner();
        QVERIFY(banner->isHidden());
        window.keychainBanner()->probe();
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisibleTo(&window); }, 10000));
        QVERIFY2(banner->text().contains(QStringLiteral("No keychain is available")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("session only")));
        QVERIFY(banner->sessionOnlyButton()->isVisibleTo(&window));
        QVERIFY(!f.accounts->isSessionOnly());
        QSignalSpy chosen(banner, &KeychainBanner::sessionOnlyChosen);
        banner->sessionOnlyButton()->click();
        QCOMPARE(chosen.size(), 1);
        QVERIFY(f.accounts->isSessionOnly());
        QCOMPARE(f.secrets->mode(), SecretStore::Mode::SessionOnly);
        QVERIFY(banner->sessionOnlyButton()->isHidden());
        QVERIFY(banner->text().contains(QStringLiteral("forgotten when you quit")));

        // A webhook, through the dialog: saved for the session, opened, and it works.
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString webhook = f.portal->webhookUrl().toString();
        dialog.webhookField()->setText(webhook);
        dialog.webhookAddButton()->click();
        QVERIFY2(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 15000),
                 qPrintable(dialog.statusText()));
        const QString webhookId = f.accounts->accounts().first().id;
        QVERIFY(f.store->isSessionOnly(webhookId));
        QVERIFY(QTest::qWaitFor(
            [&] { return sessions.session() && sessions.session()->accountId() == webhookId; },
            10000));
        QVERIFY(waitReport(dialog.permissionMatrix()));
        QVERIFY(dialog.permissionMatrix()->report().allWork());
        QVERIFY(
            QTest::qWaitFor([&] { return window.mailboxView()->model()->rowCount() > 0; }, 15000));
        QVERIFY(window.welcomePanel()->isHidden());
        // The list shows the kind and the host, and that it lasts for this session.
        const QString webhookRow = dialog.accountList()->item(0)->text();
        QVERIFY2(webhookRow.contains(QStringLiteral("Webhook")), qPrintable(webhookRow));
        QVERIFY(webhookRow.contains(f.portal->baseUrl().host()));
        QVERIFY(webhookRow.contains(QStringLiteral("this session only")));

        // An OAuth account: the local portal's authorization server named under Advanced.
        ScriptedBrowser browser;
        dialog.setBrowserOpener(browser.opener());
        dialog.showOAuthForm();
        QVERIFY(!dialog.authServerField()->isVisibleTo(&dialog)); // Advanced starts collapsed
        dialog.advancedToggle()->click();
        QVERIFY(dialog.authServerField()->isVisibleTo(&dialog));
        QCOMPARE(dialog.authServerField()->text(), QStringLiteral("https://oauth.bitrix.info/"));
        dialog.authServerField()->setText(f.portal->authServerUrl().toString());
        dialog.portalField()->setText(f.portal->baseUrl().toString());
        dialog.clientIdField()->setText(f.portal->clientId());
        dialog.clientSecretField()->setText(f.portal->clientSecret());
        dialog.fixedPortChoice()->setChecked(true);
        dialog.portField()->setValue(freePort());
        dialog.startOAuth();
        QVERIFY2(QTest::qWaitFor([&] { return f.accounts->accounts().size() == 2; }, 15000),
                 qPrintable(dialog.statusText()));
        const Account oauth = f.accounts->accounts().at(1);
        QCOMPARE(oauth.authKind, Account::AuthKind::OAuth);
        QVERIFY(f.store->isSessionOnly(oauth.id));
        QCOMPARE(oauth.authorizationServer, f.portal->authServerUrl());
        QVERIFY(QTest::qWaitFor(
            [&] { return sessions.session() && sessions.session()->accountId() == oauth.id; },
            10000));
        QVERIFY(waitReport(dialog.permissionMatrix()));
        QVERIFY(dialog.permissionMatrix()->report().allWork());
        const QString oauthRow = dialog.accountList()->item(1)->text();
        QVERIFY2(oauthRow.contains(QStringLiteral("OAuth")), qPrintable(oauthRow));

        // The token expires: the refresh goes to the account's authorization server and the
        // rotated tokens stay in memory.
        const auto [firstError, firstRefresh] =
            testsupport::readSecret(*f.secrets, oauth.id, SecretStore::Kind::RefreshToken);
        QVERIFY(!firstError.isError());
        f.portal->expireAllAccessTokens();
        window.mailboxModel()->refresh();
        // The whole list stays complete while a refresh reads it again: wait for the end of
        // the reading, not for rows.
        QVERIFY(window.mailboxModel()->isRefreshing());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxModel()->isLoading() && window.mailboxModel()->isComplete() &&
                       !window.mailboxModel()->hasError() &&
                       window.mailboxView()->model()->rowCount() > 0;
            },
            15000));
        const auto [error, rotatedRefresh] =
            testsupport::readSecret(*f.secrets, oauth.id, SecretStore::Kind::RefreshToken);
        QVERIFY(!error.isError());
        QVERIFY(rotatedRefresh != firstRefresh);
        const auto [accessError, access] =
            testsupport::readSecret(*f.secrets, oauth.id, SecretStore::Kind::AccessToken);
        QVERIFY(!accessError.isError());

        // Nothing secret, and no session-only account, in the settings file.
        const QByteArray onDisk = f.settingsFile();
        for (const QString &secret : {webhook, f.portal->webhookUrl().path(), firstRefresh,
                                      rotatedRefresh, access, f.portal->clientSecret()})
            QVERIFY2(!testsupport::containsSecret(onDisk, secret), qPrintable(secret));
        QVERIFY(!onDisk.contains(webhookId.toUtf8()));
        QVERIFY(!onDisk.contains(oauth.id.toUtf8()));

        // "Restart": another store on the same settings lists nothing half-saved.
        dialog.close();
        sessions.close();
        SecretStore nextSecrets(QStringLiteral("MailboxBrowserTest"));
        AccountStore nextStore(std::make_unique<QSettings>(f.ini(), QSettings::IniFormat),
                               &nextSecrets);
        QVERIFY(nextStore.accounts().isEmpty());
        QVERIFY(nextStore.currentAccountId().isEmpty());
    }

    void aFailedSaveOffersSessionOnlyAndSavesAgain()
    {
        NoKeychain f;
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.sessionOnlyButton()->isHidden());

        dialog.webhookField()->setText(f.portal->webhookUrl().toString());
        dialog.webhookAddButton()->click();
        QVERIFY2(QTest::qWaitFor([&] { return dialog.sessionOnlyButton()->isVisibleTo(&dialog); },
                                 15000),
                 qPrintable(dialog.statusText()));
        QVERIFY(f.accounts->accounts().isEmpty());
        QVERIFY(dialog.statusText().contains(QStringLiteral("keychain")));
        // The window's banner learnt of the failed write too.
        QVERIFY(QTest::qWaitFor([&] { return !window.keychainBanner()->isHidden(); }, 5000));

        dialog.sessionOnlyButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 10000));
        QVERIFY(f.accounts->isSessionOnly());
        QVERIFY(dialog.sessionOnlyButton()->isHidden());
        QVERIFY(window.keychainBanner()->sessionOnlyButton()->isHidden());
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() != nullptr; }, 10000));
        QVERIFY(!f.settingsFile().contains(f.accounts->accounts().first().id.toUtf8()));
    }

    void leavingSessionOnlyForgetsItsAccounts()
    {
        QTemporaryDir dir;
        SecretStore secrets(QStringLiteral("MailboxBrowserTest"));
        AccountStore store(std::make_unique<QSettings>(dir.filePath(QStringLiteral("a.ini")),
                                                       QSettings::IniFormat),
                           &secrets);
        AccountManager accounts(&store, &secrets);
        accounts.keepForSessionOnly();
        Account account;
        account.authKind = Account::AuthKind::Webhook;
        account.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/"));
        const auto added = store.add(account);
        QVERIFY(added);
        QVERIFY(store.setCurrentAccount(added->id));
        QCOMPARE(store.currentAccountId(), added->id);
        QVERIFY(store.rename(added->id, QStringLiteral("Acme")));
        QCOMPARE(accounts.accounts().size(), 1);
        QCOMPARE(accounts.accounts().first().displayName, QStringLiteral("Acme"));
        QSignalSpy removed(&store, &AccountStore::accountRemoved);
        secrets.setMode(SecretStore::Mode::Keychain);
        QCOMPARE(removed.size(), 1);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(accounts.accounts().isEmpty());
        QVERIFY(store.currentAccountId().isEmpty());
    }
};

int main(int argc, char **argv)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", missingBus);
    QApplication app(argc, argv);
    TestSessionOnly test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessiononly.moc"
