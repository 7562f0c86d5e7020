#include "CommandRunner.h"

#include "Connection.h"
#include "Console.h"
#include "ExitCode.h"
#include "Subcommand.h"
#include "rest/MailApi.h"
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
                             const ClientSettings &settings, AccountManager *accountManager,
                             QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_environment(environment)
    , m_settings(settings)
    , m_accountManager(accountManager)
    , m_formatter(options.json ? ResultFormatter::Format::Json : ResultFormatter::Format::Table)
{}

void CommandRunner::start()
{
    Connection::open(m_options, m_environment, m_settings, m_accountManager, this,
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
        runList(api.listMailboxes({m_options.nameFilter, m_options.emailFilter}, this),
                &MailboxListJob::mailboxesArrived, mailboxFields());
        break;
    case Subcommand::Id::Get:
        runItem(api.getMailbox(m_options.id, m_options.select), mailboxFields());
        break;
    case Subcommand::Id::Senders:
        runList(api.listSenders(this), &SenderListJob::sendersArrived, senderFields());
        break;
    case Subcommand::Id::Fields:
        runList(api.listFields(m_options.select, this), &FieldListJob::fieldsArrived,
                FieldDescriptor::attributeNames());
        break;
    case Subcommand::Id::Field:
        runItem(api.getField(m_options.argument.trimmed(), m_options.select),
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

template<typename Job, typename Row>
void CommandRunner::runList(Job *job, void (Job::*arrived)(const QList<Row> &),
                            const QStringList &knownFields)
{
    connect(job, arrived, this, [this](const QList<Row> &rows) {
        for (const Row &row : rows)
            m_rows.append(row.toJson());
    });
    connect(job, &ListJob::finished, this, [this, job, knownFields] {
        job->deleteLater();
        if (job->error().isError())
            return failCall(job->error());
        succeed(m_formatter.list(std::exchange(m_rows, {}), knownFields));
    });
    // The job stops at --limit itself, asking for no more than that.
    if (m_options.limit >= 0)
        job->setMaxRows(m_options.limit);
    job->fetchAll();
}

void CommandRunner::runItem(RestReply *reply, const QStringList &knownFields)
{
    connect(reply, &RestReply::finished, this, [this, reply, knownFields] {
        reply->deleteLater();
        RestError error;
        if (const auto item = MailApi::item(reply, &error))
            return succeed(m_formatter.item(*item, knownFields));
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
