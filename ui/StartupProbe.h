#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QTimer;

namespace mb {

// For the start-up benchmark (tests/bench/bench_startup) and the screenshot test: notices
// when a view first paints rows, and, asked for all rows, then scrolls it to its end each time
// rows arrive (as a user holding End would, so the view itself fetches the next pages) until
// its model has nothing more to fetch, and notices when those rows are painted. Times count
// from `clock`, which main() starts first thing.
//
// The app installs one only when MB_STARTUP_PROBE is set ("first-rows" or "all-rows"); it then
// prints one JSON line on stderr and quits. Not user-facing, so nothing here is translated.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    enum class Goal { FirstRows, AllRows };

    StartupProbe(QAbstractItemView *view, Goal goal, QElapsedTimer clock,
                 QObject *parent = nullptr);

    // The probe MB_STARTUP_PROBE asks for, wired to print its figures and quit; null (and
    // nothing installed) when the variable is unset. An unknown value is said on stderr.
    static StartupProbe *fromEnvironment(QAbstractItemView *view, QElapsedTimer clock,
                                         QObject *parent);

    // A "VmRSS"-style field of /proc/self/status, in kB; -1 where there is none (not Linux).
    static qint64 memoryStatusKb(const QByteArray &field);

Q_SIGNALS:
    // Each at most once, after the paint (the rows are on screen by then).
    void firstRowsPainted(qint64 ms, int rows);
    void allRowsPainted(qint64 ms, int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPainted();
    void scrollToEnd();
    void checkEnd();
    bool hasMore() const;
    int rows() const;

    QPointer<QAbstractItemView> m_view;
    Goal m_goal;
    QElapsedTimer m_clock;
    bool m_firstSeen = false;
    bool m_allSeen = false;
    bool m_checkQueued = false;
    QTimer *m_endCheck;
    static constexpr int EndCheckMs = 20;
};

} // namespace mb
