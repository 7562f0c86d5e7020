#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace mb {

struct Exchange;
class RestClient;

// The status bar's rate meter in plain words: "12 of 50 requests available" from the client's
// leaky bucket (polled every PollIntervalMs while a client is set; the burst is the one the
// client learned from the portal's refusals when it did), a tooltip that says what the
// bucket is, and the portal's last `time.operating` as a sentence: the execution seconds a
// method used in the last 10 minutes.
class RateMeter : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PollIntervalMs = 500;

    explicit RateMeter(QWidget *parent = nullptr);

    // Not owned; null stops the polling and empties the meter.
    void setClient(RestClient *client);

    // Level and burst as last shown.
    double level() const { return m_level; }
    double burst() const { return m_burst; }
    // "12 of 50 requests available"; empty without a client.
    QString text() const;
    QString toolTipText() const;
    QString operatingText() const;
    bool isPolling() const;

public Q_SLOTS:
    // Reads the bucket now.
    void poll();
    void recordExchange(const mb::Exchange &exchange);

private:
    // Words the last `time.operating` seen (or clears the line without one).
    void updateOperating();

    QPointer<RestClient> m_client;
    QTimer *m_timer;
    QProgressBar *m_bucket;
    QLabel *m_operating;
    QLabel *m_available; // the bar's words beside it: inside a bar they would be cut
    double m_level = 0;
    double m_burst = 0;
    // The last `time.operating`, kept so a language change can word it again; -1: none yet.
    QString m_operatingMethod;
    int m_operatingSecs = -1;
};

} // namespace mb
