#include "LoadState.h"

#include "ErrorBanner.h"
#include "Retranslator.h"

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
    , m_quietError(new QLabel(this))
{
    m_progress->setRange(0, 0); // indeterminate
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
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

    m_quietError->setWordWrap(true);
    m_quietError->setEnabled(false); // greyed: a pointer to the banner, not a failure of its own
    m_quietError->hide();

    connect(m_banner, &ErrorBanner::retryRequested, this, &LoadState::retryRequested);
    connect(m_banner, &ErrorBanner::signInRequested, this, &LoadState::signInRequested);
    m_banner->setCanFollowMoves(true);
    connect(m_banner, &ErrorBanner::moveAccepted, this, &LoadState::moveAccepted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_banner);
    layout->addWidget(m_quietError);

    Retranslator::bind(this, [this] {
        m_progress->setAccessibleName(tr("Loading"));
        m_quietError->setText(tr("Not loaded — see the message above."));
        // A count this widget worded follows the language; a caller's text is the caller's.
        if (m_loadingRows != CallerText)
            m_busyLabel->setText(loadingRowsText(m_loadingRows));
    });
}

QString LoadState::loadingRowsText(int rows)
{
    return rows < 0 ? tr("Loading…") : tr("Loading… %n row(s)", nullptr, rows);
}

void LoadState::setLoading(bool loading, int rows)
{
    setLoading(loading, loadingRowsText(rows));
    m_loadingRows = rows < 0 ? -1 : rows;
}

void LoadState::setLoading(bool loading, const QString &text)
{
    m_loading = loading;
    m_loadingRows = CallerText;
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
    m_errorMessage = message;
    m_error = message.isEmpty() ? RestError() : error;
    m_banner->setError(m_errorShownAbove ? QString() : message, error);
    m_quietError->setVisible(m_errorShownAbove && !message.isEmpty());
    Q_EMIT errorUpdated();
}

void LoadState::setErrorShownAbove(bool above)
{
    if (m_errorShownAbove == above)
        return;
    m_errorShownAbove = above;
    m_banner->setError(above ? QString() : m_errorMessage, m_error);
    m_quietError->setVisible(above && !m_errorMessage.isEmpty());
}

QString LoadState::quietErrorText() const
{
    return m_quietError->isHidden() ? QString() : m_quietError->text();
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
