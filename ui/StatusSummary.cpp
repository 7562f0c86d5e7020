#include "StatusSummary.h"

#include "Retranslator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace mb {

StatusSummary::StatusSummary(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_sample(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_fetched(new QLabel(this))
    , m_tick(new QTimer(this))
{
    m_sample->hide();
    // "3 min ago" moves on by itself.
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &StatusSummary::updateText);
    m_tick->start();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sample);
    layout->addWidget(m_rows);
    layout->addWidget(m_fetched);
    // The rows in words are the window's (it words them again itself); the rest is ours.
    Retranslator::bind(this, [this] {
        m_sample->setText(tr("Sample data"));
        m_sample->setToolTip(tr("These mailboxes come from the sample portal bundled with the app, "
                                "not from a real Bitrix24 portal."));
        m_sample->setAccessibleName(tr("Sample data"));
        m_rows->setAccessibleName(tr("Rows shown"));
        m_fetched->setAccessibleName(tr("When the rows were fetched"));
        updateText();
    });
}

void StatusSummary::setView(int view, const QString &rows, bool loading, bool failed)
{
    View &v = m_views[view];
    if (v.loading && !loading && !failed)
        v.fetchedAt = m_now();
    v.loading = loading;
    v.rows = rows;
    updateText();
}

void StatusSummary::setCurrentView(int view)
{
    m_current = view;
    updateText();
}

void StatusSummary::reset()
{
    m_views.clear();
    m_refreshing = false;
    m_refreshedAt = {};
    updateText();
}

void StatusSummary::setSample(bool sample)
{
    m_sample->setVisible(sample);
}

void StatusSummary::beginRefresh()
{
    m_refreshing = true;
    m_refreshedAt = {};
    updateText();
}

void StatusSummary::finishRefreshIfDone()
{
    if (!m_refreshing)
        return;
    for (const View &v : std::as_const(m_views)) {
        if (v.loading)
            return;
    }
    m_refreshing = false;
    m_refreshedAt = m_now();
    QTimer::singleShot(RefreshedNoteMs, this, [this] {
        if (!m_refreshing && m_refreshedAt.isValid() &&
            m_refreshedAt.msecsTo(m_now()) >= RefreshedNoteMs - 100)
            m_refreshedAt = {};
        updateText();
    });
    updateText();
}

QString StatusSummary::rowsText() const
{
    return m_rows->text();
}

QString StatusSummary::fetchedText() const
{
    return m_fetched->text();
}

QString StatusSummary::sampleText() const
{
    return m_sample->isHidden() ? QString() : m_sample->text();
}

void StatusSummary::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateText();
}

void StatusSummary::updateText()
{
    const View v = m_views.value(m_current);
    m_rows->setText(v.rows);
    QString fetched;
    const QLocale locale;
    if (m_refreshing) {
        fetched = tr("Refreshing…");
    } else if (m_refreshedAt.isValid()) {
        fetched =
            tr("Refreshed at %1").arg(locale.toString(m_refreshedAt.time(), QLocale::ShortFormat));
    } else if (v.fetchedAt.isValid()) {
        const qint64 minutes = v.fetchedAt.secsTo(m_now()) / 60;
        if (minutes >= 1 && minutes < 60)
            fetched = tr("fetched %n min ago", nullptr, int(minutes));
        else
            fetched =
                tr("fetched at %1").arg(locale.toString(v.fetchedAt.time(), QLocale::ShortFormat));
    }
    m_fetched->setText(fetched);
    m_fetched->setVisible(!fetched.isEmpty());
    m_rows->setVisible(!v.rows.isEmpty());
}

} // namespace mb
