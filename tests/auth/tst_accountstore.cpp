// AccountStore on a temporary INI file. Secrets go to a session-only SecretStore, except in
// the keychain-failure test, which points QtKeychain at a session bus that does not exist.

#include "SecretStoreSync.h"
#include "auth/AccountStore.h"
#include "auth/OAuthClientConfig.h"
#include "auth/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using mb::Account;
using mb::AccountStore;
using mb::SecretError;
using mb::SecretStore;
using Code = mb::SecretError::Code;
using Kind = mb::SecretStore::Kind;

namespace {

using testsupport::readSecret;
using testsupport::writeSecret;

// Set before QCoreApplication exists, so that every D-Bus client in this process (libsecret
// inside QtKeychain, QtDBus in SecretServiceProbe) finds no bus: a keychain that fails the
// way a desktop without one does, with no keychain needed for the test.
const QByteArray missingBus = "unix:path=/nonexistent/mb-tst-accountstore/bus";

struct RemoveOutcome
{
    bool removed = false;
    SecretError error;
};

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("mb.ini")); }
    std::unique_ptr<AccountStore> makeStore(SecretStore *secrets = nullptr) const
    {
        return std::make_unique<AccountStore>(
            std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat),
            secrets ? secrets : m_secrets.get());
    }

    static Account oauthAccount(const QString &userId = QStringLiteral("7"))
    {
        Account a;
        a.displayName = QStringLiteral("Work");
        a.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/"));
        a.memberId = QStringLiteral("5d41402abc4b2a76b9719d911017c592");
        a.userId = userId;
        a.userName = QStringLiteral("Anna Petrova");
        a.authKind = Account::AuthKind::OAuth;
        a.scopes = {QStringLiteral("mail"), QStringLiteral("user")};
        a.serverEndpoint = QUrl(QStringLiteral("https://oauth.bitrix.info/rest/"));
        a.tokenExpiry = QDateTime(QDate(2026, 3, 2), QTime(10, 15, 40, 123), Qt::UTC);
        a.clientId = QStringLiteral("local.65f0a1b2c3d4e5.12345678");
        return a;
    }

    static Account webhookAccount()
    {
        Account a;
        a.portalUrl = QUrl(QStringLiteral("https://shop.example.com/b24/"));
        a.userId = QStringLiteral("1");
        a.authKind = Account::AuthKind::Webhook;
        a.scopes = {QStringLiteral("mail")};
        return a;
    }

    RemoveOutcome removeAccount(AccountStore &store, const QString &id,
                                AccountStore::RemovePolicy policy)
    {
        std::optional<RemoveOutcome> outcome;
        store.remove(id, policy, this, [&](bool removed, const SecretError &e) {
            outcome = {removed, e};
        });
        if (outcome)
            return {true, SecretError(Code::Other, QStringLiteral("called back synchronously"))};
        if (!QTest::qWaitFor([&] { return outcome.has_value(); },
                             testsupport::secretCallbackTimeoutMs))
            return {false, SecretError(Code::Other, QStringLiteral("test: no callback"))};
        return *outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("MailboxBrowserUnitTest"));
        m_secrets->setMode(SecretStore::Mode::SessionOnly);
    }

    void cleanup()
    {
        m_secrets.reset();
        m_dir.reset();
    }

    void defaultSettingsAreShared()
    {
        const auto settings = AccountStore::defaultSettings();
        QCOMPARE(settings->organizationName(), QStringLiteral("MailboxBrowser"));
        QCOMPARE(settings->applicationName(), QStringLiteral("MailboxBrowser"));
        QCOMPARE(settings->scope(), QSettings::UserScope);
    }

    void emptyStore()
    {
        const auto store = makeStore();
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->currentAccountId().isEmpty());
        QCOMPARE(store->currentAccount(), std::nullopt);
        QVERIFY(!store->contains(QStringLiteral("nope")));
    }

    void addAssignsIdAndEveryFieldSurvivesReload()
    {
        const Account original = oauthAccount();
        std::optional<Account> added;
        {
            const auto store = makeStore();
            QSignalSpy addedSpy(store.get(), &AccountStore::accountAdded);
            added = store->add(original);
            QVERIFY2(added, qPrintable(store->errorString()));
            QVERIFY(!added->id.isEmpty());
            QCOMPARE(addedSpy.count(), 1);
            QCOMPARE(addedSpy.at(0).at(0).toString(), added->id);
        }
        Account expected = original;
        expected.id = added->id;
        QCOMPARE(*added, expected);
        QVERIFY(added->isValid());

        // A new store on the same file, as the CLI would open after the GUI signed in.
        const auto reopened = makeStore();
        const auto loaded = reopened->account(added->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->portalUrl, original.portalUrl);
        QCOMPARE(loaded->scopes, original.scopes);
        QCOMPARE(loaded->tokenExpiry, original.tokenExpiry);
        QCOMPARE(loaded->tokenExpiry.timeSpec(), Qt::UTC);
        QCOMPARE(loaded->serverEndpoint, original.serverEndpoint);
        QCOMPARE(loaded->authKind, Account::AuthKind::OAuth);
        QCOMPARE(*loaded, expected);
        QCOMPARE(reopened->accounts(), QList<Account>{expected});
    }

    void expiryInAnotherZoneIsStoredAsTheSameInstant()
    {
        Account a = oauthAccount();
        a.tokenExpiry =
            QDateTime(QDate(2026, 3, 2), QTime(13, 15, 40), Qt::OffsetFromUTC, 3 * 3600);
        const auto store = makeStore();
        const auto added = store->add(a);
        QVERIFY(added);
        const auto loaded = makeStore()->account(added->id);
        QCOMPARE(loaded->tokenExpiry, QDateTime(QDate(2026, 3, 2), QTime(10, 15, 40), Qt::UTC));
    }

    void accountsKeepTheOrderTheyWereAddedIn()
    {
        const auto store = makeStore();
        for (const char *id : {"zzz", "aaa", "mmm"}) {
            Account a = oauthAccount();
            a.id = QString::fromLatin1(id);
            QVERIFY2(store->add(a), qPrintable(store->errorString()));
        }
        QStringList ids;
        for (const Account &a : makeStore()->accounts())
            ids.append(a.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("zzz"), QStringLiteral("aaa"),
                                   QStringLiteral("mmm")}));
    }

    void authorizationServerIsKeptAndChecked()
    {
        // An on-premise portal's own server survives a reload, as its origin.
        Account a = oauthAccount();
        a.authorizationServer = QUrl(QStringLiteral("https://auth.corp.example:8443/"));
        const auto store = makeStore();
        const auto added = store->add(a);
        QVERIFY2(added, qPrintable(store->errorString()));
        QCOMPARE(makeStore()->account(added->id)->authorizationServer, a.authorizationServer);

        // The client secret goes there: plain http only to this computer (the local portal).
        Account local = oauthAccount();
        local.authorizationServer = QUrl(QStringLiteral("http://127.0.0.1:8123/"));
        QVERIFY2(store->add(local), qPrintable(store->errorString()));
        Account plain = oauthAccount();
        plain.authorizationServer = QUrl(QStringLiteral("http://auth.corp.example/"));
        QCOMPARE(store->add(plain), std::nullopt);
        QVERIFY(!store->errorString().isEmpty());
        QCOMPARE(store->accounts().size(), 2);

        QCOMPARE(mb::OAuthClientConfig::parseAuthorizationServer(
                     QStringLiteral(" https://oauth.bitrix.info/rest/?x=1 ")),
                 QUrl(QStringLiteral("https://oauth.bitrix.info/")));
        QCOMPARE(
            mb::OAuthClientConfig::parseAuthorizationServer(QStringLiteral("http://localhost:9/")),
            QUrl(QStringLiteral("http://localhost:9/")));
        QCOMPARE(
            mb::OAuthClientConfig::parseAuthorizationServer(QStringLiteral("oauth.bitrix.info")),
            std::nullopt);
        QCOMPARE(mb::OAuthClientConfig::parseAuthorizationServer(
                     QStringLiteral("https://user:pw@oauth.bitrix.info/")),
                 std::nullopt);
    }

    void sessionOnlyAccountsStayInMemory()
    {
        // The user chose "Keep for this session only": accounts added then are not written.
        const auto store = makeStore(m_secrets.get());
        const auto saved = store->add(oauthAccount());
        QVERIFY(saved);
        store->setSessionOnly(true);
        QVERIFY(store->keepsAccountsInMemory());
        Account b = oauthAccount();
        b.portalUrl = QUrl(QStringLiteral("https://shop.bitrix24.com/"));
        b.memberId = QStringLiteral("another-portal");
        const auto session = store->add(b);
        QVERIFY(session);
        QVERIFY(store->isSessionOnly(session->id));
        QVERIFY(!store->isSessionOnly(saved->id));
        QCOMPARE(store->accounts().size(), 2);
        QCOMPARE(store->accounts().last().id, session->id);
        QVERIFY(store->setCurrentAccount(session->id));
        QCOMPARE(store->currentAccountId(), session->id);
        b.id = session->id;
        b.userName = QStringLiteral("Anna");
        QVERIFY(store->update(b));
        QCOMPARE(store->account(session->id)->userName, QStringLiteral("Anna"));
        QCOMPARE(store->findSameUser(b)->id, session->id);

        // Another store on the file (the next start, the CLI) sees the saved account only,
        // still current there.
        const auto other = makeStore();
        QCOMPARE(other->accounts().size(), 1);
        QCOMPARE(other->currentAccountId(), saved->id);
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(session->id.toUtf8()));
        QVERIFY(!content.contains("shop.bitrix24.com"));

        // Removing it needs no settings write.
        bool removed = false;
        bool done = false;
        store->remove(session->id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails,
                      store.get(), [&](bool ok, const SecretError &) {
                          removed = ok;
                          done = true;
                      });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(removed);
        QCOMPARE(store->accounts().size(), 1);
        QCOMPARE(store->currentAccountId(), saved->id);
    }

    void addRefusesWhatMustNotBeStored_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QUrl>("portal");
        QTest::addColumn<int>("authKind");

        const QUrl good(QStringLiteral("https://acme.bitrix24.com/"));
        const int oauth = int(Account::AuthKind::OAuth);
        QTest::newRow("webhook url as portal")
            << QString() << QUrl(QStringLiteral("https://acme.bitrix24.com/rest/7/k3y5ecret9/"))
            << oauth;
        QTest::newRow("v3 webhook url as portal")
            << QString() << QUrl(QStringLiteral("https://acme.bitrix24.com/rest/api/7/k3y5ecret9/"))
            << oauth;
        QTest::newRow("credentials in url")
            << QString() << QUrl(QStringLiteral("https://anna:k3y5ecret9@acme.bitrix24.com/"))
            << oauth;
        QTest::newRow("token in query")
            << QString() << QUrl(QStringLiteral("https://acme.bitrix24.com/?auth=k3y5ecret9"))
            << oauth;
        QTest::newRow("not http") << QString() << QUrl(QStringLiteral("ftp://acme.bitrix24.com/"))
                                  << oauth;
        QTest::newRow("no host") << QString() << QUrl() << oauth;
        QTest::newRow("unknown auth kind") << QString() << good << int(Account::AuthKind::Unknown);
        QTest::newRow("id with slash") << QStringLiteral("a/b") << good << oauth;
        QTest::newRow("id with space") << QStringLiteral("a b") << good << oauth;
    }

    void addRefusesWhatMustNotBeStored()
    {
        QFETCH(QString, id);
        QFETCH(QUrl, portal);
        QFETCH(int, authKind);
        Account a = oauthAccount();
        a.id = id;
        a.portalUrl = portal;
        a.authKind = static_cast<Account::AuthKind>(authKind);

        const auto store = makeStore();
        QCOMPARE(store->add(a), std::nullopt);
        QVERIFY(!store->errorString().isEmpty());
        QVERIFY(store->accounts().isEmpty());
        QFile file(settingsFile());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("k3y5ecret9"));
    }

    void addRefusesATakenId()
    {
        const auto store = makeStore();
        Account a = oauthAccount();
        a.id = QStringLiteral("same");
        QVERIFY(store->add(a));
        a.displayName = QStringLiteral("Other");
        QCOMPARE(store->add(a), std::nullopt);
        QCOMPARE(store->account(QStringLiteral("same"))->displayName, QStringLiteral("Work"));
    }

    void unwritableSettingsFailWithAReason()
    {
        // The settings file's directory would have to be created below a regular file.
        const QString blocker = m_dir->filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        AccountStore store(std::make_unique<QSettings>(blocker + QStringLiteral("/sub/mb.ini"),
                                                       QSettings::IniFormat),
                           m_secrets.get());
        QCOMPARE(store.add(oauthAccount()), std::nullopt);
        QVERIFY(store.errorString().contains(QLatin1String("mb.ini")));
    }

    void updateAndRename()
    {
        const auto store = makeStore();
        auto account = store->add(oauthAccount());
        QVERIFY(account);
        QSignalSpy changed(store.get(), &AccountStore::accountChanged);

        account->scopes = {QStringLiteral("mail")};
        account->tokenExpiry = QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
        account->portalUrl = QUrl(QStringLiteral("https://acme-new.bitrix24.com/"));
        QVERIFY(store->update(*account));
        QCOMPARE(makeStore()->account(account->id), account);

        QVERIFY(store->rename(account->id, QStringLiteral("  Shop  ")));
        QCOMPARE(makeStore()->account(account->id)->displayName, QStringLiteral("Shop"));
        QCOMPARE(changed.count(), 2);

        Account stranger = *account;
        stranger.id = QStringLiteral("unknown");
        QVERIFY(!store->update(stranger));
        QVERIFY(!store->rename(QStringLiteral("unknown"), QStringLiteral("x")));
        QCOMPARE(changed.count(), 2);

        // update() applies the same rules as add().
        Account leaky = *account;
        leaky.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/rest/7/k3y5ecret9/"));
        QVERIFY(!store->update(leaky));
        QCOMPARE(makeStore()->account(account->id)->portalUrl, account->portalUrl);
    }

    void currentAccount()
    {
        const auto store = makeStore();
        QSignalSpy currentChanged(store.get(), &AccountStore::currentAccountChanged);
        const auto first = store->add(oauthAccount(QStringLiteral("1")));
        const auto second = store->add(oauthAccount(QStringLiteral("2")));
        QVERIFY(first && second);
        // Nothing chosen yet: the first account.
        QCOMPARE(store->currentAccountId(), first->id);

        QVERIFY(store->setCurrentAccount(second->id));
        QCOMPARE(currentChanged.count(), 1);
        QCOMPARE(currentChanged.at(0).at(0).toString(), second->id);
        QCOMPARE(makeStore()->currentAccount(), second);

        QVERIFY(!store->setCurrentAccount(QStringLiteral("unknown")));
        QCOMPARE(store->currentAccountId(), second->id);

        // Removing the current account falls back to the remaining one.
        const RemoveOutcome outcome = removeAccount(
            *store, second->id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails);
        QVERIFY(outcome.removed);
        QCOMPARE(store->currentAccountId(), first->id);
        QCOMPARE(currentChanged.count(), 2);
        QCOMPARE(currentChanged.at(1).at(0).toString(), first->id);

        const RemoveOutcome last = removeAccount(
            *store, first->id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails);
        QVERIFY(last.removed);
        QVERIFY(store->currentAccountId().isEmpty());
    }

    void findSameUser()
    {
        const auto store = makeStore();
        const auto anna = store->add(oauthAccount(QStringLiteral("7")));
        const auto hook = store->add(webhookAccount());
        QVERIFY(anna && hook);

        Account again = oauthAccount(QStringLiteral("7"));
        // The portal moved to a new address; member_id still identifies it.
        again.portalUrl = QUrl(QStringLiteral("https://acme.example.org/"));
        QCOMPARE(store->findSameUser(again), anna);
        QCOMPARE(store->findSameUser(oauthAccount(QStringLiteral("8"))), std::nullopt);
        // A sign-in that did not learn the user id is the one account of that portal...
        QCOMPARE(store->findSameUser(oauthAccount(QString())), anna);
        // ...but not when it could be either of two.
        const auto bert = store->add(oauthAccount(QStringLiteral("8")));
        QVERIFY(bert);
        QCOMPARE(store->findSameUser(oauthAccount(QString())), std::nullopt);
        QCOMPARE(store->findSameUser(oauthAccount(QStringLiteral("8"))), bert);

        Account otherPortal = oauthAccount(QStringLiteral("7"));
        otherPortal.memberId = QStringLiteral("other");
        QCOMPARE(store->findSameUser(otherPortal), std::nullopt);

        // Webhooks have no member_id: the host decides.
        Account hookAgain = webhookAccount();
        hookAgain.portalUrl = QUrl(QStringLiteral("https://SHOP.example.com/b24/"));
        QCOMPARE(store->findSameUser(hookAgain), hook);
        hookAgain.authKind = Account::AuthKind::OAuth;
        QCOMPARE(store->findSameUser(hookAgain), std::nullopt);
    }

    void changesByAnotherStoreAreSeen()
    {
        const auto gui = makeStore();
        const auto cli = makeStore();
        QVERIFY(gui->accounts().isEmpty());
        const auto added = cli->add(webhookAccount());
        QVERIFY(added);
        QCOMPARE(gui->accounts(), QList<Account>{*added});
        QVERIFY(cli->rename(added->id, QStringLiteral("Shop")));
        QCOMPARE(gui->account(added->id)->displayName, QStringLiteral("Shop"));
    }

    void removeDeletesThatAccountsSecretsOnly()
    {
        const auto store = makeStore();
        const auto gone = store->add(oauthAccount(QStringLiteral("1")));
        const auto kept = store->add(oauthAccount(QStringLiteral("2")));
        QVERIFY(gone && kept);
        for (Kind kind : SecretStore::allKinds()) {
            QVERIFY(!writeSecret(*m_secrets, gone->id, kind, QStringLiteral("gone-secret-1"))
                         .isError());
        }
        QVERIFY(
            !writeSecret(*m_secrets, kept->id, Kind::RefreshToken, QStringLiteral("kept-secret-2"))
                 .isError());
        QSignalSpy removedSpy(store.get(), &AccountStore::accountRemoved);

        const RemoveOutcome outcome =
            removeAccount(*store, gone->id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QVERIFY(outcome.removed);
        QCOMPARE(removedSpy.count(), 1);
        QVERIFY(!store->contains(gone->id));
        QVERIFY(store->contains(kept->id));
        for (Kind kind : SecretStore::allKinds())
            QCOMPARE(readSecret(*m_secrets, gone->id, kind).first.code(), Code::EntryNotFound);
        QCOMPARE(readSecret(*m_secrets, kept->id, Kind::RefreshToken).second,
                 QStringLiteral("kept-secret-2"));
    }

    void removeUnknownAccount()
    {
        const auto store = makeStore();
        const RemoveOutcome outcome = removeAccount(
            *store, QStringLiteral("unknown"), AccountStore::RemovePolicy::RemoveAccountAnyway);
        QVERIFY(!outcome.removed);
        QVERIFY(!outcome.error.isError());
        QVERIFY(!store->errorString().isEmpty());
    }

    void keychainFailureKeepsTheAccountUnlessTheUserInsists()
    {
#ifndef Q_OS_LINUX
        QSKIP("Simulates a missing Secret Service; other platforms always have a keychain.");
#endif
        SecretStore keychain(QStringLiteral("MailboxBrowserUnitTest"));
        QCOMPARE(keychain.mode(), SecretStore::Mode::Keychain);
        const auto store = makeStore(&keychain);
        const auto account = store->add(oauthAccount());
        QVERIFY(account);
        QSignalSpy removedSpy(store.get(), &AccountStore::accountRemoved);

        const RemoveOutcome kept = removeAccount(
            *store, account->id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails);
        QVERIFY(!kept.removed);
        QCOMPARE(kept.error.code(), Code::NoBackend);
        QVERIFY(!store->errorString().isEmpty());
        QCOMPARE(makeStore()->account(account->id), account);
        QCOMPARE(removedSpy.count(), 0);

        const RemoveOutcome forced =
            removeAccount(*store, account->id, AccountStore::RemovePolicy::RemoveAccountAnyway);
        QVERIFY(forced.removed);
        // Still reported: the user should learn that keychain entries may remain.
        QCOMPARE(forced.error.code(), Code::NoBackend);
        QVERIFY(!makeStore()->contains(account->id));
        QCOMPARE(removedSpy.count(), 1);
    }

    void settingsFileHoldsNoSecret()
    {
        const auto store = makeStore();
        const auto account = store->add(oauthAccount());
        QVERIFY(account);
        const QString secrets[] = {QStringLiteral("access-9f8e7d6c5b4a"),
                                   QStringLiteral("refresh-1a2b3c4d5e6f"),
                                   QStringLiteral("client-secret-0011223344"),
                                   QStringLiteral("https://acme.bitrix24.com/rest/7/hk9x8w7v6u/")};
        const QList<Kind> kinds = SecretStore::allKinds();
        for (int i = 0; i < kinds.size(); ++i)
            QVERIFY(!writeSecret(*m_secrets, account->id, kinds.at(i), secrets[i]).isError());
        QVERIFY(store->rename(account->id, QStringLiteral("Renamed")));

        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("acme.bitrix24.com")); // the file is the one written
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!content.contains("hk9x8w7v6u"));
    }
};

int main(int argc, char **argv)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", missingBus);
    QCoreApplication app(argc, argv);
    TestAccountStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountstore.moc"
