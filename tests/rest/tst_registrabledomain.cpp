// RegistrableDomain: which redirects stay with the portal's owner and which go elsewhere.
#include "rest/RegistrableDomain.h"

#include <QTest>

using mb::RegistrableDomain;

class TestRegistrableDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::newRow("portal") << "acme.bitrix24.ru"
                                << "bitrix24.ru";
        QTest::newRow("deep") << "a.b.acme.bitrix24.com"
                              << "bitrix24.com";
        QTest::newRow("two labels") << "example.com"
                                    << "example.com";
        QTest::newRow("upper case, trailing dot") << "Acme.Bitrix24.DE."
                                                  << "bitrix24.de";
        QTest::newRow("co.uk") << "shop.example.co.uk"
                               << "example.co.uk";
        QTest::newRow("com.br") << "acme.bitrix24.com.br"
                                << "bitrix24.com.br";
        QTest::newRow("com.tr") << "acme.bitrix24.com.tr"
                                << "bitrix24.com.tr";
        QTest::newRow("suffix alone") << "co.uk"
                                      << "co.uk";
        QTest::newRow("not a listed suffix") << "a.b.example.de"
                                             << "example.de";
        QTest::newRow("localhost") << "localhost"
                                   << "localhost";
        QTest::newRow("ipv4") << "127.0.0.1"
                              << "127.0.0.1";
        QTest::newRow("ipv4 other") << "10.1.2.3"
                                    << "10.1.2.3";
        QTest::newRow("ipv6") << "::1"
                              << "::1";
        QTest::newRow("unicode") << QString::fromUtf8("почта.пример.рф") << "xn--e1afmkfd.xn--p1ai";
        QTest::newRow("empty") << ""
                               << "";
    }
    void of()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QCOMPARE(RegistrableDomain::of(host), domain);
    }

    void same_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("same");
        QTest::newRow("renamed portal") << "https://a.bitrix24.ru/"
                                        << "https://b.bitrix24.ru/" << true;
        QTest::newRow("other country") << "https://a.bitrix24.ru/"
                                       << "https://a.bitrix24.de/" << false;
        QTest::newRow("other owner") << "https://a.bitrix24.ru/"
                                     << "https://evil.example/" << false;
        QTest::newRow("own domain to cloud") << "https://crm.acme.com/"
                                             << "https://acme.bitrix24.com/" << false;
        QTest::newRow("two companies under co.uk") << "https://crm.one.co.uk/"
                                                   << "https://crm.two.co.uk/" << false;
        QTest::newRow("same company under co.uk") << "https://crm.one.co.uk/"
                                                  << "https://mail.one.co.uk/" << true;
        QTest::newRow("another port") << "http://127.0.0.1:8000/"
                                      << "http://127.0.0.1:9000/" << true;
        QTest::newRow("loopback by name and address") << "http://127.0.0.1:8000/"
                                                      << "http://localhost:8000/" << false;
        QTest::newRow("neighbouring addresses") << "https://10.0.0.1/"
                                                << "https://10.0.0.2/" << false;
        QTest::newRow("scheme does not count") << "http://portal.example/"
                                               << "https://portal.example/" << true;
        QTest::newRow("no host") << "https:///rest/"
                                 << "https:///rest/" << false;
    }
    void same()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, same);
        QCOMPARE(RegistrableDomain::same(QUrl(from), QUrl(to)), same);
        QCOMPARE(RegistrableDomain::same(QUrl(to), QUrl(from)), same);
    }

    void listedSuffixes()
    {
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("co.uk")));
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("com.br")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("bitrix24.ru")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("uk")));
    }
};

QTEST_GUILESS_MAIN(TestRegistrableDomain)
#include "tst_registrabledomain.moc"
