#include "CommandRunner.h"

#include "Connection.h"
#include "Console.h"
#include "ExitCode.h"
#include "Subcommand.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

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
                mailboxFields());
        break;
    case Subcommand::Id::Get:
        runItem([api, this] { return api.getMailbox(m_options.id, m_options.select); },
                mailboxFields());
        break;
    case Subcommand::Id::Senders:
        runList(api.listSenders(this), senderFields());
        break;
    case Subcommand::Id::Fields:
        runList(api.listFields(m_options.select, this), FieldDescriptor::attributeNames());
        break;
    case Subcommand::Id::Field:
        runItem(
            [api, this] { return api.getField(m_options.argument.trimmed(), m_options.select); },
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

void CommandRunner::runList(ListJob *job, const QStringList &knownFields)
{
    // Printed as they came: no typed rows in between.
    connect(job, &ListJob::rowsArrived, this, [this](const QJsonArray &rows) {
        for (const QJsonValue &row : rows)
            m_rows.append(row);
    });
    connect(job, &ListJob::finished, this, [this, job, knownFields] {
        // The job keeps its place: after a pause it goes on from the page that failed.
        if (job->error().isError() &&
            waitForPause(job->error(), job->method(), [job] { job->resume(); }))
            return;
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

void CommandRunner::runItem(std::function<RestReply *()> send, const QStringList &knownFields)
{
    RestReply *reply = send();
    connect(reply, &RestReply::finished, this, [this, reply, send, knownFields] {
        reply->deleteLater();
        RestError error;
        if (const auto item = MailApi::item(reply, &error))
            return succeed(m_formatter.item(*item, knownFields));
        if (waitForPause(error, reply->method(),
                         [this, send, knownFields] { runItem(send, knownFields); }))
            return;
        failCall(error);
    });
}

bool CommandRunner::waitForPause(RestError error, const QString &method,
                                 std::function<void()> retry)
{
    if (error.category() != RestError::Category::OperationTimeLimit)
        return false;
    const QString paused = error.pausedMethod().isEmpty() ? method : error.pausedMethod();
    // The client's own pause is authoritative (it refuses the method until then); the wall
    // clock's retryAt covers a pause the client did not record (a command inside a batch).
    qint64 waitSecs = m_connection->client()->pausedForSecs(paused);
    if (error.retryAt().isValid())
        waitSecs = std::max(
            waitSecs, (QDateTime::currentDateTimeUtc().msecsTo(error.retryAt()) + 999) / 1000);
    if (waitSecs <= 0)
        waitSecs = RestClient::DefaultPauseSecs;
    if (m_waitedSecs + waitSecs > m_options.maxWaitSecs) {
        if (!error.retryAt().isValid() || error.pausedMethod().isEmpty())
            error.setPause(paused, QDateTime::currentDateTimeUtc().addSecs(waitSecs));
        failCall(error);
        return true;
    }
    m_waitedSecs += waitSecs;
    Console::error(
        tr("%1 is paused by the portal; waiting %n second(s) for it.", nullptr, int(waitSecs))
            .arg(paused));
    QTimer::singleShot(std::chrono::seconds(waitSecs), this, std::move(retry));
    return true;
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
