// b24mail: the command-line twin of Mailbox Browser, over the same mbcore.

#include "CommandLine.h"
#include "CommandRunner.h"
#include "Connection.h"
#include "Console.h"
#include "ExitCode.h"
#include "rest/SecretRedactor.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTimer>
#include <QTranslator>

namespace {

// Qt's own strings (QCommandLineParser's errors) and ours, for the system locale. mbcore
// embeds mailbox-browser_<lang>.qm under :/i18n.
void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("mailbox-browser"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
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
    installTranslators(app);

    const CommandLine::Result parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLine::Result::Action::ShowHelp:
    case CommandLine::Result::Action::ShowVersion:
        Console::out(parsed.text);
        return toInt(ExitCode::Success);
    case CommandLine::Result::Action::UsageError:
        Console::usageError(parsed.text);
        return toInt(ExitCode::Usage);
    case CommandLine::Result::Action::Run:
        break;
    }

    QString error;
    const auto connection =
        Connection::open(parsed.options, QProcessEnvironment::systemEnvironment(), &error);
    if (!connection) {
        Console::usageError(error);
        return toInt(ExitCode::Usage);
    }

    CommandRunner runner(parsed.options, connection.get());
    QObject::connect(&runner, &CommandRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &CommandRunner::start);
    return QCoreApplication::exec();
}
