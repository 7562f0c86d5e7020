#include "LoadState.h"

#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mb {

LoadState::LoadState(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QWidget(this))
    , m_busyDelay(new QTimer(this))
    , m_progress(new QProgressBar(m_busy))
    , m_busyLabel(new QLabel(m_busy))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_banner(new ErrorBanner(this))
{
    m_progress->setRange(0, 0); // indeterminate
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Loading"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_progress);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(ShowBusyAfterMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busy->show();
        m_summary->hide();
    });
    m_summary->hide();

    m_empty->setWordWrap(true);
    m_empty->hide();

    connect(m_banner, &ErrorBanner::retryRequested, this, &LoadState::retryRequested);
    connect(m_banner, &ErrorBanner::signInRequested, this, &LoadState::signInRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_banner);
}

void LoadState::setLoading(bool loading, int rows)
{
    setLoading(loading, rows < 0 ? tr("Loading…") : tr("Loading… %n row(s)", nullptr, rows));
}

void LoadState::setLoading(bool loading, const QString &text)
{
    m_busyLabel->setText(text);
    if (!loading) {
        m_busyDelay->stop();
        m_busy->hide();
    } else if (m_busy->isHidden() && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
    m_summary->setVisible(m_busy->isHidden() && !m_summary->text().isEmpty());
}

void LoadState::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(m_busy->isHidden() && !text.isEmpty());
}

void LoadState::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

void LoadState::setError(const QString &message, const RestError &error)
{
    m_banner->setError(message, error);
}

bool LoadState::isLoadingShown() const
{
    return !m_busy->isHidden();
}

QString LoadState::loadingText() const
{
    return m_busyLabel->text();
}

QString LoadState::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString LoadState::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

} // namespace mb
