#pragma once

#include "CliOptions.h"
#include "ResultFormatter.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace mb {
class PagedRequest;
class RestError;
class RestReply;
} // namespace mb

namespace mb::cli {

class Connection;

// Runs one parsed command against the portal without blocking: start() sends the first
// request and returns; finished() carries the exit status once the output is written.
// Nothing reaches stdout unless the whole command succeeded, so a script never reads half
// a list as if it were all of it.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    CommandRunner(const CliOptions &options, Connection *connection, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class Shape { Item, Items };

    void runPaged(PagedRequest *request, const QStringList &knownFields);
    void runReply(RestReply *reply, Shape shape, const QStringList &knownFields);
    void succeed(const QString &output);
    void fail(const RestError &error);

    CliOptions m_options;
    Connection *m_connection;
    ResultFormatter m_formatter;
};

} // namespace mb::cli
