// `mailbox-browser --pick-sender`: the flow in-process (saved account, cancel, no account)
// and the built program run offscreen without any account (exit 2).

#include "ErrorBanner.h"
#include "PickSenderMode.h"
#include "SenderPicker.h"
#include "UiFixture.h"
#include "UnnamedControls.h"
#include "auth/SessionController.h"
#include "models/SenderModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mb;
using namespace uitest;

class TestPickSender : public QObject
{
    Q_OBJECT

    static bool waitLoaded(PickSenderMode &mode)
    {
        return QTest::qWaitFor(
            [&] {
                return mode.dialog() && mode.dialog()->picker()->model()->rowCount() > 0 &&
                       !mode.dialog()->picker()->model()->isLoading();
            },
            10000);
    }

private Q_SLOTS:
    void choosesAndPrints()
    {
        UiFixture f;
        QVERIFY(f.started);
        QVERIFY(f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Acme")));
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QSignalSpy finished(&mode, &PickSenderMode::finished);
        QVERIFY(mode.startForAccount(QStringLiteral("acme")));
        QVERIFY(QTest::qWaitForWindowExposed(mode.dialog()));
        QVERIFY(waitLoaded(mode));

        const QString email =
            f.portal->sendersOf(1).at(2).toObject().value(QStringLiteral("email")).toString();
        QComboBox *combo = mode.dialog()->picker()->comboBox();
        combo->setFocus();
        QTest::keyClicks(combo, email); // addresses are ASCII
        QVERIFY(mode.dialog()->picker()->isPopupVisible());
        QTest::keyClick(combo, Qt::Key_Return); // picks the top match
        QVERIFY(mode.dialog()->picker()->currentSender());
        QTRY_VERIFY(!mode.dialog()->picker()->isPopupVisible());
        const QString chosen = mode.dialog()->picker()->currentText();
        QCOMPARE(SenderModel::withoutBidiControls(combo->currentText()), chosen);
        QVERIFY(mode.dialog()->isVisible());
        // Escape while typing puts the choice back and keeps the dialog.
        QTest::keyClicks(combo, QStringLiteral("zz"));
        QTest::keyClick(combo, Qt::Key_Escape);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(mode.dialog()->picker()->currentText(), chosen);
        QTest::keyClick(combo, Qt::Key_Return); // OK
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(PickSenderMode::Chosen));
        QCOMPARE(out, chosen + u'\n');
        QVERIFY(out.contains(u'<' + email + u'>'));
        QVERIFY(err.isEmpty());
    }

    void aHostileNamePrintsOneLine()
    {
        UiFixture f;
        QVERIFY(f.started);
        f.portal->config().hostileSenderName = true;
        QVERIFY(f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Acme")));
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QSignalSpy finished(&mode, &PickSenderMode::finished);
        QVERIFY(mode.startForAccount(QStringLiteral("acme")));
        QVERIFY(QTest::qWaitForWindowExposed(mode.dialog()));
        QVERIFY(waitLoaded(mode));

        const QString email = QStringLiteral("hostile.1@example.test");
        QComboBox *combo = mode.dialog()->picker()->comboBox();
        combo->setFocus();
        QTest::keyClicks(combo, email);
        QTest::keyClick(combo, Qt::Key_Return); // picks the match
        QVERIFY(mode.dialog()->picker()->currentSender());
        QTRY_VERIFY(!mode.dialog()->picker()->isPopupVisible());
        QTest::keyClick(combo, Qt::Key_Return); // OK
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(PickSenderMode::Chosen));
        // The portal's CR/LF, escape and bidi override are gone: one line, in reading order.
        QCOMPARE(out,
                 QStringLiteral("Eve X-Injected: 1[31mfdp.exe <") + email + QStringLiteral(">\n"));
        QVERIFY(err.isEmpty());
    }

    void cancelExitsOne()
    {
        UiFixture f;
        QVERIFY(f.started);
        QVERIFY(f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Acme")));
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QSignalSpy finished(&mode, &PickSenderMode::finished);
        QVERIFY(mode.startForAccount({})); // the current account
        QVERIFY(QTest::qWaitForWindowExposed(mode.dialog()));
        QVERIFY(waitLoaded(mode));
        QVERIFY(uitest::unnamedControls(mode.dialog()).isEmpty());
        QTest::keyClick(mode.dialog()->picker()->comboBox(), Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(mode.exitCode(), int(PickSenderMode::Cancelled));
        QVERIFY(out.isEmpty());
    }

    void noAccountExitsTwo()
    {
        UiFixture f;
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QVERIFY(!mode.startForAccount({}));
        QCOMPARE(mode.exitCode(), int(PickSenderMode::NoAccount));
        QVERIFY(!mode.dialog());
        QVERIFY(err.contains(QStringLiteral("No account")));
        QVERIFY(!mode.startForAccount(QStringLiteral("nobody")));
        QVERIFY(out.isEmpty());
    }

    void programWithoutAccountExitsTwo()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MB_BROWSER_EXE), {QStringLiteral("--pick-sender")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains("No account"));
    }

    void okIsOffForAnUnknownAddress()
    {
        UiFixture f;
        QVERIFY(f.started);
        QVERIFY(f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Acme")));
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QSignalSpy finished(&mode, &PickSenderMode::finished);
        QVERIFY(mode.startForAccount({}));
        QVERIFY(QTest::qWaitForWindowExposed(mode.dialog()));
        QVERIFY(waitLoaded(mode));
        auto *buttons = mode.dialog()->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing chosen yet
        SenderPicker *picker = mode.dialog()->picker();
        QComboBox *combo = picker->comboBox();
        combo->setFocus();
        QTest::keyClicks(combo, QStringLiteral("someone@elsewhere.test"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(picker->hintLabel()->isVisible());
        QVERIFY(picker->hintLabel()->text().contains(
            QStringLiteral("is not an address you may send from")));
        QTest::keyClick(combo, Qt::Key_Escape); // back to nothing chosen

        // The address of a sender typed in full: OK takes it.
        QTest::keyClicks(combo, QStringLiteral("me.1@personal.test"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!picker->hintLabel()->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(mode.exitCode(), int(PickSenderMode::Chosen));
        QCOMPARE(out, QStringLiteral("Иван Петров <me.1@personal.test>\n"));
    }

    void aPortalErrorExitsThree()
    {
        fake::PortalConfig config;
        config.overload = true; // 503 OVERLOAD_LIMIT: the client does not retry it
        UiFixture f(config);
        QVERIFY(f.started);
        QVERIFY(f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Acme")));
        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QSignalSpy finished(&mode, &PickSenderMode::finished);
        QVERIFY(mode.startForAccount({}));
        QVERIFY(QTest::qWaitForWindowExposed(mode.dialog()));
        ErrorBanner *banner = mode.dialog()->picker()->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000); // the client's request timeout
        QVERIFY(banner->retryButton()->isVisible());
        auto *buttons = mode.dialog()->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(mode.exitCode(), int(PickSenderMode::PortalError));
        QCOMPARE(mode.exitCode(), 3);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains(banner->message()), qPrintable(err));
    }

    void programWithAPortalThatIsDownExitsThree()
    {
        // The demo's sample portal that does not come up: the portal is down.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString portal = home.filePath(QStringLiteral("b24-fake-portal"));
        QFile script(portal);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'no port for you' >&2\nexit 1\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("MB_SAMPLE_PORTAL"), portal);
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MB_BROWSER_EXE),
                      {QStringLiteral("--pick-sender"), QStringLiteral("--demo")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains("sample portal"));
    }

    void usageErrorsExitTwo()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--pick-sender"), QStringLiteral("--no-such-option")},
              QStringList{QStringLiteral("--pick-sender"), QStringLiteral("stray")}}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(MB_BROWSER_EXE), arguments);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardOutput().isEmpty());
        }
        // --help documents every exit code.
        QProcess help;
        help.setProcessEnvironment(env);
        help.start(QStringLiteral(MB_BROWSER_EXE), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput()).simplified();
        for (const char *code : {"0 a sender was chosen", "1 cancelled", "2 usage", "3 the portal"})
            QVERIFY2(text.contains(QLatin1String(code)), qPrintable(text));
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(MB_BROWSER_EXE), {option});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            const QByteArray out = process.readAllStandardOutput();
            QVERIFY2(out.contains(option == u"--version" ? QByteArray(MB_VERSION) : "--demo"),
                     out.constData());
        }
    }
};

QTEST_MAIN(TestPickSender)
#include "tst_picksender.moc"
