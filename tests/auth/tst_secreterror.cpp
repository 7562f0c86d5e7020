// SecretError's mapping and texts, and the SecretRedactor rules that keep secrets out of
// every message.

#include "auth/OAuthError.h"
#include "auth/SecretError.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

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
                                   Code::Timeout,       Code::Other};
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
        // A hanging keychain may answer next time: nothing stored may be given up for it.
        QVERIFY(SecretError(Code::Timeout).isStoreUnavailable());
        QVERIFY(!SecretError(Code::EntryNotFound).isStoreUnavailable());
        QVERIFY(!SecretError(Code::Other).isStoreUnavailable());
        QVERIFY(!SecretError().isStoreUnavailable());
    }

    void timeoutSaysWhatHappened()
    {
        QCOMPARE(SecretError::codeName(Code::Timeout), QStringLiteral("Timeout"));
        QVERIFY(SecretError::message(Code::Timeout).contains(QLatin1String("did not answer")));
    }

    void shortWebhookCodeIsMasked()
    {
        // WebhookCredential::parse accepts a 4-character code; the redactor must know it.
        const auto parts =
            mb::WebhookCredential::parse(QUrl(QStringLiteral("https://p.test/rest/7/k9Qz/")));
        QVERIFY(parts);
        QCOMPARE(parts->code, QStringLiteral("k9Qz"));
        const mb::WebhookCredential credential(*parts);
        const auto &redactor = mb::SecretRedactor::instance();
        const QString mask = mb::SecretRedactor::mask();

        // Standing alone (a path segment, a query value, a word of its own): masked.
        QCOMPARE(redactor.redact(QStringLiteral("GET https://p.test/rest/api/7/k9Qz/profile")),
                 QStringLiteral("GET https://p.test/rest/api/7/") + mask +
                     QStringLiteral("/profile"));
        QCOMPARE(redactor.redact(QStringLiteral("?auth=k9Qz&x=1")),
                 QStringLiteral("?auth=") + mask + QStringLiteral("&x=1"));
        QCOMPARE(redactor.redact(QStringLiteral("code k9Qz.")),
                 QStringLiteral("code ") + mask + QStringLiteral("."));
        // Inside a longer word it is not the secret: the message stays readable.
        QCOMPARE(redactor.redact(QStringLiteral("xk9Qz k9Qzy k9Qz-2 k9Qz_a")),
                 QStringLiteral("xk9Qz k9Qzy k9Qz-2 k9Qz_a"));
    }

    void redactionRules()
    {
        auto &redactor = mb::SecretRedactor::instance();
        const QString mask = mb::SecretRedactor::mask();
        // Too short to be any credential we accept: never registered.
        redactor.add("abc");
        QCOMPARE(redactor.redact(QStringLiteral("abc abc")), QStringLiteral("abc abc"));
        // A long secret goes wherever it appears, even glued to other text.
        redactor.add("Zt5s8Lq2wNc4");
        QCOMPARE(redactor.redact(QStringLiteral("xxZt5s8Lq2wNc4yy")),
                 QStringLiteral("xx") + mask + QStringLiteral("yy"));
        // A secret containing another one is masked whole, whichever came first.
        redactor.add("Zt5s8Lq2wNc4-and-more-of-it");
        QCOMPARE(redactor.redact(QStringLiteral("[Zt5s8Lq2wNc4-and-more-of-it]")),
                 QStringLiteral("[") + mask + QStringLiteral("]"));
    }

    void redactsBeforeShortening()
    {
        // A secret that straddles the cut: cutting first would leave its first half, which
        // no longer matches, in the message.
        auto &redactor = mb::SecretRedactor::instance();
        const QString secret = QStringLiteral("Sv7rT2kLm9Qx4pZa8Wn3");
        redactor.add(secret.toUtf8());
        const QString text =
            QString(95, u'a') + QLatin1Char(' ') + secret + QStringLiteral(" tail");
        const QString shown = redactor.redactAndShorten(text, 100);
        QVERIFY2(!shown.contains(secret.left(4)), qPrintable(shown));
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        QVERIFY(shown.size() <= 101);
        // Short text is left alone apart from the masks.
        QCOMPARE(redactor.redactAndShorten(QStringLiteral("no ") + secret, 100),
                 QStringLiteral("no ") + mb::SecretRedactor::mask());

        // The authorization server's error_description goes the same way.
        const mb::OAuthError error = mb::OAuthError::fromServer(
            QStringLiteral("invalid_grant"),
            QString(mb::OAuthError::MaxServerTextChars - 5, u'b') + QLatin1Char(' ') + secret, 400,
            false);
        QVERIFY(!error.detail().contains(secret.left(4)));
        QVERIFY(!error.userMessage().contains(secret.left(4)));
        QVERIFY(error.detail().size() <= mb::OAuthError::MaxServerTextChars + 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretError)
#include "tst_secreterror.moc"
