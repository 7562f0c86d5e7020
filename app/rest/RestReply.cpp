#include "RestReply.h"

#include "CallLater.h"

namespace mb {

RestReply::RestReply(const QString &method, QObject *parent)
    : QObject(parent)
    , m_method(method)
{
    m_clock.start();
}

RestReply::~RestReply()
{
    // A caller that drops an unfinished reply no longer wants the answer: stop the call.
    if (m_finished || !m_onAbort)
        return;
    // Marked finished first, so the abort cannot call back into this half-destroyed object.
    const auto onAbort = std::move(m_onAbort);
    m_finished = true;
    onAbort();
}

void RestReply::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    if (m_onAbort)
        m_onAbort();
}

void RestReply::finish(const RestError &error, const QJsonValue &result, const ResponseTime &time,
                       int httpStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onAbort = nullptr;
    m_error = error;
    m_result = result;
    m_time = time;
    m_httpStatus = httpStatus;
    m_elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}

} // namespace mb

namespace mb {

void RestReply::finishLater(const RestError &error)
{
    m_onAbort = nullptr; // the client is gone: nothing left to abort
    callLater(this, [this, error] { finish(error, {}, {}, 0); });
}

} // namespace mb
