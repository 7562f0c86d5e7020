// AppSettings on a temporary INI file, and Translations switching languages.

#include "FakePortal.h"
#include "rest/NetworkAccessFactory.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mb::AppSettings;
using mb::NetworkAccessFactory;
using mb::NetworkSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<AppSettings> make() const
    {
        return std::make_unique<AppSettings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("mb.ini")), QSettings::IniFormat));
    }

private Q_SLOTS:
    void defaults()
    {
        auto settings = make();
        QCOMPARE(settings->proxy(), NetworkSettings::Proxy::System);
        QVERIFY(!settings->enterpriseLimits());
        QVERIFY(settings->language().isEmpty());
        QString problem;
        const mb::SessionSettings session = settings->sessionSettings(&problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(session.network.proxy, NetworkSettings::Proxy::System);
        QCOMPARE(session.client.rateBurst, 50.0);
        QCOMPARE(session.client.rateDrainPerSec, 2.0);
        QVERIFY(session.network.extraCaCertificates.isEmpty());
    }

    void storedAndTurnedIntoSessionSettings()
    {
        {
            auto settings = make();
            QSignalSpy changed(settings.get(), &AppSettings::changed);
            settings->setProxy(NetworkSettings::Proxy::Socks5, QStringLiteral(" proxy.test "),
                               1080);
            settings->setEnterpriseLimits(true);
            settings->setLanguage(QStringLiteral("ru"));
            QFile ca(m_dir.filePath(QStringLiteral("ca.pem")));
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(fake::FakePortal::caPem());
            ca.close();
            settings->setCaFile(ca.fileName());
            QVERIFY(changed.size() >= 4);
            changed.clear();
            settings->setEnterpriseLimits(true); // unchanged: no signal
            QCOMPARE(changed.size(), 0);
        }
        auto again = make(); // another process reads what was stored
        QCOMPARE(again->proxy(), NetworkSettings::Proxy::Socks5);
        QCOMPARE(again->proxyHost(), QStringLiteral("proxy.test"));
        QCOMPARE(again->language(), QStringLiteral("ru"));
        QString problem;
        const mb::SessionSettings session = again->sessionSettings(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(session.network.proxy, NetworkSettings::Proxy::Socks5);
        QCOMPARE(session.network.proxyPort, 1080);
        QCOMPARE(session.client.rateBurst, 250.0);
        QCOMPARE(session.client.rateDrainPerSec, 5.0);
        QCOMPARE(session.network.extraCaCertificates.size(), 1);
        QCOMPARE(session.networkAccess, again->networkAccess());
        QCOMPARE(again->networkAccess()->settings(), session.network);
    }

    // The app's one factory follows every write at once: what Settings change reaches the
    // next request of every open session, the webhook check and the sign-in.
    void theNetworkFactoryFollowsTheSettings()
    {
        auto settings = make();
        const NetworkAccessFactory *network = settings->networkAccess();
        QCOMPARE(network->settings(), settings->sessionSettings().network); // what is stored
        settings->setProxy(NetworkSettings::Proxy::Http, QStringLiteral("proxy.test"), 3128);
        QCOMPARE(network->settings().proxy, NetworkSettings::Proxy::Http);
        QCOMPARE(network->settings().proxyHost, QStringLiteral("proxy.test"));
        QCOMPARE(network->settings().proxyPort, 3128);
        QFile ca(m_dir.filePath(QStringLiteral("extra.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(fake::FakePortal::caPem());
        ca.close();
        settings->setCaFile(ca.fileName());
        QCOMPARE(network->settings().extraCaCertificates,
                 QSslCertificate::fromData(fake::FakePortal::caPem()));
        settings->setCaFile({});
        QVERIFY(network->settings().extraCaCertificates.isEmpty());
        settings->setProxy(NetworkSettings::Proxy::None);
        QCOMPARE(network->settings().proxy, NetworkSettings::Proxy::None);
        QCOMPARE(settings->networkAccess(), network); // one factory for the app's life
    }

    void brokenSettingsNeverBlockSigningIn()
    {
        auto settings = make();
        settings->setProxy(NetworkSettings::Proxy::Http, {}, 0);
        settings->setCaFile(m_dir.filePath(QStringLiteral("missing.pem")));
        QString problem;
        const mb::SessionSettings session = settings->sessionSettings(&problem);
        QCOMPARE(session.network.proxy, NetworkSettings::Proxy::System);
        QVERIFY(session.network.extraCaCertificates.isEmpty());
        QVERIFY(problem.contains(QStringLiteral("missing.pem")));
    }

    void uiStateRoundTrips()
    {
        auto settings = make();
        QSignalSpy changed(settings.get(), &AppSettings::changed);
        settings->setUiState(QStringLiteral("mainWindow/geometry"), QByteArray("\x01\x02", 2));
        QCOMPARE(settings->uiState(QStringLiteral("mainWindow/geometry")),
                 QByteArray("\x01\x02", 2));
        QCOMPARE(changed.size(), 0);
    }

    // Where the save dialog of the next export starts, also after a restart; not a
    // preference, so nobody is told it changed.
    void lastExportFolderIsKept()
    {
        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        auto settings = make();
        QCOMPARE(settings->lastExportFolder(), QString());
        QSignalSpy changed(settings.get(), &AppSettings::changed);
        settings->setLastExportFolder(folder);
        QCOMPARE(changed.size(), 0);
        settings.reset();
        QCOMPARE(make()->lastExportFolder(), folder);
    }

    // A system in the C locale (scripts, containers, CI) reads English, plurals included.
    void theCLocaleReadsEnglishPlurals()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        mb::Translations::install();
        QLocale::setDefault(before);
        QCOMPARE(mb::Translations::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", "%Ln mailbox(es)", nullptr, 2),
                 QStringLiteral("2 mailboxes"));
    }

    void translationsSwitch()
    {
        const QStringList languages = mb::Translations::available();
        QCOMPARE(languages.first(), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("ru")));

        const char *source = "The account was closed";
        QVERIFY(mb::Translations::install(QStringLiteral("de")));
        QCOMPARE(mb::Translations::current(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("mb::RestClient", source),
                 QStringLiteral("Das Konto wurde geschlossen"));
        // Qt's own strings too (dialog buttons), from Debian's qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QVERIFY(mb::Translations::install(QStringLiteral("ru")));
        QCOMPARE(QCoreApplication::translate("mb::RestClient", source),
                 QStringLiteral("Учётная запись закрыта"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        QVERIFY(mb::Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("mb::RestClient", source), QString::fromUtf8(source));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        // English has real plural forms (its catalogue holds only those).
        const char *mailboxes = "%Ln mailbox(es)";
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", mailboxes, nullptr, 1),
                 QStringLiteral("1 mailbox"));
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", mailboxes, nullptr, 2),
                 QStringLiteral("2 mailboxes"));
        QVERIFY(!mb::Translations::install(QStringLiteral("fi"))); // none shipped: English
        QCOMPARE(mb::Translations::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", mailboxes, nullptr, 5),
                 QStringLiteral("5 mailboxes"));
        QVERIFY(mb::Translations::install(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", mailboxes, nullptr, 1),
                 QStringLiteral("1 Postfach"));
        QVERIFY(mb::Translations::install(QStringLiteral("ru")));
        QCOMPARE(QCoreApplication::translate("mb::MainWindow", mailboxes, nullptr, 5),
                 QStringLiteral("5 почтовых ящиков"));
        QVERIFY(mb::Translations::install(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
