#include "CommandRunner.h"

#include "Connection.h"
#include "Console.h"
#include "ExitCode.h"
#include "Subcommand.h"
#include "rest/FieldDescriptor.h"
#include "rest/MailApi.h"
#include "rest/PagedRequest.h"
#include "rest/RestReply.h"

namespace mb::cli {

namespace {

// The documented fields, in documented order; anything else the portal sends follows them.
const QStringList &mailboxFields()
{
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("name"),
                                    QStringLiteral("email"), QStringLiteral("senderName")};
    return fields;
}

const QStringList &senderFields()
{
    static const QStringList fields{QStringLiteral("email"), QStringLiteral("name"),
                                    QStringLiteral("sender")};
    return fields;
}

} // namespace

CommandRunner::CommandRunner(const CliOptions &options, const QProcessEnvironment &environment,
                             const ClientSettings &settings, AccountStorage *storage,
                             QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_environment(environment)
    , m_settings(settings)
    , m_storage(storage)
    , m_formatter(options.json ? ResultFormatter::Format::Json : ResultFormatter::Format::Table)
{}

void CommandRunner::start()
{
    Connection::open(m_options, m_environment, m_settings, m_storage, this,
                     [this](Connection *connection, ExitCode code, const QString &error) {
                         if (!connection)
                             return fail(code, error);
                         m_connection = connection;
                         run();
                     });
}

void CommandRunner::run()
{
    const MailApi api(m_connection->client());
    switch (m_options.command->id) {
    case Subcommand::Id::List:
        runPaged(api.listMailboxes({m_options.nameFilter, m_options.emailFilter}, m_options.limit),
                 mailboxFields());
        break;
    case Subcommand::Id::Get:
        runReply(api.getMailbox(m_options.id, m_options.select), Shape::Item, mailboxFields());
        break;
    case Subcommand::Id::Senders:
        runPaged(api.listSenders(m_options.limit), senderFields());
        break;
    case Subcommand::Id::Fields:
        runReply(api.listFields(m_options.select), Shape::Items, FieldDescriptor::attributeNames());
        break;
    case Subcommand::Id::Field:
        runReply(api.getField(m_options.argument.trimmed(), m_options.select), Shape::Item,
                 FieldDescriptor::attributeNames());
        break;
    case Subcommand::Id::Accounts:
    case Subcommand::Id::Login:
    case Subcommand::Id::AddWebhook:
    case Subcommand::Id::Logout:
        // main() gives these to their own Command classes.
        Q_UNREACHABLE();
    }
}

void CommandRunner::runPaged(PagedRequest *request, const QStringList &knownFields)
{
    request->setParent(this); // freed with the runner even if it never finishes
    connect(request, &PagedRequest::finished, this, [this, request, knownFields] {
        request->deleteLater();
        if (request->error().isError())
            return failCall(request->error());
        // PagedRequest stops at --limit itself, asking for no more than that.
        succeed(m_formatter.list(request->items(), knownFields));
    });
    request->start();
}

void CommandRunner::runReply(RestReply *reply, Shape shape, const QStringList &knownFields)
{
    connect(reply, &RestReply::finished, this, [this, reply, shape, knownFields] {
        reply->deleteLater();
        RestError error = reply->error();
        if (error.isError())
            return failCall(error);
        if (shape == Shape::Item) {
            if (const auto item = MailApi::item(reply, &error))
                return succeed(m_formatter.item(*item, knownFields));
        } else if (const auto items = MailApi::items(reply, &error)) {
            return succeed(m_formatter.list(*items, knownFields));
        }
        failCall(error);
    });
}

void CommandRunner::succeed(const QString &output)
{
    // A reader that went away (`| head`) is not a failure of the command.
    Console::out(output);
    end(ExitCode::Success);
}

void CommandRunner::failCall(const RestError &error)
{
    Console::error(m_connection->messageFor(error));
    end(exitCodeFor(error));
}

void CommandRunner::end(ExitCode code)
{
    m_connection->settle([this, code] { finish(code); });
}

} // namespace mb::cli
