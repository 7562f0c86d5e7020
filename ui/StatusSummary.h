#pragma once

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace mb {

// The status bar's account of the view on screen: how many rows it shows and when they were
// fetched ("40 mailboxes · fetched 3 min ago"), "Refreshing…" from F5 until every view has
// its new rows, then "Refreshed at 14:05" for a while; and, for the demo, a note that the
// rows are sample data. The window tells it what each view holds; it keeps the times.
class StatusSummary : public QWidget
{
    Q_OBJECT
public:
    // How long "Refreshed at …" stays before the fetched time shows again.
    static constexpr int RefreshedNoteMs = 10000;

    explicit StatusSummary(QWidget *parent = nullptr);

    // What view `view` holds now: its rows in words ("40 mailboxes"; empty: nothing to say),
    // whether it is loading, and whether its last load failed. A load that ends without a
    // failure is the view's fetch time.
    void setView(int view, const QString &rows, bool loading, bool failed);
    void setCurrentView(int view);
    // Forgets every fetch time (another account).
    void reset();
    void setSample(bool sample);

    void beginRefresh();
    // Ends "Refreshing…" once no view loads any more; call after setting every view.
    void finishRefreshIfDone();
    bool isRefreshing() const { return m_refreshing; }

    QString rowsText() const;
    QString fetchedText() const;
    QString sampleText() const;
    QDateTime fetchedAt(int view) const { return m_views.value(view).fetchedAt; }

    // Tests move time by hand.
    void setClock(std::function<QDateTime()> now);

private:
    struct View
    {
        QString rows;
        bool loading = false;
        QDateTime fetchedAt;
    };
    void updateText();

    QHash<int, View> m_views;
    int m_current = 0;
    bool m_refreshing = false;
    QDateTime m_refreshedAt;
    std::function<QDateTime()> m_now;
    QLabel *m_sample;
    QLabel *m_rows;
    QLabel *m_fetched;
    QTimer *m_tick;
};

} // namespace mb
