#include "FailureCoordinator.h"

#include "LoadState.h"
#include "rest/RestError.h"

namespace mb {

FailureCoordinator::FailureCoordinator(QObject *parent)
    : QObject(parent)
{}

void FailureCoordinator::addView(LoadState *state, std::function<void()> retry, LoadState *above)
{
    m_views.append(View{state, std::move(retry), above, {}});
    connect(state, &LoadState::retryRequested, this, &FailureCoordinator::retryAll);
    connect(state, &LoadState::errorUpdated, this, [this, state] { onUpdated(state); });
    arrange();
}

QString FailureCoordinator::causeKey(const RestError &error)
{
    if (!error.isError())
        return {};
    return QString::number(int(error.category())) + QLatin1Char('/') + error.code().toUpper();
}

bool FailureCoordinator::sameCause(const RestError &a, const RestError &b)
{
    return a.isError() && causeKey(a) == causeKey(b);
}

void FailureCoordinator::retryAll()
{
    if (m_retrying)
        return;
    m_retrying = true;
    // Copied first: a retry may clear an error at once and so change the list's states.
    QList<std::function<void()>> retries;
    for (const View &view : std::as_const(m_views)) {
        if (view.state && view.state->hasError() && view.retry)
            retries << view.retry;
    }
    for (const auto &retry : std::as_const(retries))
        retry();
    m_retrying = false;
}

void FailureCoordinator::onUpdated(LoadState *state)
{
    QString recovered;
    for (View &view : m_views) {
        if (view.state != state)
            continue;
        if (state->hasError()) {
            view.failedCause = causeKey(state->error());
        } else if (!state->isLoading() && !view.failedCause.isEmpty()) {
            // Loaded again after that failure: whatever caused it is over.
            recovered = std::exchange(view.failedCause, {});
        }
    }
    arrange();
    if (recovered.isEmpty() || m_retrying)
        return;
    m_retrying = true;
    QList<std::function<void()>> retries;
    for (const View &view : std::as_const(m_views)) {
        if (view.state && view.state != state && view.state->hasError() &&
            causeKey(view.state->error()) == recovered && view.retry)
            retries << view.retry;
    }
    for (const auto &retry : std::as_const(retries))
        retry();
    m_retrying = false;
}

void FailureCoordinator::arrange()
{
    for (const View &view : std::as_const(m_views)) {
        if (!view.state)
            continue;
        const bool shownAbove = view.above && view.state->hasError() && view.above->hasError() &&
                                sameCause(view.state->error(), view.above->error());
        view.state->setErrorShownAbove(shownAbove);
    }
}

} // namespace mb
