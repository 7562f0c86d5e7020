// AccountCache: the file format (every JSON type back as it went in), files that are not ours
// or not whole, owner-only permissions, removal with the account; and AccountCacheKeeper: the
// lists a load brought are written (never the webhook), and seed the models of the next start.

#include "../models/ModelTestSupport.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "models/AccountCacheKeeper.h"
#include "models/FieldCatalog.h"
#include "models/MailboxListModel.h"
#include "models/SenderModel.h"
#include "settings/AccountCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mb::AccountCache;
using mb::FieldDescriptor;
using mb::Mailbox;
using mb::Sender;

namespace {

const QString kAccount = QStringLiteral("0b6f3c1e-7a52-4c8e-9d0a-3f1e2d4c5b6a");

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

AccountCache::Contents sample()
{
    AccountCache::Contents c;
    c.fetchedAt = QDateTime::fromMSecsSinceEpoch(1764900000123);
    c.mailboxes = {
        Mailbox::fromJson(object(R"({"id":7,"name":"Sales","email":"sales@example.test",
            "senderName":"Sales team"})")),
        // Every JSON type, a key only this row has, and text beyond Latin-1.
        Mailbox::fromJson(object(R"({"id":"8","name":"Поддержка ✉","email":"help@example.test",
            "senderName":null,"active":true,"quota":1.5,"size":9007199254740993,
            "flags":[1,"two",{"three":3}],"owner":{"id":1,"name":"Anna"},"muted":false})")),
    };
    c.senders = {Sender::fromJson(object(R"({"email":"sales@example.test","name":"Sales team",
                     "sender":"Sales team <sales@example.test>"})"))};
    c.fields = {FieldDescriptor::fromJson(object(R"({"name":"id","type":"integer","title":"ID",
                    "sortable":true,"validationRules":[{"min":1}]})")),
                FieldDescriptor::fromJson(object(R"({"name":"email","title":"Email"})"))};
    c.hasSenders = true;
    c.hasFields = true;
    return c;
}

template<typename Row> QJsonArray jsonOf(const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &row : rows)
        array.append(row.toJson());
    return array;
}

QList<Mailbox> manyMailboxes(int count)
{
    QList<Mailbox> rows;
    rows.reserve(count);
    for (int i = 1; i <= count; ++i) {
        rows.append(Mailbox::fromJson(
            QJsonObject{{QStringLiteral("id"), i},
                        {QStringLiteral("name"), QStringLiteral("Mailbox number %1").arg(i)},
                        {QStringLiteral("email"), QStringLiteral("box%1@example.test").arg(i)},
                        {QStringLiteral("senderName"), QStringLiteral("Sender %1").arg(i)}}));
    }
    return rows;
}

} // namespace

class TestAccountCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    AccountCache cache() const { return AccountCache(m_dir.filePath(QStringLiteral("cache"))); }

    void writeRaw(const QByteArray &bytes) const
    {
        QDir().mkpath(cache().directory());
        QFile file(cache().fileName(kAccount));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void init() { QDir(cache().directory()).removeRecursively(); }

    void roundTripKeepsEveryField()
    {
        const AccountCache::Contents written = sample();
        QString error;
        QVERIFY2(cache().write(kAccount, written, &error), qPrintable(error));
        QString why;
        const auto read = cache().read(kAccount, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(read->fetchedAt, written.fetchedAt);
        QCOMPARE(jsonOf(read->mailboxes), jsonOf(written.mailboxes));
        QCOMPARE(jsonOf(read->senders), jsonOf(written.senders));
        QCOMPARE(jsonOf(read->fields), jsonOf(written.fields));
        QVERIFY(read->hasSenders);
        QVERIFY(read->hasFields);
        // The typed members come back through fromJson().
        QCOMPARE(read->mailboxes.at(1).id, 8);
        QCOMPARE(read->mailboxes.at(1).name, QStringLiteral("Поддержка ✉"));
        QCOMPARE(read->mailboxes.at(1).toJson().value(u"size").toInteger(), 9007199254740993LL);
        QCOMPARE(read->fields.at(0).sortable, std::optional<bool>(true));
    }

    void emptyListsAndNoTime()
    {
        AccountCache::Contents empty;
        QVERIFY(cache().write(kAccount, empty));
        const auto read = cache().read(kAccount);
        QVERIFY(read);
        QVERIFY(!read->fetchedAt.isValid());
        QVERIFY(read->mailboxes.isEmpty());
        QVERIFY(!read->hasSenders);
    }

    void ownerOnlyEvenOverAWiderFile()
    {
        writeRaw("old");
        QVERIFY(QFile::setPermissions(cache().fileName(kAccount),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(cache().write(kAccount, sample()));
        const auto permissions = QFile::permissions(cache().fileName(kAccount));
        QCOMPARE(permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Written whole, through a temporary file renamed over it: nothing else is left.
        QCOMPARE(QDir(cache().directory()).entryList(QDir::Files),
                 QStringList{kAccount + QStringLiteral(".cache")});
    }

    void brokenFilesAreDiscarded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        const QByteArray good = AccountCache::serialize(kAccount, sample());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a cache file");
        QTest::newRow("text") << QByteArray("{\"id\":1}\n") << QStringLiteral("not a cache file");
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator rng(14);
        for (char &c : noise)
            c = char(rng.bounded(256));
        QTest::newRow("noise") << noise << QStringLiteral("not a cache file");
        QByteArray newer = good;
        newer[5] = char(AccountCache::FormatVersion + 1); // quint16 big-endian after the magic
        QTest::newRow("newer format") << newer << QStringLiteral("format version 2");
        QTest::newRow("another account")
            << AccountCache::serialize(QStringLiteral("someone-else"), sample())
            << QStringLiteral("another account's file");
        QTest::newRow("trailing bytes") << good + "x" << QStringLiteral("damaged or truncated");
        // The mailboxes' length (after magic, version, id, time and two flags) made 4 GB.
        QByteArray huge = good;
        const qsizetype at = 4 + 2 + 4 + kAccount.toUtf8().size() + 8 + 2;
        QCOMPARE(huge.at(at + 4), '[');
        huge.replace(at, 4, QByteArray::fromHex("fffffff0"));
        QTest::newRow("huge length") << huge << QStringLiteral("damaged or truncated");
        // Rows that are no objects.
        QByteArray notRows = good;
        notRows.replace(at + 4, 2, "[1");
        QTest::newRow("not rows") << notRows << QStringLiteral("damaged or truncated");
    }

    void brokenFilesAreDiscarded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        writeRaw(bytes);
        QString reason;
        QVERIFY(!cache().read(kAccount, &reason));
        QCOMPARE(reason, why);
        QVERIFY(!QFile::exists(cache().fileName(kAccount)));
    }

    void everyTruncationIsDiscarded()
    {
        const QByteArray good = AccountCache::serialize(kAccount, sample());
        for (qsizetype size = 0; size < good.size(); ++size) {
            QVERIFY(!AccountCache::deserialize(good.left(size), kAccount));
        }
        QVERIFY(AccountCache::deserialize(good, kAccount));
    }

    void everyFlippedByteIsSurvived()
    {
        // Damage anywhere: an answer or a refusal, never a crash or a hang.
        const QByteArray good = AccountCache::serialize(kAccount, sample());
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(~bad.at(i));
            (void)AccountCache::deserialize(bad, kAccount);
        }
    }

    void unsafeIdsNameNoFile()
    {
        for (const QString &id : {QStringLiteral("../x"), QStringLiteral("a/b"), QString()}) {
            QVERIFY(cache().fileName(id).isEmpty());
            QVERIFY(!cache().write(id, sample()));
            QVERIFY(!cache().read(id));
        }
    }

    void readsHundredThousandMailboxes()
    {
        AccountCache::Contents big;
        big.fetchedAt = QDateTime::currentDateTime();
        big.mailboxes = manyMailboxes(100000);
        QVERIFY(cache().write(kAccount, big));
        QElapsedTimer clock;
        clock.start();
        const auto read = cache().read(kAccount);
        const qint64 ms = clock.elapsed();
        QVERIFY(read);
        QCOMPARE(read->mailboxes.size(), 100000);
        QCOMPARE(read->mailboxes.last().email, QStringLiteral("box100000@example.test"));
        qInfo("read 100000 mailboxes (%lld bytes) in %lld ms",
              qint64(QFile(cache().fileName(kAccount)).size()), ms);
    }

    void removedWithTheAccount()
    {
        mb::SecretStore secrets(QStringLiteral("MailboxBrowserTest"));
        secrets.setMode(mb::SecretStore::Mode::SessionOnly);
        const QString ini = m_dir.filePath(QStringLiteral("accounts.ini"));
        mb::AccountStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat), &secrets);
        mb::AccountManager accounts(&store, &secrets);
        accounts.setCacheDirectory(cache().directory());

        mb::Account account;
        account.portalUrl = QUrl(QStringLiteral("https://portal.example.test/"));
        account.authKind = mb::Account::AuthKind::Webhook;
        const auto kept = store.add(account);
        const auto removed = store.add(account);
        QVERIFY(kept && removed);
        QVERIFY(cache().write(kept->id, sample()));
        QVERIFY(cache().write(removed->id, sample()));

        bool done = false;
        store.remove(removed->id, mb::AccountStore::RemovePolicy::RemoveAccountAnyway, this,
                     [&done](bool, const mb::SecretError &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!QFile::exists(cache().fileName(removed->id)));
        QVERIFY(QFile::exists(cache().fileName(kept->id)));

        // The other program removed it: noticed when the settings are read again.
        {
            QSettings other(ini, QSettings::IniFormat);
            other.remove(QStringLiteral("accounts/") + kept->id);
        }
        accounts.reload();
        QVERIFY(!accounts.account(kept->id));
        QVERIFY(!QFile::exists(cache().fileName(kept->id)));
    }

    void keeperSavesWhatLoadsBringAndSeedsTheNextStart()
    {
        fake::PortalConfig config;
        config.mailboxes = 230;
        modeltest::Portal portal(config);
        QVERIFY(portal.started);
        const QString directory = cache().directory();
        {
            auto client = portal.newClient();
            mb::MailboxListModel mailboxes;
            mb::SenderModel senders;
            mb::FieldCatalog fields;
            mb::AccountCacheKeeper keeper(&mailboxes, &senders, &fields);
            keeper.setDirectory(directory);
            keeper.setAccount(kAccount);
            fields.setClient(client.get());
            mailboxes.setClient(client.get());
            senders.setClient(client.get());
            QVERIFY(!keeper.restore()); // nothing saved yet
            fields.load();
            mailboxes.load();
            QTRY_VERIFY_WITH_TIMEOUT(
                mailboxes.isComplete() && !senders.isLoading() && fields.isLoaded(), 20000);
            QSignalSpy saved(&keeper, &mb::AccountCacheKeeper::saved);
            QVERIFY(saved.wait(5000));
            keeper.flush();
            const auto read = cache().read(kAccount);
            QVERIFY(read);
            QCOMPARE(read->mailboxes.size(), 230);
            QCOMPARE(read->senders.size(), senders.rowCount());
            QCOMPARE(read->fields.size(), fields.fields().size());
            QCOMPARE(read->fetchedAt, mailboxes.fetchedAt());
            // What signs the requests never reaches the file.
            QFile file(cache().fileName(kAccount));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString code = portal.portal.webhookUrl().path().section(u'/', -2, -2);
            QVERIFY(!code.isEmpty());
            QVERIFY(!bytes.contains(code.toUtf8()));
            QByteArray utf16; // how QDataStream writes a QString
            for (const QChar c : code)
                utf16 +=
                    QByteArray::fromHex(QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
            QVERIFY(!bytes.contains(utf16));
        }
        {
            // The next start, with a portal that answers late: the saved rows come first.
            portal.portal.config().latencyMs = 400;
            auto client = portal.newClient();
            mb::MailboxListModel mailboxes;
            mb::SenderModel senders;
            mb::FieldCatalog fields;
            mb::AccountCacheKeeper keeper(&mailboxes, &senders, &fields);
            keeper.setDirectory(directory);
            keeper.prefetch(kAccount); // read while the session opens
            keeper.setAccount(kAccount);
            fields.setClient(client.get());
            mailboxes.setClient(client.get());
            senders.setClient(client.get());
            const auto savedAt = keeper.restore();
            QVERIFY(savedAt);
            QCOMPARE(mailboxes.rowCount(), 230);
            QCOMPARE(mailboxes.fetchedAt(), *savedAt);
            QVERIFY(mailboxes.isRefreshing());
            QVERIFY(senders.rowCount() > 0);
            QVERIFY(senders.isSeeded());
            QVERIFY(fields.isLoaded());
            QVERIFY(fields.descriptor(QStringLiteral("email")));
            const int senderRows = senders.rowCount();
            QSignalSpy resets(&mailboxes, &QAbstractItemModel::modelReset);
            QSignalSpy senderResets(&senders, &QAbstractItemModel::modelReset);
            QTRY_VERIFY_WITH_TIMEOUT(!mailboxes.isRefreshing() && !senders.isLoading(), 20000);
            QVERIFY(mailboxes.fetchedAt() > *savedAt);
            QCOMPARE(mailboxes.rowCount(), 230);
            QCOMPARE(resets.size(), 0);
            QCOMPARE(senderResets.size(), 0);
            QVERIFY(!senders.isSeeded());
            QCOMPARE(senders.rowCount(), senderRows);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountCache)
#include "tst_accountcache.moc"
