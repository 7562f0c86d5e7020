// AccountManager on a temporary INI file: the naming rules the GUI and b24mail share, the
// cached list, and noticing what the other program wrote.

#include "auth/AccountManager.h"
#include "auth/AccountStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mb::Account;
using mb::AccountManager;
using mb::AccountStore;

class TestAccountManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString settingsFile() const { return m_dir->filePath(QStringLiteral("conf/mb.ini")); }
    std::unique_ptr<AccountStore> makeStore() const
    {
        return std::make_unique<AccountStore>(
            std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat), nullptr);
    }

    static Account account(const QString &host, Account::AuthKind kind, const QString &user)
    {
        Account a;
        a.authKind = kind;
        a.portalUrl = QUrl(QStringLiteral("https://%1/").arg(host));
        a.userId = user;
        if (kind == Account::AuthKind::OAuth)
            a.clientId = QStringLiteral("local.app");
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void namesAndFinding()
    {
        auto store = makeStore();
        AccountManager manager(store.get(), nullptr);
        QVERIFY(manager.accounts().isEmpty());
        QVERIFY(!manager.currentAccount());

        const auto first = store->add(
            account(QStringLiteral("acme.test"), Account::AuthKind::Webhook, QStringLiteral("1")));
        QVERIFY(first);
        QStringList problems;
        const Account named = manager.adopt(*first, {}, &problems);
        QVERIFY(problems.isEmpty());
        // Without a name, the portal's host; and it becomes the current account.
        QCOMPARE(named.displayName, QStringLiteral("acme.test"));
        QCOMPARE(manager.currentAccountId(), first->id);

        const auto second = store->add(
            account(QStringLiteral("acme.test"), Account::AuthKind::OAuth, QStringLiteral("2")));
        const Account twin = manager.adopt(*second, {});
        QCOMPARE(twin.displayName, QStringLiteral("acme.test (2)")); // every name stays unique
        QCOMPARE(manager.accounts().size(), 2);
        QCOMPARE(manager.currentAccountId(), second->id);

        QString error;
        QCOMPARE(manager.find(QStringLiteral("ACME.TEST"), &error)->id, first->id);
        QCOMPARE(manager.find(second->id, &error)->id, second->id);
        QVERIFY(!manager.find(QStringLiteral("nobody"), &error));
        QVERIFY(error.contains(QStringLiteral("nobody")));
        QVERIFY(manager.nameTaken(QStringLiteral("acme.test (2)")));
        QVERIFY(!manager.nameTaken(QStringLiteral("acme.test (2)"), second->id));

        // A new sign-in to the portal continues its OAuth account; other ports are others.
        QCOMPARE(manager.oauthAccountOf(QUrl(QStringLiteral("https://ACME.test")))->id, second->id);
        QVERIFY(!manager.oauthAccountOf(QUrl(QStringLiteral("https://acme.test:8443/"))));

        // Two accounts renamed alike by hand: the name is ambiguous, the id still works.
        QVERIFY(store->rename(first->id, QStringLiteral("Shop")));
        QVERIFY(store->rename(second->id, QStringLiteral("shop")));
        QVERIFY(!manager.find(QStringLiteral("shop"), &error));
        QVERIFY(error.contains(QStringLiteral("2")));
    }

    void noticesTheOtherProgram()
    {
        auto mine = makeStore();
        AccountManager manager(mine.get(), nullptr);
        QSignalSpy changed(&manager, &AccountManager::accountsChanged);

        // The other program: its own QSettings on the same file.
        auto theirs = makeStore();
        const auto added = theirs->add(
            account(QStringLiteral("other.test"), Account::AuthKind::Webhook, QStringLiteral("5")));
        QVERIFY(added);
        QVERIFY(changed.wait(5000));
        QCOMPARE(manager.accounts().size(), 1);
        QCOMPARE(manager.accounts().first().portalUrl, added->portalUrl);

        const auto second = theirs->add(
            account(QStringLiteral("two.test"), Account::AuthKind::Webhook, QStringLiteral("6")));
        QVERIFY(second);
        QVERIFY(QTest::qWaitFor([&] { return manager.accounts().size() == 2; }, 5000));
        QCOMPARE(manager.currentAccountId(), added->id); // the first, while none is chosen
        changed.clear();
        QVERIFY(theirs->setCurrentAccount(second->id));
        QVERIFY(QTest::qWaitFor([&] { return manager.currentAccountId() == second->id; }, 5000));
        QVERIFY(!changed.isEmpty());

        // A change that changes nothing is not announced.
        changed.clear();
        manager.reload();
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
