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
        QTest::newRow("com.sg") << "crm.acme.com.sg"
                                << "acme.com.sg";
        QTest::newRow("co.id") << "acme.bitrix24.co.id"
                               << "bitrix24.co.id";
        QTest::newRow("or.jp") << "mail.acme.or.jp"
                               << "acme.or.jp";
        QTest::newRow("gov.in") << "portal.dept.gov.in"
                                << "dept.gov.in";
        QTest::newRow("ltd.uk") << "crm.acme.ltd.uk"
                                << "acme.ltd.uk";
        QTest::newRow("city domain") << "crm.acme.msk.ru"
                                     << "acme.msk.ru";
        QTest::newRow("generic label under a long TLD") << "crm.acme.com.example"
                                                        << "com.example";
        QTest::newRow("generic label under a punycode TLD") << "a.acme.com.xn--p1ai"
                                                            << "com.xn--p1ai";
        QTest::newRow("cloud domain under a country") << "acme.bitrix24.co"
                                                      << "bitrix24.co";
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
        QTest::newRow("two companies under com.sg") << "https://crm.one.com.sg/"
                                                    << "https://crm.two.com.sg/" << false;
        QTest::newRow("two companies under msk.ru") << "https://crm.one.msk.ru/"
                                                    << "https://crm.two.msk.ru/" << false;
        QTest::newRow("renamed portal under com.br") << "https://a.bitrix24.com.br/"
                                                     << "https://b.bitrix24.com.br/" << true;
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

    void twoLabelSuffixes()
    {
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("co.uk")));
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("com.br")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("bitrix24.ru")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("uk")));
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("com.sg")));
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("ne.jp")));
        QVERIFY(RegistrableDomain::isTwoLabelSuffix(QStringLiteral("spb.ru")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("com.com")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("example.de")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("co.u1")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QStringLiteral("a.co.uk")));
        QVERIFY(!RegistrableDomain::isTwoLabelSuffix(QString()));
    }
};

QTEST_GUILESS_MAIN(TestRegistrableDomain)
#include "tst_registrabledomain.moc"
