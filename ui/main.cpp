// mailbox-browser: the desktop app. Everything but main() lives in mbui and mbcore.

#include "MainWindow.h"
#include "auth/AccountManager.h"
#include "auth/SessionController.h"
#include "demo/SamplePortal.h"
#include "rest/SecretRedactor.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailbox-browser"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailbox Browser"));
    QApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("MailboxBrowser"));
    mb::SecretRedactor::installMessageFilter();

    mb::AppSettings settings;
    mb::Translations::install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse the mailboxes of a Bitrix24 portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start with the bundled sample portal."));
    parser.addOption(demo);
    parser.process(app);

    mb::AccountManager accounts;
    mb::SessionController sessions(&accounts);
    QString problem;
    sessions.setSessionSettings(settings.sessionSettings(&problem));

    mb::MainWindow window(&accounts, &sessions, &settings);
    mb::SamplePortal samplePortal;
    QObject::connect(&samplePortal, &mb::SamplePortal::ready, &sessions,
                     [&] { sessions.openUnsavedWebhook(samplePortal.webhookUrl()); });
    QObject::connect(&samplePortal, &mb::SamplePortal::failed, &window,
                     [&window](const QString &why) {
                         QMessageBox::warning(&window, window.windowTitle(), why);
                     });
    if (parser.isSet(demo))
        samplePortal.start({QStringLiteral("--mailboxes"), QStringLiteral("40")});
    else
        sessions.openCurrent();
    window.show();
    return QApplication::exec();
}
