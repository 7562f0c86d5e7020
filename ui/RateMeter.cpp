#include "RateMeter.h"

#include "Retranslator.h"

#include "rest/Exchange.h"
#include "rest/RestClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

#include <cmath>

namespace mb {

RateMeter::RateMeter(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_bucket(new QProgressBar(this))
    , m_operating(new QLabel(this))
    , m_available(new QLabel(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RateMeter::poll);

    m_bucket->setRange(0, 100);
    m_bucket->setValue(0);
    // A small gauge; its words go in a label beside it, where no font or language cuts them.
    m_bucket->setTextVisible(false);
    m_bucket->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 5);
    m_bucket->setMaximumHeight(fontMetrics().height());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bucket);
    layout->addWidget(m_available);
    layout->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    layout->addWidget(m_operating);
    setVisible(false); // until there is a client to measure

    Retranslator::bind(this, [this] {
        m_bucket->setAccessibleName(tr("Requests available"));
        m_operating->setToolTip(
            tr("The portal adds up the seconds each method runs over the last 10 minutes. Past "
               "its limit (set by the portal; 480 seconds in the Bitrix24 documentation's "
               "example) it pauses that method until the oldest minute drops out, while other "
               "methods keep working."));
        if (m_client)
            poll(); // the bucket's text and tooltip
        updateOperating();
    });
}

void RateMeter::setClient(RestClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_operatingMethod.clear();
    m_operatingSecs = -1;
    updateOperating();
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
        m_available->clear();
        m_bucket->setToolTip(QString());
        m_available->setToolTip(QString());
        setVisible(false); // no account: nothing to measure
        return;
    }
    setVisible(true);
    const RateLimiter &limiter = m_client->rateLimiter();
    m_level = limiter.level();
    m_burst = limiter.burst();
    // The bar fills with what is left, like a battery.
    const int available = int(std::max(0.0, std::floor(m_burst - m_level)));
    m_bucket->setValue(m_burst > 0 ? int(std::lround(100.0 * available / m_burst)) : 0);
    m_available->setText(tr("%1 of %2 requests available").arg(available).arg(int(m_burst)));

    QString tip = tr("The portal lets an application send %1 requests in a burst and gives "
                     "back %2 every second. When none are left, the portal refuses requests "
                     "for a moment; the app then waits and sends them a little later, by "
                     "itself.")
                      .arg(int(m_burst))
                      .arg(QLocale().toString(limiter.drainPerSec()));
    if (limiter.isBurstLearned())
        tip += QLatin1Char('\n') +
               tr("The portal refused a request while %1 should have been available, so the "
                  "app now counts on %2: other applications on this computer's network "
                  "address may be using the same allowance.")
                   .arg(int(limiter.configuredBurst()))
                   .arg(int(m_burst));
    else
        tip += QLatin1Char('\n') + tr("An Enterprise plan allows more; turn its limits on in "
                                      "Settings.");
    m_bucket->setToolTip(tip);
    m_available->setToolTip(tip);
}

QString RateMeter::text() const
{
    return m_available->text();
}

QString RateMeter::toolTipText() const
{
    return m_bucket->toolTip();
}

void RateMeter::recordExchange(const Exchange &exchange)
{
    if (!exchange.time.operating)
        return;
    // Rounded up: "used 0 s" would read as "not counted".
    m_operatingSecs = int(std::ceil(*exchange.time.operating));
    m_operatingMethod = exchange.method;
    updateOperating();
}

void RateMeter::updateOperating()
{
    if (m_operatingSecs < 0) {
        m_operating->clear();
        return;
    }
    m_operating->setText(tr("%1 used %n s of the portal's execution time in the last 10 minutes",
                            nullptr, m_operatingSecs)
                             .arg(m_operatingMethod));
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
