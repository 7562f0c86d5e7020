// mailbox-browser: the desktop app. Everything but main() lives in mbui and mbcore.

#include "AccountDialog.h"
#include "KeychainBanner.h"
#include "MainWindow.h"
#include "PickSenderMode.h"
#include "SettingsDialog.h"
#include "StartupProbe.h"
#include "auth/AccountManager.h"
#include "auth/SessionController.h"
#include "demo/SamplePortal.h"
#include "rest/SecretRedactor.h"
#include "rest/TlsBackend.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTableView>
#include <QTextStream>

#include <memory>

namespace {

// Whether the command line only asks for text QCommandLineParser prints and exits with.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // for the start-up benchmark (StartupProbe)
    sinceStart.start();
    // --help and --version only print: they need no display (a package's smoke test, a
    // server without X), so no GUI application is made for them.
    const std::unique_ptr<QCoreApplication> application =
        asksOnlyForText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                    : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("mailbox-browser"));
    QApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("MailboxBrowser"));
    mb::SecretRedactor::installMessageFilter();
    mb::TlsBackend::useSystemBackend(); // before anything touches TLS

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
    const QCommandLineOption pickSender(
        QStringLiteral("pick-sender"),
        QCoreApplication::translate(
            "main", "Only choose a sender and print \"Name <email>\" (plain text, one line). "
                    "Exit status: 0 a sender was chosen, 1 cancelled, 2 usage (a wrong option, "
                    "no such account), 3 the portal or the network failed."));
    parser.addOption(pickSender);
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        QCoreApplication::translate("main", "The saved account to use with --pick-sender."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(accountOption);
    // For benchmarks: a sample portal of another size. Hidden, so not translated.
    QCommandLineOption demoMailboxes(QStringLiteral("demo-mailboxes"),
                                     QStringLiteral("Mailboxes of the sample portal (40)."),
                                     QStringLiteral("N"), QStringLiteral("40"));
    demoMailboxes.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoMailboxes);
    // Like parser.process(app), but a wrong command line ends in 2 (usage), as --pick-sender
    // promises, instead of QCommandLineParser's 1 (which means "cancelled" there).
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return mb::PickSenderMode::Usage;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(app); // prints Qt's own options as well, and exits
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    if (!qobject_cast<QApplication *>(&app)) {
        // "--help" or "--version" was the value of another option.
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "Give --help or --version as options of their own.")
                            << Qt::endl;
        return 2;
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Mailbox Browser"));
    // The desktop file's name: Wayland matches the window to it, and so to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(MB_APP_ID));
    const QStringList sampleArguments{QStringLiteral("--mailboxes"), parser.value(demoMailboxes)};

    mb::AccountManager accounts;
    mb::SessionController sessions(&accounts);
    QString problem;
    sessions.setSessionSettings(settings.sessionSettings(&problem));

    if (parser.isSet(pickSender) && !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unexpected argument: %1")
                                   .arg(parser.positionalArguments().constFirst())
                            << Qt::endl;
        return mb::PickSenderMode::Usage;
    }
    if (parser.isSet(pickSender)) {
        // A small dialog only; its answer is the exit code.
        QApplication::setQuitOnLastWindowClosed(false);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!problem.isEmpty())
            err << problem << Qt::endl; // the settings in use instead are the defaults
        mb::PickSenderMode mode(&accounts, &sessions, &settings, &out, &err);
        QObject::connect(&mode, &mb::PickSenderMode::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        mb::SamplePortal samplePortal;
        if (parser.isSet(demo)) {
            QObject::connect(&samplePortal, &mb::SamplePortal::ready, &sessions,
                             [&] { sessions.openUnsavedWebhook(samplePortal.webhookUrl()); });
            QObject::connect(&samplePortal, &mb::SamplePortal::failed, &app,
                             [&err](const QString &why) {
                                 err << why << Qt::endl; // the portal is down
                                 QCoreApplication::exit(mb::PickSenderMode::PortalError);
                             });
            mode.startForSession(QStringLiteral("demo"),
                                 QCoreApplication::translate("main", "Sample portal"));
            samplePortal.start(sampleArguments);
        } else if (!mode.startForAccount(parser.value(accountOption))) {
            return mb::PickSenderMode::NoAccount;
        }
        return QApplication::exec();
    }

    // The session starts opening before the window exists, so its views say "Opening …"
    // from the first paint, never "No account is open".
    if (parser.isSet(demo))
        sessions.expectSession(QCoreApplication::translate("main", "the sample portal"));
    else
        sessions.openCurrent();
    mb::MainWindow window(&accounts, &sessions, &settings);
    mb::SamplePortal samplePortal;
    QObject::connect(&samplePortal, &mb::SamplePortal::ready, &sessions,
                     [&] { sessions.openSamplePortal(samplePortal.webhookUrl()); });
    QObject::connect(&samplePortal, &mb::SamplePortal::failed, &window,
                     [&window, &sessions](const QString &why) {
                         sessions.cancelExpectedSession();
                         QMessageBox::warning(&window, window.windowTitle(), why);
                     });
    mb::StartupProbe::fromEnvironment(window.mailboxView(), sinceStart, &window);

    const auto trySamplePortal = [&] {
        if (!samplePortal.isRunning()) {
            sessions.expectSession(QCoreApplication::translate("main", "the sample portal"));
            samplePortal.start(sampleArguments);
        } else {
            sessions.openSamplePortal(samplePortal.webhookUrl());
        }
    };
    QObject::connect(&window, &mb::MainWindow::samplePortalRequested, &window, trySamplePortal);

    // `signInAgainFor`: the account whose sign-in expired, or empty for the plain dialog.
    const auto showAccounts = [&](const QString &signInAgainFor) {
        mb::AccountDialog dialog(&accounts, &sessions, &settings, &window);
        QObject::connect(&dialog, &mb::AccountDialog::samplePortalRequested, &window,
                         trySamplePortal);
        if (!signInAgainFor.isEmpty())
            dialog.beginSignInAgain(signInAgainFor);
        dialog.exec();
    };
    QObject::connect(&window, &mb::MainWindow::accountsRequested, &window,
                     [&] { showAccounts({}); });
    QObject::connect(&window, &mb::MainWindow::signInRequested, &window, showAccounts);
    QObject::connect(&window, &mb::MainWindow::settingsRequested, &window, [&] {
        mb::SettingsDialog dialog(&settings, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        mb::Translations::install(settings.language());
        QString why;
        sessions.setSessionSettings(settings.sessionSettings(&why));
        if (!why.isEmpty())
            QMessageBox::warning(&window, window.windowTitle(), why);
    });

    if (parser.isSet(demo))
        samplePortal.start(sampleArguments);
    // Without a keychain, say so at once and offer to keep sign-ins for this session only
    // (the demo's webhook is never stored, but accounts added meanwhile would be).
    window.keychainBanner()->probe();
    window.show();
    // A broken setting (a CA file gone, say) was replaced by its default: say which, without
    // holding up the start as a modal box would.
    if (!problem.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, window.windowTitle(), problem,
                                    QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return QApplication::exec();
}
