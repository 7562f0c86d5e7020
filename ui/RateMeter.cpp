#include "RateMeter.h"

#include "rest/Exchange.h"
#include "rest/RestClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

#include <cmath>

namespace mb {

RateMeter::RateMeter(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_bucket(new QProgressBar(this))
    , m_operating(new QLabel(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RateMeter::poll);

    m_bucket->setRange(0, 100);
    m_bucket->setValue(0);
    m_bucket->setMaximumWidth(140);
    m_bucket->setFormat(tr("Rate %p%"));
    m_bucket->setAccessibleName(tr("Request rate"));
    m_bucket->setToolTip(tr("How close the app is to the portal's request rate limit"));
    m_operating->setToolTip(
        tr("Seconds of execution time the portal counted for the last method called"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bucket);
    layout->addWidget(m_operating);
}

void RateMeter::setClient(RestClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_operating->clear();
    if (client) {
        connect(client, &RestClient::exchangeFinished, this, &RateMeter::recordExchange);
        connect(client, &QObject::destroyed, m_timer, &QTimer::stop);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    poll();
}

void RateMeter::poll()
{
    if (!m_client) {
        m_level = 0;
        m_burst = 0;
        m_bucket->setValue(0);
        m_bucket->setEnabled(false);
        return;
    }
    const RateLimiter &limiter = m_client->rateLimiter();
    m_level = limiter.level();
    m_burst = limiter.burst();
    m_bucket->setEnabled(true);
    m_bucket->setValue(m_burst > 0 ? int(std::lround(100.0 * std::min(m_level, m_burst) / m_burst))
                                   : 0);
    m_bucket->setToolTip(tr("Request rate: %1 of %2 (the portal's leaky bucket)")
                             .arg(QString::number(m_level, 'f', 1), QString::number(m_burst)));
}

void RateMeter::recordExchange(const Exchange &exchange)
{
    if (!exchange.time.operating)
        return;
    m_operating->setText(
        tr("%1: %2 s operating")
            .arg(exchange.method, QString::number(*exchange.time.operating, 'f', 2)));
}

QString RateMeter::operatingText() const
{
    return m_operating->text();
}

bool RateMeter::isPolling() const
{
    return m_timer->isActive();
}

} // namespace mb
