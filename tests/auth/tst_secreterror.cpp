#include "auth/SecretError.h"

#include <QSet>
#include <QTest>

#include <qt6keychain/keychain.h>

using mb::SecretError;
using Code = mb::SecretError::Code;

class TestSecretError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsKeychainErrors_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Code>("expected");

        QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Code::None;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound)
                                   << QStringLiteral("No such secret item") << Code::EntryNotFound;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QString() << Code::CouldNotDelete;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << QString() << Code::AccessDenied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied)
                                << QStringLiteral("Access to keychain denied")
                                << Code::AccessDenied;
        // libsecret's SECRET_ERROR_IS_LOCKED comes through as AccessDenied with this text.
        QTest::newRow("locked") << int(QKeychain::AccessDenied)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << Code::Locked;
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available")
            << Code::NoBackend;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << Code::NoBackend;
        QTest::newRow("other") << int(QKeychain::OtherError)
                               << QStringLiteral("Could not connect: No such file or directory")
                               << Code::Other;
    }

    void mapsKeychainErrors()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, text);
        QFETCH(Code, expected);
        const SecretError error = SecretError::fromKeychain(keychainError, text);
        QCOMPARE(error.code(), expected);
        QCOMPARE(error.isError(), expected != Code::None);
        if (expected != Code::None)
            QCOMPARE(error.detail(), text);
    }

    void everyCodeHasItsOwnMessage()
    {
        const QList<Code> codes = {Code::NoBackend,     Code::AccessDenied,  Code::Locked,
                                   Code::EntryNotFound, Code::EntryTooLarge, Code::CouldNotDelete,
                                   Code::Other};
        QSet<QString> messages;
        QSet<QString> names;
        for (Code code : codes) {
            const QString message = SecretError::message(code);
            QVERIFY2(!message.isEmpty(), qPrintable(SecretError::codeName(code)));
            messages.insert(message);
            names.insert(SecretError::codeName(code));
        }
        QCOMPARE(messages.size(), codes.size());
        QCOMPARE(names.size(), codes.size());
        QVERIFY(SecretError::message(Code::None).isEmpty());
    }

    void noBackendTellsWhatToInstall()
    {
        const QString message = SecretError::message(Code::NoBackend);
        QVERIFY(message.contains(QLatin1String("GNOME Keyring")));
        QVERIFY(message.contains(QLatin1String("KWallet")));
    }

    void userMessageAddsDetail()
    {
        const SecretError error(Code::Locked, QStringLiteral("collection login"));
        QVERIFY(error.userMessage().startsWith(SecretError::message(Code::Locked)));
        QVERIFY(error.userMessage().contains(QLatin1String("collection login")));
        QCOMPARE(SecretError(Code::Locked).userMessage(), SecretError::message(Code::Locked));
    }

    void unavailableMeansKeepEverything()
    {
        QVERIFY(SecretError(Code::NoBackend).isStoreUnavailable());
        QVERIFY(SecretError(Code::Locked).isStoreUnavailable());
        QVERIFY(SecretError(Code::AccessDenied).isStoreUnavailable());
        QVERIFY(!SecretError(Code::EntryNotFound).isStoreUnavailable());
        QVERIFY(!SecretError(Code::Other).isStoreUnavailable());
        QVERIFY(!SecretError().isStoreUnavailable());
    }
};

QTEST_GUILESS_MAIN(TestSecretError)
#include "tst_secreterror.moc"
