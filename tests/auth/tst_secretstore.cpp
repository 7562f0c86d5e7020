// SecretStore against a real Secret Service (gnome-keyring-daemon on a private session bus,
// see scripts/with-keyring.sh). The same binary doubles as the "second process": started
// with --child it performs one operation and prints the outcome.

#include "KeychainTestSupport.h"
#include "SecretScan.h"
#include "SecretStoreSync.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "rest/SecretRedactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <optional>

using mb::Account;
using mb::AccountStore;
using mb::SecretError;
using mb::SecretStore;
using Code = mb::SecretError::Code;
using Kind = mb::SecretStore::Kind;

namespace {

constexpr int callbackTimeoutMs = testsupport::secretCallbackTimeoutMs;

using testsupport::checkAvailable;
using testsupport::readSecret;
using testsupport::removeSecrets;
using testsupport::waitFor;
using testsupport::writeSecret;

std::optional<Kind> kindFromName(const QString &name)
{
    for (Kind kind : SecretStore::allKinds()) {
        if (SecretStore::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// AccountStore::remove with the default policy, synchronously: whether the account went, and
// what the keychain said.
std::pair<bool, SecretError> removeAccountAndWait(AccountStore &accounts, const QString &id)
{
    std::optional<SecretError> result;
    bool removed = false;
    accounts.remove(id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails, &accounts,
                    [&](bool r, const SecretError &e) {
                        removed = r;
                        result = e;
                    });
    const SecretError error = waitFor(result);
    return {removed, error};
}

QString errorLine(const SecretError &error)
{
    return QStringLiteral("ERR %1 %2")
        .arg(SecretError::codeName(error.code()), error.userMessage());
}

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

// A keychain that never answers: jobs are configured but not started. The test plays a late
// answer by emitting a held job's finished() itself.
class HangingStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QList<QPointer<QKeychain::Job>> held;

protected:
    void startJob(QKeychain::Job *job) override { held.append(job); }
};

// --child <service> <command> [args]: one operation in a fresh process, outcome on stdout.
int runChild(QStringList args)
{
    if (args.size() < 2)
        return 2;
    SecretStore store(args.takeFirst());
    const QString command = args.takeFirst();
    if (command == QLatin1String("read") && args.size() == 2) {
        const auto kind = kindFromName(args.at(1));
        if (!kind)
            return 2;
        const auto [error, secret] = readSecret(store, args.at(0), *kind);
        print(error.isError() ? errorLine(error) : QStringLiteral("OK ") + secret);
        return 0;
    }
    if (command == QLatin1String("write") && args.size() == 3) {
        const auto kind = kindFromName(args.at(1));
        if (!kind)
            return 2;
        const SecretError error = writeSecret(store, args.at(0), *kind, args.at(2));
        print(error.isError() ? errorLine(error) : QStringLiteral("OK"));
        return 0;
    }
    if (command == QLatin1String("remove-account") && args.size() == 1) {
        const SecretError error = removeSecrets(store, args.at(0));
        print(error.isError() ? errorLine(error) : QStringLiteral("OK"));
        return 0;
    }
    if (command == QLatin1String("check") && args.isEmpty()) {
        const SecretError error = checkAvailable(store);
        print(error.isError() ? errorLine(error) : QStringLiteral("OK"));
        return 0;
    }
    if (command == QLatin1String("account-remove") && args.size() == 2) {
        // AccountStore::remove with the default policy, on the parent's settings file.
        AccountStore accounts(std::make_unique<QSettings>(args.at(0), QSettings::IniFormat),
                              &store);
        const auto [removed, error] = removeAccountAndWait(accounts, args.at(1));
        print(QStringLiteral("%1 %2").arg(
            removed ? QStringLiteral("removed") : QStringLiteral("kept"),
            error.isError() ? errorLine(error) : QStringLiteral("OK")));
        return 0;
    }
    return 2;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    QString m_keyringRoot; // the throw-away tree with-keyring.sh made: HOME, XDG dirs
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    QStringList m_written; // every secret handed to the keychain, for noSecretOnDisk()

    QString newAccountId() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QString newSecret(const QString &what)
    {
        const QString secret = what + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
        m_written.append(secret);
        return secret;
    }
    QString settingsFile() const { return m_settingsDir->filePath(QStringLiteral("mb.ini")); }

    // What a different client of the Secret Service (libsecret's secret-tool) sees under
    // QtKeychain's attributes: proves an entry really is in, or really is not in, the keyring.
    std::optional<QString> lookupWithSecretTool(const QString &account, Kind kind) const
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                 QStringLiteral("user"), SecretStore::entryKey(account, kind)});
        if (!p.waitForFinished(callbackTimeoutMs) || p.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("<secret-tool failed>");
        if (p.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString child(const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child"), m_service} + args);
        if (!p.waitForFinished(callbackTimeoutMs * 2))
            return QStringLiteral("<child timed out>");
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("<child failed %1: %2>")
                .arg(p.exitCode())
                .arg(QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    static Account sampleAccount(const QString &id)
    {
        Account a;
        a.id = id;
        a.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/"));
        a.authKind = Account::AuthKind::OAuth;
        a.userId = QStringLiteral("7");
        a.userName = QStringLiteral("Anna");
        a.clientId = QStringLiteral("local.5f0a.123");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Refuse to run against the user's own keyring and HOME: the test writes entries and
        // searches every file under HOME.
        m_keyringRoot = testsupport::privateKeyringRoot();
        if (m_keyringRoot.isEmpty())
            QFAIL(testsupport::keyringRequired);
        m_service = QStringLiteral("MailboxBrowserTest-%1").arg(QCoreApplication::applicationPid());
        m_settingsDir = std::make_unique<QTemporaryDir>(
            QDir::home().filePath(QStringLiteral("settings-XXXXXX")));
        QVERIFY(m_settingsDir->isValid());
    }

    void keychainIsAvailable()
    {
        SecretStore store(m_service);
        const SecretError error = checkAvailable(store);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    }

    void roundTrip()
    {
        SecretStore store(m_service);
        QCOMPARE(store.mode(), SecretStore::Mode::Keychain);
        const QString account = newAccountId();
        const QString secret = newSecret(QStringLiteral("access"));

        std::optional<SecretError> result;
        store.write(account, Kind::AccessToken, secret, this,
                    [&](const SecretError &e) { result = e; });
        QVERIFY2(!result.has_value(), "the callback must come through the event loop");
        const SecretError written = waitFor(result);
        QVERIFY2(!written.isError(), qPrintable(written.userMessage()));

        const auto [readError, value] = readSecret(store, account, Kind::AccessToken);
        QVERIFY2(!readError.isError(), qPrintable(readError.userMessage()));
        QCOMPARE(value, secret);
        QCOMPARE(lookupWithSecretTool(account, Kind::AccessToken), secret);
        // Other kinds of the same account are separate entries.
        QCOMPARE(readSecret(store, account, Kind::RefreshToken).first.code(), Code::EntryNotFound);

        std::optional<SecretError> removed;
        store.remove(account, Kind::AccessToken, this, [&](const SecretError &e) { removed = e; });
        QVERIFY(!waitFor(removed).isError());
        QCOMPARE(readSecret(store, account, Kind::AccessToken).first.code(), Code::EntryNotFound);
        QCOMPARE(lookupWithSecretTool(account, Kind::AccessToken), std::nullopt);

        // Deleting what is not there is not an error.
        removed.reset();
        store.remove(account, Kind::AccessToken, this, [&](const SecretError &e) { removed = e; });
        QVERIFY(!waitFor(removed).isError());
    }

    void overwriteKeepsOnlyTheNewValue()
    {
        SecretStore store(m_service);
        const QString account = newAccountId();
        const QString first = newSecret(QStringLiteral("refresh1"));
        const QString second = newSecret(QStringLiteral("refresh2"));
        QVERIFY(!writeSecret(store, account, Kind::RefreshToken, first).isError());
        QVERIFY(!writeSecret(store, account, Kind::RefreshToken, second).isError());
        QCOMPARE(readSecret(store, account, Kind::RefreshToken).second, second);
        QCOMPARE(lookupWithSecretTool(account, Kind::RefreshToken), second);
        QVERIFY(!removeSecrets(store, account).isError());
    }

    void nonAsciiSecretRoundTrips()
    {
        SecretStore store(m_service);
        const QString account = newAccountId();
        const QString secret = newSecret(QStringLiteral("pässwörd-✓-секрет"));
        QVERIFY(!writeSecret(store, account, Kind::ClientSecret, secret).isError());
        QCOMPARE(readSecret(store, account, Kind::ClientSecret).second, secret);
        QVERIFY(!removeSecrets(store, account).isError());
    }

    void entryNotFound()
    {
        SecretStore store(m_service);
        const auto [error, value] = readSecret(store, newAccountId(), Kind::WebhookUrl);
        QCOMPARE(error.code(), Code::EntryNotFound);
        QVERIFY(value.isEmpty());
        QCOMPARE(error.userMessage().startsWith(SecretError::message(Code::EntryNotFound)), true);
    }

    void invalidAccountIdIsRefused()
    {
        SecretStore store(m_service);
        QCOMPARE(writeSecret(store, QString(), Kind::AccessToken, QStringLiteral("x12345")).code(),
                 Code::Other);
        QCOMPARE(
            writeSecret(store, QStringLiteral("a/b"), Kind::AccessToken, QStringLiteral("x12345"))
                .code(),
            Code::Other);
        QCOMPARE(writeSecret(store, newAccountId(), Kind::AccessToken, QString()).code(),
                 Code::Other);
    }

    void oversizedEntryFailsAndKeepsTheOldValue()
    {
        SecretStore store(m_service);
        const QString account = newAccountId();
        const QString old = newSecret(QStringLiteral("webhook"));
        QVERIFY(!writeSecret(store, account, Kind::WebhookUrl, old).isError());

        const QString tooLong(SecretStore::MaxEntryBytes + 1, QLatin1Char('w'));
        const SecretError error = writeSecret(store, account, Kind::WebhookUrl, tooLong);
        QCOMPARE(error.code(), Code::EntryTooLarge);
        QVERIFY(error.userMessage().contains(QString::number(SecretStore::MaxEntryBytes)));
        // Counted in UTF-8 bytes, as stored: 1281 two-byte characters are 2562 bytes.
        const QString wide(SecretStore::MaxEntryBytes / 2 + 1, QChar(0x00e9));
        QCOMPARE(writeSecret(store, account, Kind::WebhookUrl, wide).code(), Code::EntryTooLarge);
        // Nothing truncated, nothing replaced.
        QCOMPARE(readSecret(store, account, Kind::WebhookUrl).second, old);

        // The limit itself is allowed, and comes back whole (newSecret() appends 33 chars).
        const QString atLimit =
            newSecret(QString(SecretStore::MaxEntryBytes - 33 - 6, QLatin1Char('L')) +
                      QStringLiteral("-limit"));
        QCOMPARE(atLimit.toUtf8().size(), SecretStore::MaxEntryBytes);
        QVERIFY(!writeSecret(store, account, Kind::WebhookUrl, atLimit).isError());
        QCOMPARE(readSecret(store, account, Kind::WebhookUrl).second, atLimit);
        QVERIFY(!removeSecrets(store, account).isError());
    }

    void writtenSecretsAreRedacted()
    {
        SecretStore store(m_service);
        const QString account = newAccountId();
        const QString secret = newSecret(QStringLiteral("redact"));
        QVERIFY(!writeSecret(store, account, Kind::AccessToken, secret).isError());
        const QString line = QStringLiteral("token=") + secret + QStringLiteral(" end");
        const QString redacted = mb::SecretRedactor::instance().redact(line);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(mb::SecretRedactor::mask()));
        QVERIFY(!removeSecrets(store, account).isError());
    }

    void secondProcessReadsWhatFirstWrote()
    {
        SecretStore store(m_service);
        const QString account = newAccountId();
        const QString secret = newSecret(QStringLiteral("shared"));
        QVERIFY(!writeSecret(store, account, Kind::RefreshToken, secret).isError());
        QCOMPARE(child({QStringLiteral("read"), account, QStringLiteral("refresh_token")}),
                 QStringLiteral("OK ") + secret);

        // And the other way round.
        const QString fromChild = newSecret(QStringLiteral("child"));
        QCOMPARE(
            child({QStringLiteral("write"), account, QStringLiteral("client_secret"), fromChild}),
            QStringLiteral("OK"));
        QCOMPARE(readSecret(store, account, Kind::ClientSecret).second, fromChild);

        QCOMPARE(child({QStringLiteral("remove-account"), account}), QStringLiteral("OK"));
        QCOMPARE(readSecret(store, account, Kind::RefreshToken).first.code(), Code::EntryNotFound);
        QCOMPARE(readSecret(store, account, Kind::ClientSecret).first.code(), Code::EntryNotFound);
    }

    void sessionOnlyKeepsNothingInTheKeychain()
    {
        SecretStore session(m_service);
        session.setMode(SecretStore::Mode::SessionOnly);
        const QString account = newAccountId();
        const QString secret = newSecret(QStringLiteral("session"));
        QVERIFY(!writeSecret(session, account, Kind::AccessToken, secret).isError());
        QCOMPARE(readSecret(session, account, Kind::AccessToken).second, secret);
        QVERIFY(!checkAvailable(session).isError());

        SecretStore keychain(m_service);
        QCOMPARE(readSecret(keychain, account, Kind::AccessToken).first.code(),
                 Code::EntryNotFound);
        QCOMPARE(lookupWithSecretTool(account, Kind::AccessToken), std::nullopt);
        QVERIFY(child({QStringLiteral("read"), account, QStringLiteral("access_token")})
                    .startsWith(QStringLiteral("ERR EntryNotFound")));

        // The limit holds in memory too: what works now must work once a keychain exists.
        QCOMPARE(writeSecret(session, account, Kind::AccessToken,
                             QString(SecretStore::MaxEntryBytes + 1, QLatin1Char('s')))
                     .code(),
                 Code::EntryTooLarge);

        // Leaving session-only mode forgets the session secrets instead of storing them.
        session.setMode(SecretStore::Mode::Keychain);
        QCOMPARE(readSecret(session, account, Kind::AccessToken).first.code(), Code::EntryNotFound);
        QCOMPARE(lookupWithSecretTool(account, Kind::AccessToken), std::nullopt);
    }

    void removeAccountDeletesEveryKindOfThatAccountOnly()
    {
        SecretStore store(m_service);
        const QString gone = newAccountId();
        const QString kept = newAccountId();
        for (Kind kind : SecretStore::allKinds()) {
            QVERIFY(
                !writeSecret(store, gone, kind, newSecret(SecretStore::kindName(kind))).isError());
        }
        const QString keptSecret = newSecret(QStringLiteral("kept"));
        QVERIFY(!writeSecret(store, kept, Kind::AccessToken, keptSecret).isError());

        QVERIFY(!removeSecrets(store, gone).isError());
        for (Kind kind : SecretStore::allKinds()) {
            QCOMPARE(readSecret(store, gone, kind).first.code(), Code::EntryNotFound);
            QCOMPARE(lookupWithSecretTool(gone, kind), std::nullopt);
        }
        QCOMPARE(readSecret(store, kept, Kind::AccessToken).second, keptSecret);
        QVERIFY(!removeSecrets(store, kept).isError());
    }

    void accountRemovalDeletesItsSecrets()
    {
        SecretStore secrets(m_service);
        AccountStore accounts(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat),
                              &secrets);
        const auto added = accounts.add(sampleAccount({}));
        QVERIFY2(added, qPrintable(accounts.errorString()));
        const QString access = newSecret(QStringLiteral("acc-access"));
        const QString refresh = newSecret(QStringLiteral("acc-refresh"));
        QVERIFY(!writeSecret(secrets, added->id, Kind::AccessToken, access).isError());
        QVERIFY(!writeSecret(secrets, added->id, Kind::RefreshToken, refresh).isError());

        const auto [removed, error] = removeAccountAndWait(accounts, added->id);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(removed);
        QVERIFY(!accounts.contains(added->id));
        QCOMPARE(lookupWithSecretTool(added->id, Kind::AccessToken), std::nullopt);
        QCOMPARE(lookupWithSecretTool(added->id, Kind::RefreshToken), std::nullopt);
    }

    void noSecretServiceGivesNoBackendAndDeletesNothing()
    {
        SecretStore store(m_service);
        AccountStore accounts(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat),
                              &store);
        const auto added = accounts.add(sampleAccount({}));
        QVERIFY2(added, qPrintable(accounts.errorString()));
        const QString secret = newSecret(QStringLiteral("survivor"));
        QVERIFY(!writeSecret(store, added->id, Kind::AccessToken, secret).isError());

        const QProcessEnvironment noBus = testsupport::withoutSecretService(
            QProcessEnvironment::systemEnvironment(), m_settingsDir->path());
        const QString noBackend = QStringLiteral("ERR NoBackend ");

        const QString check = child({QStringLiteral("check")}, noBus);
        QVERIFY2(check.startsWith(noBackend), qPrintable(check));
        QVERIFY2(check.contains(QLatin1String("GNOME Keyring")), qPrintable(check));
        const QString read =
            child({QStringLiteral("read"), added->id, QStringLiteral("access_token")}, noBus);
        QVERIFY2(read.startsWith(noBackend), qPrintable(read));
        const QString write = child({QStringLiteral("write"), added->id,
                                     QStringLiteral("access_token"), QStringLiteral("x123456")},
                                    noBus);
        QVERIFY2(write.startsWith(noBackend), qPrintable(write));
        const QString removeSecretsOutput =
            child({QStringLiteral("remove-account"), added->id}, noBus);
        QVERIFY2(removeSecretsOutput.startsWith(noBackend), qPrintable(removeSecretsOutput));
        const QString removeAccount =
            child({QStringLiteral("account-remove"), settingsFile(), added->id}, noBus);
        QVERIFY2(removeAccount.startsWith(QStringLiteral("kept ") + noBackend),
                 qPrintable(removeAccount));

        // Everything is still there for when the keychain comes back.
        QCOMPARE(readSecret(store, added->id, Kind::AccessToken).second, secret);
        QCOMPARE(lookupWithSecretTool(added->id, Kind::AccessToken), secret);
        QVERIFY(accounts.contains(added->id));
        QCOMPARE(accounts.account(added->id), added);

        // With the keychain back, the same removal goes through.
        QCOMPARE(child({QStringLiteral("account-remove"), settingsFile(), added->id}),
                 QStringLiteral("removed OK"));
        QVERIFY(!accounts.contains(added->id));
        QCOMPARE(lookupWithSecretTool(added->id, Kind::AccessToken), std::nullopt);
    }

    // Keep last: searches every file the other tests could have caused to be written.
    void hangingKeychainTimesOut()
    {
        QCOMPARE(SecretStore(QStringLiteral("unused")).timeoutMs(), SecretStore::DefaultTimeoutMs);
        HangingStore store(QStringLiteral("mb-test-hanging"));
        store.setTimeoutMs(50);
        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);

        int reads = 0;
        std::optional<SecretError> readError;
        store.read(account, Kind::RefreshToken, &store, [&](const SecretError &e, const QString &) {
            ++reads;
            readError = e;
        });
        int writes = 0;
        std::optional<SecretError> writeError;
        store.write(account, Kind::AccessToken, QStringLiteral("hanging-write-secret-1"), &store,
                    [&](const SecretError &e) {
                        ++writes;
                        writeError = e;
                    });
        QVERIFY(QTest::qWaitFor([&] { return readError && writeError; }, callbackTimeoutMs));
        QCOMPARE(readError->code(), Code::Timeout);
        QCOMPARE(writeError->code(), Code::Timeout);
        QVERIFY(readError->isStoreUnavailable());
        QVERIFY2(readError->userMessage().contains(QLatin1String("did not answer")),
                 qPrintable(readError->userMessage()));
        QCOMPARE(store.held.size(), 2);

        // The keychain wakes up and answers: too late, and nobody hears it twice.
        for (const QPointer<QKeychain::Job> &job : std::as_const(store.held)) {
            QVERIFY(job);
            Q_EMIT job->finished(job);
        }
        QCoreApplication::processEvents();
        QCOMPARE(reads, 1);
        QCOMPARE(writes, 1);
        qDeleteAll(store.held);
    }

    void lateAnswerAfterTheStoreIsGone()
    {
        QList<QPointer<QKeychain::Job>> held;
        int calls = 0;
        {
            HangingStore store(QStringLiteral("mb-test-hanging"));
            store.setTimeoutMs(60 * 1000);
            store.read(QStringLiteral("gone"), Kind::RefreshToken, &store,
                       [&](const SecretError &, const QString &) { ++calls; });
            held = store.held;
        }
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first());
        Q_EMIT held.first()->finished(held.first());
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
        qDeleteAll(held);
    }

    void noSecretOnDisk()
    {
        QVERIFY(m_written.size() > 10);
        // The settings file was written by the account tests and lies inside the searched
        // tree, as does a planted canary that the search must find.
        QVERIFY(QFile::exists(settingsFile()));
        QVERIFY(settingsFile().startsWith(m_keyringRoot + QLatin1Char('/')));
        const QByteArray canary = QUuid::createUuid().toByteArray(QUuid::Id128);
        {
            QFile f(QDir::home().filePath(QStringLiteral("canary.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("prefix " + canary + " suffix");
        }

        QList<QByteArray> needles;
        for (const QString &secret : std::as_const(m_written)) {
            needles.append(secret.toUtf8());
            needles.append(
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2));
            needles.append(secret.toUtf8().toBase64());
        }

        bool canaryFound = false;
        QStringList leaks;
        const int filesSearched = testsupport::forEachFile(
            m_keyringRoot, [&](const QString &path, const QByteArray &content) {
                if (content.contains(canary))
                    canaryFound = true;
                for (const QByteArray &needle : std::as_const(needles)) {
                    if (content.contains(needle))
                        leaks.append(path);
                }
            });
        QVERIFY2(canaryFound, "the file search itself is broken");
        QVERIFY(filesSearched >= 3); // canary, settings, the encrypted keyring at least
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--child"))
        return runChild(args.mid(2));
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
