// 100,000 rows through the models the main window uses: the mailbox list, its sorted and
// filtered proxy, and the senders (with the sender marking the main window wires, the Senders
// tab's merged addresses and the picker's proxy), from one b24-fake-portal process at 0 ms
// latency, over plain HTTP, without rate limits. Prints figures as `name value unit` lines;
// asserts nothing (`cmake --build <dir> --target bench`).
//
//   bench_rows [--mailboxes N] [--sort-column C] [--rounds R] [--trace-stalls MS]
//
// - rows_load_s: from setClient() to the list and the senders complete, every row in the
//   models and the proxies.
// - rows_load_cpu_s: the CPU time of this process for the same (the zero-interval timer
//   below spins while it waits, so this is an upper bound).
// - rows_bytes_per_row: heap bytes in use (glibc mallinfo2, the blocks it maps apart included,
//   freed blocks not counted) after the load minus before it, per mailbox row (the senders,
//   one per mailbox, included);
//   rows_list_bytes_per_row is what the mailbox list and its proxy give back when they let go
//   of their rows after the searches and sorts (the folded search text included; strings the
//   senders' models share with the rows are not given back); rows_rss_bytes_per_row is the same
//   from VmRSS, which also counts what malloc keeps. The senders' part is broken down the
//   same way, each let go of in turn after the list: rows_picker_bytes_per_row (the picker's
//   proxy), rows_address_proxy_bytes_per_row (the Senders tab's proxy),
//   rows_addresses_bytes_per_row (its merged addresses), rows_own_bytes_per_row (the
//   own-mailbox marking, setOwnMailboxEmails({})) and rows_senders_bytes_per_row (SenderModel's
//   rows, setClient(nullptr)); rows_kept_bytes_per_row is what the models still hold after all
//   that (until they are destroyed).
// - rows_stall_max_ms: the longest stretch the event loop did not come round while rows
//   streamed in and in the turns the load left for after itself (a zero-interval timer's
//   longest gap): what a GUI thread would freeze.
// - rows_search_p50_ms / _p99_ms: one keystroke (words typed and erased letter by letter)
//   until the proxy holds its matches.
// - rows_sort_<column>_ms: a sort of the whole proxy by that column.
// --trace-stalls MS prints each stretch longer than MS to stderr with its start and end on
// CLOCK_MONOTONIC, so `perf record -k CLOCK_MONOTONIC -g` samples can be cut to the stalls.
// With --sort-column -1 (the app's default: the portal's order until a column is clicked)
// the figures are named rows_unsorted_*.

#include "auth/AccountSession.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"
#include "models/SenderAddressFilterProxyModel.h"
#include "models/SenderAddressModel.h"
#include "models/SenderFilterProxyModel.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    // Blocks malloc maps on their own (big ones: an arena, a vector of every row) are not in
    // uordblks: counted apart.
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#else
    return -1;
#endif
}

qint64 rssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

// The portal as its own process, so its work is not on our event loop.
class PortalProcess
{
public:
    ~PortalProcess()
    {
        m_process.closeWriteChannel(); // --commands: it quits at the end of its input
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    std::optional<QJsonObject> start(int mailboxes)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(MB_PORTAL_EXE),
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--mailboxes"), QString::number(mailboxes),
                         QStringLiteral("--foreign-mailboxes"), QStringLiteral("0"),
                         QStringLiteral("--rate-limit"), QStringLiteral("off"),
                         QStringLiteral("--operating-limit"), QStringLiteral("off"),
                         QStringLiteral("--commands")});
        if (!m_process.waitForStarted(10'000))
            return std::nullopt;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60'000))
                return std::nullopt;
        }
        const QJsonDocument json = QJsonDocument::fromJson(m_process.readLine());
        return json.isObject() ? std::optional(json.object()) : std::nullopt;
    }

private:
    QProcess m_process;
};

// The models of the main window and the Senders tab, wired as they are there.
struct Models
{
    mb::MailboxListModel mailboxes;
    mb::MailboxFilterProxyModel filter;
    mb::SenderModel senders;
    mb::SenderAddressModel addresses;
    mb::SenderAddressFilterProxyModel addressFilter;
    mb::SenderFilterProxyModel picker;

    explicit Models(int sortColumn)
    {
        filter.setSourceModel(&mailboxes);
        if (sortColumn >= 0)
            filter.sort(sortColumn, Qt::AscendingOrder);
        addresses.setSourceModel(&senders);
        addressFilter.setSourceModel(&addresses);
        picker.setSourceModel(&senders);
        QObject::connect(&mailboxes, &QAbstractItemModel::rowsInserted, &senders,
                         [this](const QModelIndex &, int first, int last) {
                             QList<mb::Mailbox> rows;
                             rows.reserve(last - first + 1);
                             for (int row = first; row <= last; ++row)
                                 rows.append(mailboxes.mailbox(row));
                             senders.addOwnMailboxes(rows);
                         });
    }
};

struct Round
{
    double loadSeconds = 0;
    double loadCpuSeconds = 0; // this process's CPU time: on a busy machine the honest one
    double stallMs = 0;
    qint64 heapBytes = 0;
    qint64 rssBytes = 0;
    qint64 listHeapBytes = 0; // of these, the mailbox list's and its proxy's
    // The senders' models, in the order they let go: picker proxy, address proxy, addresses,
    // own-mailbox marking, sender rows; then what the models kept after letting go.
    std::array<qint64, 6> senderHeapBytes = {};
    int rows = 0;
    int senders = 0;
    std::vector<double> keystrokesMs;
    std::vector<std::pair<QString, double>> sortsMs;
    QString error;
};

Round runRound(const QUrl &webhook, int expected, int sortColumn, double traceStallsMs)
{
    Round round;
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = rssBytes();
    auto models = std::make_unique<Models>(sortColumn);
    std::unique_ptr<mb::AccountSession> session(mb::AccountSession::unsaved(
        new mb::WebhookCredential(*mb::WebhookCredential::parse(webhook)), {}, nullptr));

    QEventLoop loop;
    const auto done = [&] {
        if (models->mailboxes.hasError() || !models->senders.errorMessage().isEmpty() ||
            (models->mailboxes.isComplete() && !models->senders.isLoading()))
            loop.quit();
    };
    QObject::connect(&models->mailboxes, &mb::MailboxListModel::completeChanged, &loop, done);
    QObject::connect(&models->mailboxes, &mb::MailboxListModel::errorChanged, &loop, done);
    QObject::connect(&models->senders, &mb::SenderModel::loadingChanged, &loop, done);

    // The longest time the loop did not come round to a zero-interval timer.
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gapNs = sinceTick.nsecsElapsed();
        longestGapNs = std::max(longestGapNs, gapNs);
        if (traceStallsMs > 0 && gapNs > traceStallsMs * 1e6) {
            const qint64 endNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     std::chrono::steady_clock::now().time_since_epoch())
                                     .count();
            std::fprintf(stderr, "stall %.1f ms from %.6f to %.6f\n", gapNs / 1e6,
                         (endNs - gapNs) / 1e9, endNs / 1e9);
        }
        sinceTick.restart();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        round.error = QStringLiteral("timed out");
        loop.quit();
    });

    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuStart = std::clock();
    sinceTick.start();
    ticker.start();
    timeout.start(600'000);
    models->mailboxes.setClient(session->client());
    models->senders.setClient(session->client());
    models->mailboxes.load();
    loop.exec();
    round.loadSeconds = clock.nsecsElapsed() / 1e9;
    round.loadCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    // The turns the load posted for after itself (the proxy lets go of its sort keys) count
    // for the stalls and the memory too.
    for (int turn = 0; turn < 2; ++turn) {
        QEventLoop settle;
        QTimer::singleShot(0, &settle, &QEventLoop::quit);
        settle.exec();
    }
    ticker.stop();
    round.stallMs = longestGapNs / 1e6;
    round.rows = models->mailboxes.rowCount();
    round.senders = models->senders.rowCount();
    if (round.error.isEmpty() && models->mailboxes.hasError())
        round.error = models->mailboxes.errorMessage();
    if (round.error.isEmpty() && round.rows != expected)
        round.error = QStringLiteral("%1 rows, not %2").arg(round.rows).arg(expected);
    if (models->filter.rowCount() != round.rows)
        round.error = QStringLiteral("the proxy holds %1 rows").arg(models->filter.rowCount());
    // The jobs' leftovers go with deleteLater().
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    round.heapBytes = heapInUse() - heapBefore;
    round.rssBytes = rssBytes() - rssBefore;

    // Search as you type: words typed and erased a letter at a time. No number, so the
    // model asks the portal nothing.
    const QStringList words = {QStringLiteral("sales"), QStringLiteral("Иван"),
                               QStringLiteral("example.test"), QStringLiteral("support 2"),
                               QStringLiteral("zz")};
    const auto type = [&](const QString &text) {
        QElapsedTimer keystroke;
        keystroke.start();
        models->mailboxes.setSearchText(text);
        (void)models->filter.rowCount();
        round.keystrokesMs.push_back(keystroke.nsecsElapsed() / 1e6);
    };
    for (const QString &word : words) {
        for (qsizetype n = 1; n <= word.size(); ++n)
            type(word.left(n));
        for (qsizetype n = word.size() - 1; n >= 0; --n)
            type(word.left(n));
    }

    const QList<std::pair<QString, int>> columns = {
        {QStringLiteral("name"), mb::MailboxListModel::NameColumn},
        {QStringLiteral("email"), mb::MailboxListModel::EmailColumn},
        {QStringLiteral("sender_name"), mb::MailboxListModel::SenderNameColumn},
        {QStringLiteral("id"), mb::MailboxListModel::IdColumn}};
    for (const auto &[name, column] : columns) {
        // Away from the column first, so each sort is a whole one.
        models->filter.sort(-1);
        QElapsedTimer sortClock;
        sortClock.start();
        models->filter.sort(column, Qt::DescendingOrder);
        round.sortsMs.emplace_back(name, sortClock.nsecsElapsed() / 1e6);
    }
    // What the mailbox list and its proxy hold, sorted by id after the searches: the heap
    // they give back when they let go of the rows (most of the rest is the senders' models).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 heapHeld = heapInUse();
    models->filter.setSourceModel(nullptr);
    models->mailboxes.setClient(nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    round.listHeapBytes = heapHeld - heapInUse();
    const std::array<std::function<void()>, 6> letGo = {
        [&] { models->picker.setSourceModel(nullptr); },
        [&] { models->addressFilter.setSourceModel(nullptr); },
        [&] { models->addresses.setSourceModel(nullptr); },
        [&] { models->senders.setOwnMailboxEmails({}); },
        [&] { models->senders.setClient(nullptr); },
        [&] { models.reset(); }};
    for (size_t i = 0; i < letGo.size(); ++i) {
        const qint64 before = heapInUse();
        letGo[i]();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        round.senderHeapBytes[i] = before - heapInUse();
    }
    session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return round;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("mailboxes"), QStringLiteral("Mailboxes (100000)."),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("sort-column"),
                        QStringLiteral("Column the list is sorted by while it loads (0: name; "
                                       "-1: the portal's order)."),
                        QStringLiteral("C"), QStringLiteral("0")},
                       {QStringLiteral("rounds"), QStringLiteral("Rounds (1)."),
                        QStringLiteral("R"), QStringLiteral("1")},
                       {QStringLiteral("trace-stalls"),
                        QStringLiteral("Print each stall longer than MS ms to stderr, with its "
                                       "start and end on CLOCK_MONOTONIC in seconds."),
                        QStringLiteral("MS"), QStringLiteral("0")}});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int mailboxes = parser.value(QStringLiteral("mailboxes")).toInt();
    const int sortColumn = parser.value(QStringLiteral("sort-column")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const double traceStallsMs = parser.value(QStringLiteral("trace-stalls")).toDouble();

    PortalProcess portal;
    const auto info = portal.start(mailboxes);
    if (!info) {
        out << "bench_rows: the portal did not start" << Qt::endl;
        return 1;
    }
    const QUrl webhook(info->value(QStringLiteral("webhook_url")).toString());
    // The portal's own senders: one per mailbox and three more, and one address twice.
    const int expected = mailboxes;

    out << "# " << mailboxes << " mailboxes from b24-fake-portal (http, 0 ms, no rate limit), "
        << (sortColumn >= 0 ? QStringLiteral("sorted by column %1").arg(sortColumn)
                            : QStringLiteral("unsorted"))
        << " while loading; " << rounds << " round(s), the best of each figure" << Qt::endl;
    std::vector<Round> results;
    for (int r = 0; r < rounds; ++r) {
        Round round = runRound(webhook, expected, sortColumn, traceStallsMs);
        if (!round.error.isEmpty()) {
            out << "bench_rows: " << round.error << Qt::endl;
            return 1;
        }
        out << "# round " << (r + 1) << ": " << round.rows << " mailboxes, " << round.senders
            << " senders, " << round.loadSeconds << " s" << Qt::endl;
        results.push_back(std::move(round));
    }
    const auto best = [&](auto figure) {
        double value = figure(results.front());
        for (const Round &round : results)
            value = std::min(value, double(figure(round)));
        return value;
    };
    // Figures of a list loaded in the portal's order are named apart.
    const QByteArray prefix = sortColumn >= 0 ? "rows_" : "rows_unsorted_";
    const auto line = [&](const char *name, double value, const char *unit) {
        out << prefix << (name + 5) << ' ' << QString::number(value, 'f', 2) << ' ' << unit
            << Qt::endl;
    };
    line("rows_load_s", best([](const Round &r) { return r.loadSeconds; }), "s");
    line("rows_load_cpu_s", best([](const Round &r) { return r.loadCpuSeconds; }), "s");
    line("rows_stall_max_ms", best([](const Round &r) { return r.stallMs; }), "ms");
    line("rows_bytes_per_row",
         best([&](const Round &r) { return double(r.heapBytes) / mailboxes; }), "B");
    line("rows_list_bytes_per_row",
         best([&](const Round &r) { return double(r.listHeapBytes) / mailboxes; }), "B");
    const char *senderFigures[] = {
        "rows_picker_bytes_per_row",    "rows_address_proxy_bytes_per_row",
        "rows_addresses_bytes_per_row", "rows_own_bytes_per_row",
        "rows_senders_bytes_per_row",   "rows_kept_bytes_per_row"};
    for (size_t i = 0; i < std::size(senderFigures); ++i) {
        line(senderFigures[i],
             best([&](const Round &r) { return double(r.senderHeapBytes[i]) / mailboxes; }), "B");
    }
    line("rows_rss_bytes_per_row",
         best([&](const Round &r) { return double(r.rssBytes) / mailboxes; }), "B");
    line("rows_search_p50_ms", best([](const Round &r) { return percentile(r.keystrokesMs, 0.5); }),
         "ms");
    line("rows_search_p99_ms",
         best([](const Round &r) { return percentile(r.keystrokesMs, 0.99); }), "ms");
    for (size_t i = 0; i < results.front().sortsMs.size(); ++i) {
        const QByteArray name = "rows_sort_" + results.front().sortsMs[i].first.toLatin1() + "_ms";
        line(name.constData(), best([i](const Round &r) { return r.sortsMs[i].second; }), "ms");
    }
    return 0;
}
