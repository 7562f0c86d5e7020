#include "rest/AccessTokenCredential.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mb;

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseWebhook_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("portal");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *name, const char *in, const char *portal, const char *uid,
                            const char *code) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(portal)
                                << QString::fromUtf8(uid) << QString::fromUtf8(code);
        };
        row("v3", "https://acme.bitrix24.com/rest/api/7/k3y9example1234/",
            "https://acme.bitrix24.com/", "7", "k3y9example1234");
        row("v1", "https://acme.bitrix24.com/rest/7/k3y9example1234/", "https://acme.bitrix24.com/",
            "7", "k3y9example1234");
        row("v1 no slash", "https://acme.bitrix24.com/rest/7/k3y9example1234",
            "https://acme.bitrix24.com/", "7", "k3y9example1234");
        row("v1 with method", "https://acme.bitrix24.com/rest/7/k3y9example1234/profile.json",
            "https://acme.bitrix24.com/", "7", "k3y9example1234");
        row("v3 with method",
            "https://acme.bitrix24.com/rest/api/7/k3y9example1234/mail.mailbox.list",
            "https://acme.bitrix24.com/", "7", "k3y9example1234");
        row("port", "https://b24.example.org:8443/rest/1/abcdefgh/",
            "https://b24.example.org:8443/", "1", "abcdefgh");
        row("subfolder", "https://intranet.example.org/b24/rest/12/abcdefgh12/",
            "https://intranet.example.org/b24/", "12", "abcdefgh12");
        row("loopback http", "http://127.0.0.1:5555/rest/api/1/abcdefgh/", "http://127.0.0.1:5555/",
            "1", "abcdefgh");
    }

    void parseWebhook()
    {
        QFETCH(QString, input);
        QFETCH(QString, portal);
        QFETCH(QString, userId);
        QFETCH(QString, code);
        QString why;
        const auto parts = WebhookCredential::parse(QUrl(input), &why);
        QVERIFY2(parts, qPrintable(why));
        QCOMPARE(parts->portal.toString(), portal);
        QCOMPARE(parts->userId, userId);
        QCOMPARE(parts->code, code);

        WebhookCredential credential(*parts);
        // Normalised to the v3 form whatever came in.
        QCOMPARE(credential.baseUrl().toString(),
                 portal + QStringLiteral("rest/api/%1/%2/").arg(userId, code));
        QCOMPARE(credential.methodUrl(QStringLiteral("mail.mailbox.get")).toString(),
                 credential.baseUrl().toString() + QStringLiteral("mail.mailbox.get"));
        QVERIFY(!credential.maskedUrl().contains(code));
        QVERIFY(!credential.displayUrl(QStringLiteral("x")).contains(code));
        QVERIFY(credential.secrets().contains(code.toUtf8()));
    }

    void rejectsWhatIsNotAWebhook_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain http")
            << QStringLiteral("http://acme.bitrix24.com/rest/7/k3y9example1/");
        QTest::newRow("no code") << QStringLiteral("https://acme.bitrix24.com/rest/7/");
        QTest::newRow("no user") << QStringLiteral("https://acme.bitrix24.com/rest/abc/defghijk/");
        QTest::newRow("portal only") << QStringLiteral("https://acme.bitrix24.com/");
        QTest::newRow("garbage") << QStringLiteral("not a url");
        QTest::newRow("ftp") << QStringLiteral("ftp://acme.bitrix24.com/rest/7/k3y9example1/");
        QTest::newRow("too long tail")
            << QStringLiteral("https://acme.bitrix24.com/rest/7/k3y9example1/a/b/c");
    }

    void rejectsWhatIsNotAWebhook()
    {
        QFETCH(QString, input);
        QString why;
        QVERIFY(!WebhookCredential::parse(QUrl(input), &why));
        QVERIFY(!why.isEmpty());
    }

    void webhookSignsNothingInTheBody()
    {
        const auto parts =
            WebhookCredential::parse(QUrl(QStringLiteral("https://a.test/rest/1/abcdefgh/")));
        QVERIFY(parts);
        WebhookCredential credential(*parts);
        QNetworkRequest request;
        QJsonObject body{{QStringLiteral("id"), 1}};
        credential.authorize(request, &body);
        QCOMPARE(body.size(), 1);
        QVERIFY(credential.supportsBatch());
    }

    void relocation()
    {
        const auto parts =
            WebhookCredential::parse(QUrl(QStringLiteral("https://old.test/rest/api/1/abcdefgh/")));
        WebhookCredential credential(*parts);
        int changed = 0;
        connect(&credential, &Credential::changed, this, [&] { ++changed; });
        credential.relocate(QUrl(QStringLiteral("https://new.test/")));
        QCOMPARE(changed, 1);
        QCOMPARE(credential.baseUrl().toString(),
                 QStringLiteral("https://new.test/rest/api/1/abcdefgh/"));
    }

    void accessToken()
    {
        const QString token = QStringLiteral("a1b2c3d4e5f6a7b8c9d0");
        AccessTokenCredential credential(QUrl(QStringLiteral("https://acme.test/rest/")), token);
        QCOMPARE(credential.portalUrl().toString(), QStringLiteral("https://acme.test/"));
        QCOMPARE(credential.methodUrl(QStringLiteral("mail.mailbox.list")).toString(),
                 QStringLiteral("https://acme.test/rest/api/mail.mailbox.list"));
        QCOMPARE(credential.clientEndpoint().toString(), QStringLiteral("https://acme.test/rest/"));
        QNetworkRequest request;
        QJsonObject body;
        credential.authorize(request, &body);
        QCOMPARE(body.value(QStringLiteral("auth")).toString(), token);
        // The token travels in the body, never in the URL.
        QVERIFY(!credential.methodUrl(QStringLiteral("x")).toString().contains(token));
        QVERIFY(!credential.canRefresh());

        // A batch body is a bare array: Bearer first, then ?auth=, then no batch at all.
        QVERIFY(credential.supportsBatch());
        QNetworkRequest batch(credential.methodUrl(QStringLiteral("batch")));
        credential.authorize(batch, nullptr);
        QCOMPARE(batch.rawHeader("Authorization"), QByteArray("Bearer ") + token.toUtf8());
        QVERIFY(!batch.url().hasQuery());
        QSignalSpy changed(&credential, &Credential::changed);
        QVERIFY(credential.fallBackForBatch());
        QNetworkRequest query(credential.methodUrl(QStringLiteral("batch")));
        credential.authorize(query, nullptr);
        QVERIFY(!query.hasRawHeader("Authorization"));
        QCOMPARE(QUrlQuery(query.url()).queryItemValue(QStringLiteral("auth")), token);
        // Only a choice that worked is worth keeping.
        QCOMPARE(changed.size(), 0);
        credential.batchSucceeded();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(credential.provenBatchAuth(), AccessTokenCredential::BatchAuth::QueryParameter);
        QVERIFY(!credential.fallBackForBatch());
        QVERIFY(!credential.supportsBatch());

        AccessTokenCredential fromRoot(QUrl(QStringLiteral("https://acme.test")), token);
        QCOMPARE(fromRoot.portalUrl().toString(), QStringLiteral("https://acme.test/"));
    }

    void cannotRefreshReportsSignInNeeded()
    {
        AccessTokenCredential credential(QUrl(QStringLiteral("https://acme.test/rest/")),
                                         QStringLiteral("tokentokentoken"));
        QSignalSpy spy(&credential, &Credential::refreshFinished);
        credential.refresh();
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.first().first().value<RestError>().category(),
                 RestError::Category::SignInNeeded);
    }

    void redactor()
    {
        auto &redactor = SecretRedactor::instance();
        redactor.add(QByteArrayLiteral("s3cr3t-value"));
        redactor.add(QByteArrayLiteral("abc")); // too short to be a secret: ignored
        const QString text = QStringLiteral("url https://x/rest/1/s3cr3t-value/ and abc");
        const QString clean = redactor.redact(text);
        QVERIFY(!clean.contains(QStringLiteral("s3cr3t-value")));
        QVERIFY(clean.contains(QStringLiteral("abc")));
        QVERIFY(clean.contains(SecretRedactor::mask()));
    }

    void aLongBodyIsShortenedAsWhenConvertedWhole()
    {
        // An answer's body of a megabyte: only the part that shows is converted, cut between
        // characters of one to four bytes, with the same text as before.
        auto &redactor = SecretRedactor::instance();
        redactor.add(QByteArrayLiteral("Qm7Vw2Lp9Zr4Xk8T"));
        QByteArray body;
        while (body.size() < 1024 * 1024)
            body += "x\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80 Qm7Vw2Lp9Zr4Xk8T ";
        for (const qsizetype maxChars : {qsizetype(0), qsizetype(1000), qsizetype(64 * 1024)}) {
            for (const qsizetype size : {body.size(), body.size() - 1, body.size() - 2}) {
                const QByteArray cut = body.left(size);
                QCOMPARE(redactor.redactAndShortenUtf8(cut, maxChars),
                         redactor.redactAndShorten(QString::fromUtf8(cut), maxChars));
            }
        }
        QCOMPARE(redactor.redactAndShortenUtf8("short \xc3\xa4", 100),
                 QString::fromUtf8("short \xc3\xa4"));
    }

    void aSecretCutByTheConversionDoesNotShow()
    {
        // Masks shrink the text: a long secret repeated makes the part converted end inside
        // one, whose first half, no longer matching, would then fall within the text shown.
        auto &redactor = SecretRedactor::instance();
        const QByteArray secret =
            QByteArrayLiteral("Hn4Tq8Wc2Yb6Kd9Lm3Pz7Rv5Sx1Fg0Jj4Hn4Tq8Wc2Yb6Kd9Lm3Pz7Rv5Sx1");
        redactor.add(secret);
        for (int pad = 0; pad < secret.size() + 1; ++pad) {
            QByteArray body(pad, 'a');
            while (body.size() < 256 * 1024)
                body += secret + ' ';
            const QString shown = redactor.redactAndShortenUtf8(body, 100);
            QVERIFY2(!shown.contains(QString::fromLatin1(secret.left(6))), qPrintable(shown));
            QVERIFY(shown.endsWith(QStringLiteral("…")));
        }
    }

    void acceptablePortalUrls()
    {
        QVERIFY(Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("https://a.test/"))));
        QVERIFY(Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("http://127.0.0.1:80/"))));
        QVERIFY(Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("http://localhost/"))));
        QVERIFY(Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("http://[::1]:8080/"))));
        QVERIFY(!Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("http://10.0.0.1/"))));
        QVERIFY(!Credential::isAcceptablePortalUrl(QUrl(QStringLiteral("http://a.test/"))));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
