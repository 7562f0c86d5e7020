#include "rest/RestError.h"
#include "rest/SecretRedactor.h"
#include "rest/UntrustedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using mb::RestError;
using Category = RestError::Category;

class TestRestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categories_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Category>("category");
        const auto row = [](const char *name, int status, const char *code, Category c) {
            QTest::newRow(name) << status << QString::fromLatin1(code) << c;
        };
        row("v3 access denied", 403, "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION",
            Category::AccessDenied);
        row("v3 scope", 403, "BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION",
            Category::InsufficientScope);
        row("v3 not found", 400, "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
            Category::NotFound);
        row("v3 field not found", 400,
            "BITRIX_REST_V3_REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION", Category::NotFound);
        row("v3 validation", 400, "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
            Category::Validation);
        row("v3 invalid json", 400, "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION",
            Category::Validation);
        row("v3 pagination", 400, "BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION",
            Category::Pagination);
        row("v3 unknown field", 400, "BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION",
            Category::UnknownField);
        row("v3 invalid select", 400, "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION",
            Category::UnknownField);
        row("v3 method not found", 404, "BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION",
            Category::MethodNotFound);
        row("no auth", 401, "NO_AUTH_FOUND", Category::Authentication);
        row("expired", 401, "expired_token", Category::TokenExpired);
        row("invalid token", 401, "invalid_token", Category::TokenExpired);
        row("rate limit", 503, "QUERY_LIMIT_EXCEEDED", Category::RateLimited);
        row("overload", 503, "OVERLOAD_LIMIT", Category::Overloaded);
        row("operating", 429, "OPERATION_TIME_LIMIT", Category::OperationTimeLimit);
        row("https", 400, "INVALID_REQUEST", Category::HttpsRequired);
        row("internal", 500, "INTERNAL_SERVER_ERROR", Category::Internal);
        row("unexpected", 500, "ERROR_UNEXPECTED_ANSWER", Category::Internal);
        row("portal deleted", 500, "PORTAL_DELETED", Category::Internal);
        row("v1 method missing", 404, "ERROR_METHOD_NOT_FOUND", Category::MethodNotFound);
        row("plan", 403, "ACCESS_DENIED", Category::AccessDenied);
        row("credentials", 403, "INVALID_CREDENTIALS", Category::AccessDenied);
        row("v1 scope", 403, "insufficient_scope", Category::InsufficientScope);
        row("user access", 403, "user_access_error", Category::AccessDenied);
        row("confirm", 401, "METHOD_CONFIRM_WAITING", Category::MethodConfirm);
        row("confirm denied", 403, "METHOD_CONFIRM_DENIED", Category::MethodConfirm);
        // Codes arrive in mixed case; matching must not care.
        row("mixed case", 401, "Expired_Token", Category::TokenExpired);
        row("lower v3", 403, "bitrix_rest_v3_exception_accessdeniedexception",
            Category::AccessDenied);
        // Unknown codes fall back on the status.
        row("unknown 401", 401, "SOMETHING_NEW", Category::Authentication);
        row("unknown 403", 403, "SOMETHING_NEW", Category::AccessDenied);
        row("unknown 400", 400, "SOMETHING_NEW", Category::Other);
    }

    void categories()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(Category, category);
        QCOMPARE(RestError::categoryForCode(status, code), category);
    }

    void keepsOriginalCodeAndMessage()
    {
        const QJsonArray validation{QJsonObject{{QStringLiteral("field"), QStringLiteral("id")},
                                                {QStringLiteral("message"), QStringLiteral("x")}}};
        // A localized message must not change the category; it is kept verbatim.
        const RestError e = RestError::fromBitrixError(
            400, QStringLiteral("BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"),
            QStringLiteral("Ошибка проверки"), validation);
        QCOMPARE(e.category(), Category::Validation);
        QCOMPARE(e.serverMessage(), QStringLiteral("Ошибка проверки"));
        QCOMPARE(e.httpStatus(), 400);
        QCOMPARE(e.validation().size(), 1);
        QCOMPARE(e.validation().first().field, QStringLiteral("id"));
        // The code is for support (details, command line), not the sentence people read.
        QVERIFY(e.technicalMessage().contains(
            QStringLiteral("BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION")));
        QVERIFY(!e.userMessage().contains(QStringLiteral("BITRIX_REST_V3")));
        QVERIFY(e.userMessage().contains(QStringLiteral("id")));
    }

    void bothBodyShapes()
    {
        const QJsonObject nested{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("NO_AUTH_FOUND")},
                         {QStringLiteral("message"), QStringLiteral("Wrong authorization data")}}}};
        const QJsonObject flat{{QStringLiteral("error"), QStringLiteral("NO_AUTH_FOUND")},
                               {QStringLiteral("error_description"), QStringLiteral("Wrong")}};
        for (const QJsonObject &body : {nested, flat}) {
            const auto e = RestError::fromBody(401, body);
            QVERIFY(e.has_value());
            QCOMPARE(e->category(), Category::Authentication);
            QCOMPARE(e->code(), QStringLiteral("NO_AUTH_FOUND"));
            QVERIFY(!e->serverMessage().isEmpty());
        }
        QVERIFY(!RestError::fromBody(200, {{QStringLiteral("result"), QJsonObject{}}}));
    }

    void portalMovedNamesBothHosts()
    {
        RestError error(Category::PortalMoved, 302);
        error.setMove(QUrl(QStringLiteral("https://acme.bitrix24.ru/")),
                      QUrl(QStringLiteral("https://acme.example.com:8443/")));
        QCOMPARE(error.movedTo(), QUrl(QStringLiteral("https://acme.example.com:8443/")));
        QCOMPARE(error.userMessage(),
                 QStringLiteral("The portal at acme.bitrix24.ru now redirects to "
                                "acme.example.com:8443, another domain."));
        QVERIFY(error.technicalMessage().contains(QStringLiteral("HTTP 302")));
        QVERIFY(!error.advice().isEmpty());
        QVERIFY(!error.isTransient());
        QVERIFY(!error.isAuthProblem());
        // Without the two ends, the category's own words.
        QCOMPARE(RestError(Category::PortalMoved).userMessage(),
                 RestError::categoryName(Category::PortalMoved));
    }

    void classification()
    {
        QVERIFY(RestError(Category::Network).isTransient());
        QVERIFY(RestError(Category::RateLimited, 503).isTransient());
        QVERIFY(RestError(Category::HttpStatus, 502).isTransient());
        QVERIFY(!RestError(Category::HttpStatus, 404).isTransient());
        QVERIFY(!RestError(Category::Overloaded, 503).isTransient());
        QVERIFY(!RestError(Category::Validation, 400).isTransient());
        QVERIFY(RestError(Category::TokenExpired).isAuthProblem());
        QVERIFY(RestError(Category::InsufficientScope).isPermissionProblem());
        QVERIFY(!RestError(Category::NotFound).isPermissionProblem());
        QVERIFY(!RestError().isError());
    }

    void longServerTextIsRedactedBeforeItIsCut()
    {
        // A secret that straddles the cut: shortening first would leave its head unmasked.
        const QString secret = QStringLiteral("s3cr3tT0kenValue0123456789");
        mb::SecretRedactor::instance().add(secret.toUtf8());
        const QString message = QString(290, QLatin1Char('x')) + QLatin1Char(' ') + secret;
        const RestError error(RestError::Category::Other, 400, QStringLiteral("SOME_CODE"),
                              message);
        const QString shown = error.userMessage();
        QVERIFY(!shown.contains(secret.left(8)));
        QVERIFY(shown.size() < message.size() + 100);
    }

    void untrustedTextIsPlain()
    {
        using mb::UntrustedText;
        // Line breaks fold into one space; escapes, NUL, DEL, C1 and bidi controls go.
        QCOMPARE(UntrustedText::plain(QStringLiteral(" Eve\r\nX-Injected: 1\t\t ok ")),
                 QStringLiteral("Eve X-Injected: 1 ok"));
        QCOMPARE(UntrustedText::plain(QStringLiteral("a\x1b[31mb\x7f") + QChar(0x0085) +
                                      QChar(0x009b) + QStringLiteral("c")),
                 QStringLiteral("a[31mb c"));
        QCOMPARE(UntrustedText::plain(QChar(0x202e) + QStringLiteral("exe.pdf") + QChar(0x2066) +
                                      QStringLiteral("x") + QChar(0x2069)),
                 QStringLiteral("exe.pdfx"));
        // ASCII that is clean already comes back as it is; spaces at an end or doubled do not.
        QCOMPARE(UntrustedText::plain(QStringLiteral("info@example.com Sales")),
                 QStringLiteral("info@example.com Sales"));
        QCOMPARE(UntrustedText::plain(QStringLiteral(" a")), QStringLiteral("a"));
        QCOMPARE(UntrustedText::plain(QStringLiteral("a ")), QStringLiteral("a"));
        QCOMPARE(UntrustedText::plain(QStringLiteral("a  b")), QStringLiteral("a b"));
        QCOMPARE(UntrustedText::plain(QStringLiteral(" ")), QString());
        QCOMPARE(UntrustedText::plain(QString()), QString());
        QCOMPARE(UntrustedText::plain(QStringLiteral("a~\x7f")), QStringLiteral("a~"));
        // Letters of any script stay, and so do joiners inside emoji.
        const QString names = QStringLiteral("Иван 山田 عربي 👩‍💻");
        QCOMPARE(UntrustedText::plain(names), names);
        QCOMPARE(UntrustedText::forMessage(QStringLiteral("abcdef"), 3), QStringLiteral("abc…"));
        // Never half of a surrogate pair.
        QCOMPARE(UntrustedText::forMessage(QStringLiteral("a😀b"), 2), QStringLiteral("a…"));
    }

    // Caps: code and each field name 100 characters, message 300, all field names 600.
    void serverWordsAreCleanedWhereBuilt()
    {
        const QString hostile = QStringLiteral("line1\r\nline2 ") + QChar(0x202e) +
                                QStringLiteral("\x1b]0;title\x07") + QString(5000, u'm');
        QJsonArray validation;
        for (int i = 0; i < 1000; ++i) {
            validation.append(
                QJsonObject{{QStringLiteral("field"), QStringLiteral("f\n") + QString(200, u'x')},
                            {QStringLiteral("message"), hostile}});
        }
        const RestError e = RestError::fromBitrixError(
            400, QStringLiteral("CODE\r\nEVIL") + QString(500, u'C'), hostile, validation);
        const auto clean = [](const QString &text) {
            for (const QChar c : text) {
                if (c.category() == QChar::Other_Control || mb::UntrustedText::isBidiControl(c))
                    return false;
            }
            return true;
        };
        QVERIFY(clean(e.code()));
        QVERIFY(e.code().size() <= 100 + 1);
        QVERIFY(e.code().startsWith(QStringLiteral("CODE EVIL")));
        QVERIFY(clean(e.serverMessage()));
        QVERIFY(e.serverMessage().size() <= RestError::MaxServerTextChars + 1);
        qsizetype fieldChars = 0;
        for (const mb::ValidationIssue &issue : e.validation()) {
            QVERIFY(clean(issue.field));
            QVERIFY(clean(issue.message));
            fieldChars += issue.field.size();
        }
        QVERIFY(fieldChars <= 600);
        for (const QString &text : {e.userMessage(), e.technicalMessage()}) {
            QVERIFY(clean(text));
            QVERIFY2(text.size() < 1500, qPrintable(QString::number(text.size())));
        }
        // The flat shape (OAuth-style) and the plain constructor are cleaned the same way.
        const auto flat =
            RestError::fromBody(401, {{QStringLiteral("error"), QStringLiteral("bad\ncode")},
                                      {QStringLiteral("error_description"), hostile}});
        QVERIFY(flat);
        QCOMPARE(flat->code(), QStringLiteral("bad code"));
        QVERIFY(clean(flat->serverMessage()));
        const RestError direct(Category::Other, 500, QStringLiteral("X\u202eY"), hostile);
        QCOMPARE(direct.code(), QStringLiteral("XY"));
        QVERIFY(clean(direct.serverMessage()));
    }

    void missingScopeSaysWhatToDoWithoutCodes()
    {
        // A batch answers 200 even when a command inside it lacks the scope.
        const RestError e = RestError::fromBitrixError(
            200, QStringLiteral("BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION"),
            QStringLiteral("Insufficient scope"));
        QCOMPARE(e.category(), Category::InsufficientScope);
        const QString shown = e.userMessage();
        QVERIFY2(shown.contains(QStringLiteral("“mail”")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("administrator")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("HTTP")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("200")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("EXCEPTION")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Insufficient scope")), qPrintable(shown));
        QVERIFY(e.technicalMessage().contains(QStringLiteral("INSUFFICIENTSCOPEEXCEPTION")));
        QVERIFY(e.technicalMessage().contains(QStringLiteral("HTTP 200")));
    }

    void noCategoryShowsRawCodesOrStatus()
    {
        for (int c = int(Category::Network); c <= int(Category::Other); ++c) {
            const RestError e(static_cast<Category>(c), 503, QStringLiteral("SOME_RAW_CODE"));
            QVERIFY2(!e.userMessage().contains(QStringLiteral("SOME_RAW_CODE")),
                     qPrintable(e.userMessage()));
            QVERIFY2(!e.userMessage().contains(QStringLiteral("503")), qPrintable(e.userMessage()));
        }
    }

    void pauseSaysWhenTheMethodIsBack()
    {
        RestError error(RestError::Category::OperationTimeLimit, 429,
                        QStringLiteral("OPERATION_TIME_LIMIT"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(90);
        error.setPause(QStringLiteral("mail.mailbox.list"), at);
        QCOMPARE(error.retryAt(), at);
        QCOMPARE(error.pausedMethod(), QStringLiteral("mail.mailbox.list"));
        const QString when =
            at.toLocalTime().toString(at.toLocalTime().date() == QDate::currentDate()
                                          ? QStringLiteral("HH:mm:ss")
                                          : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(error.userMessage(),
                 QStringLiteral("mail.mailbox.list is available again at %1.").arg(when));
        QVERIFY2(error.advice().contains(QStringLiteral("other methods keep working")),
                 qPrintable(error.advice()));
    }

    void everyCategoryHasAName()
    {
        const QString fallback = RestError::categoryName(static_cast<Category>(9999));
        for (int c = int(Category::None); c <= int(Category::Other); ++c) {
            const QString name = RestError::categoryName(static_cast<Category>(c));
            QVERIFY2(!name.isEmpty() && name != fallback, qPrintable(QString::number(c)));
        }
    }

    void everyFailureSaysWhatToDo()
    {
        QSet<QString> distinct;
        for (int c = int(Category::None); c <= int(Category::Other); ++c) {
            const auto category = static_cast<Category>(c);
            const QString advice = RestError(category).advice();
            if (category == Category::None || category == Category::Aborted) {
                QVERIFY(advice.isEmpty()); // nothing to do about a cancel
                continue;
            }
            QVERIFY2(!advice.isEmpty(), qPrintable(QString::number(c)));
            distinct.insert(advice);
        }
        QVERIFY(distinct.size() >= 15); // not one sentence for everything
        // Permission problems name whom to ask.
        QVERIFY(RestError(Category::InsufficientScope).advice().contains(u"administrator"));
        QVERIFY(RestError(Category::AccessDenied).advice().contains(u"administrator"));
    }
};

QTEST_GUILESS_MAIN(TestRestError)
#include "tst_resterror.moc"
