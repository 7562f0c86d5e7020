// b24mail: the command-line twin of Mailbox Browser, over the same mbcore.

#include "AccountLookup.h"
#include "AccountsCommand.h"
#include "AddWebhookCommand.h"
#include "ClientSettings.h"
#include "CommandLine.h"
#include "CommandRunner.h"
#include "Console.h"
#include "ExitCode.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "Subcommand.h"
#include "SystemBrowser.h"
#include "rest/SecretRedactor.h"
#include "rest/TlsBackend.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTimer>

namespace {

std::unique_ptr<mb::cli::Command> createCommand(const mb::cli::CliOptions &options,
                                                const mb::cli::ClientSettings &settings,
                                                mb::AccountManager *accountManager)
{
    using namespace mb::cli;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    switch (options.command->id) {
    case Subcommand::Id::Accounts:
        return std::make_unique<AccountsCommand>(options, settings, accountManager);
    case Subcommand::Id::Login:
        return std::make_unique<LoginCommand>(options, environment, settings, accountManager,
                                              &SystemBrowser::open);
    case Subcommand::Id::AddWebhook:
        return std::make_unique<AddWebhookCommand>(options, settings, accountManager);
    case Subcommand::Id::Logout:
        return std::make_unique<LogoutCommand>(options, accountManager);
    default:
        return std::make_unique<CommandRunner>(options, environment, settings, accountManager);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace mb::cli;

    Console::prepare();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("b24mail"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    mb::SecretRedactor::installMessageFilter();
    mb::TlsBackend::useSystemBackend(); // before anything touches TLS
    // Qt's own strings (QCommandLineParser's errors) and ours, in the system's language.
    mb::Translations::install();

    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLine::Result::Action::ShowHelp:
    case CommandLine::Result::Action::ShowVersion:
        Console::out(parsed.text);
        return toInt(ExitCode::Success);
    case CommandLine::Result::Action::ShowTlsBackend: {
        const QString backend = mb::TlsBackend::active();
        if (backend.isEmpty())
            return toInt(ExitCode::Network);
        Console::out(backend + u'\n');
        return toInt(ExitCode::Success);
    }
    case CommandLine::Result::Action::UsageError:
        Console::usageError(parsed.text);
        return toInt(ExitCode::Usage);
    case CommandLine::Result::Action::Run:
        break;
    }
    for (const QString &warning : parsed.warnings)
        Console::error(warning);

    ClientSettings settings;
    QString error;
    if (!settings.load(parsed.options, &error)) {
        Console::usageError(error);
        return toInt(ExitCode::Usage);
    }

    // The accounts and keychain the GUI uses too. Created for every command: reading the
    // settings is cheap, and the keychain is only asked when an account is used.
    mb::AccountManager accounts;
    const std::unique_ptr<Command> command = createCommand(parsed.options, settings, &accounts);
    QObject::connect(command.get(), &Command::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, command.get(), &Command::start);
    return QCoreApplication::exec();
}
