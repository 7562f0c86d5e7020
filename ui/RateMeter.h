#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace mb {

struct Exchange;
class RestClient;

// The status bar's rate meter: how full the client's leaky bucket is (polled every
// PollIntervalMs while a client is set) and the portal's last `time.operating`, the
// execution seconds a method has used of its budget.
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
    QString operatingText() const;
    bool isPolling() const;

public Q_SLOTS:
    // Reads the bucket now.
    void poll();
    void recordExchange(const mb::Exchange &exchange);

private:
    QPointer<RestClient> m_client;
    QTimer *m_timer;
    QProgressBar *m_bucket;
    QLabel *m_operating;
    double m_level = 0;
    double m_burst = 0;
};

} // namespace mb
