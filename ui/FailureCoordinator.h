#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mb {

class LoadState;
class RestError;

// One failure, one banner, one Retry. The window's views fail together when the portal does
// (an overload, a missing scope); each view's LoadState still learns its own model's error,
// and this keeps what the user sees to one message:
// - a view shown under another on the same page (the detail pane under the mailbox list)
//   that fails for the same cause shows a quiet line instead of a second banner;
// - Retry in any banner asks every view that failed again;
// - once a view that failed loads again, every other view still showing that cause is asked
//   again too, so a fixed failure clears everywhere.
class FailureCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit FailureCoordinator(QObject *parent = nullptr);

    // `retry` asks the view's model again. `above`: a view shown above this one on the same
    // page, whose banner speaks for both when they fail for the same cause.
    void addView(LoadState *state, std::function<void()> retry, LoadState *above = nullptr);

    // Whether two errors have the same cause: the same category and portal code.
    static bool sameCause(const RestError &a, const RestError &b);

public Q_SLOTS:
    // Asks every view that shows a failure again.
    void retryAll();

private:
    struct View
    {
        QPointer<LoadState> state;
        std::function<void()> retry;
        QPointer<LoadState> above;
        QString failedCause; // set while failed or retrying; cleared when loaded again
    };
    static QString causeKey(const RestError &error);
    void onUpdated(LoadState *state);
    void arrange();

    QList<View> m_views;
    bool m_retrying = false;
};

} // namespace mb
