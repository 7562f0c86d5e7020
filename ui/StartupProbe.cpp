#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace mb {

namespace {
const char *const environmentName = "MB_STARTUP_PROBE";

void printAndQuit(const QJsonObject &figures)
{
    const QByteArray line = QJsonDocument(figures).toJson(QJsonDocument::Compact) + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
    QCoreApplication::quit();
}
} // namespace

StartupProbe::StartupProbe(QAbstractItemView *view, Goal goal, QElapsedTimer clock, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_goal(goal)
    , m_clock(clock)
    , m_endCheck(new QTimer(this))
{
    m_endCheck->setInterval(EndCheckMs);
    connect(m_endCheck, &QTimer::timeout, this, &StartupProbe::checkEnd);
    view->viewport()->installEventFilter(this);
}

StartupProbe *StartupProbe::fromEnvironment(QAbstractItemView *view, QElapsedTimer clock,
                                            QObject *parent)
{
    const QByteArray wanted = qgetenv(environmentName);
    if (wanted.isEmpty())
        return nullptr;
    if (wanted != "first-rows" && wanted != "all-rows") {
        std::fprintf(stderr, "%s: expected first-rows or all-rows\n", environmentName);
        return nullptr;
    }
    auto *probe = new StartupProbe(view, wanted == "first-rows" ? Goal::FirstRows : Goal::AllRows,
                                   clock, parent);
    if (probe->m_goal == Goal::FirstRows) {
        connect(probe, &StartupProbe::firstRowsPainted, probe, [](qint64 ms, int rows) {
            printAndQuit({{QStringLiteral("first_rows_ms"), ms}, {QStringLiteral("rows"), rows}});
        });
    } else {
        connect(probe, &StartupProbe::allRowsPainted, probe, [](qint64 ms, int rows) {
            printAndQuit({{QStringLiteral("all_rows_ms"), ms},
                          {QStringLiteral("rows"), rows},
                          {QStringLiteral("vm_rss_kb"), memoryStatusKb("VmRSS")},
                          {QStringLiteral("vm_hwm_kb"), memoryStatusKb("VmHWM")}});
        });
    }
    return probe;
}

qint64 StartupProbe::memoryStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // "VmRSS:\t  123456 kB"
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const qint64 kb = line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the paint before it happens: look again once it is done.
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport() &&
        !m_checkQueued && rows() > 0) {
        m_checkQueued = true;
        QTimer::singleShot(0, this, &StartupProbe::onPainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onPainted()
{
    m_checkQueued = false;
    if (!m_view)
        return;
    if (!m_firstSeen) {
        m_firstSeen = true;
        Q_EMIT firstRowsPainted(m_clock.elapsed(), rows());
        if (m_goal == Goal::AllRows) {
            // Each batch of rows moves the end away: follow it, and the view asks for more.
            connect(m_view->model(), &QAbstractItemModel::rowsInserted, this,
                    &StartupProbe::scrollToEnd, Qt::QueuedConnection);
            scrollToEnd();
            m_endCheck->start();
        }
        return;
    }
    if (m_goal == Goal::AllRows && !m_allSeen && !hasMore()) {
        m_allSeen = true;
        m_endCheck->stop();
        Q_EMIT allRowsPainted(m_clock.elapsed(), rows());
    }
}

void StartupProbe::checkEnd()
{
    // A model may say it is complete after its last rows were painted; a paint then shows it.
    if (m_view && !hasMore()) {
        m_endCheck->stop();
        m_view->viewport()->update();
    }
}

void StartupProbe::scrollToEnd()
{
    if (!m_view)
        return;
    // With the last row in sight, the view asks its model for more by itself.
    m_view->scrollToBottom();
}

bool StartupProbe::hasMore() const
{
    return m_view && m_view->model() && m_view->model()->canFetchMore(m_view->rootIndex());
}

int StartupProbe::rows() const
{
    return m_view && m_view->model() ? m_view->model()->rowCount(m_view->rootIndex()) : 0;
}

} // namespace mb
