#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

namespace mb {

// Runs `f` from the event loop, unless `context` is gone by then. Answers known at once
// (a bad argument, a closed account) go this way too, so a callback never runs inside the
// call that asked for it and callers see one order of events whatever happened.
template<typename F> void callLater(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace mb
