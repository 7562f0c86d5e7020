#include "SavedDataNotice.h"

#include "Retranslator.h"
#include "models/MailboxListModel.h"

#include <QLocale>

namespace mb {

SavedDataNotice::SavedDataNotice(MailboxListModel *model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    hide();
    setTextFormat(Qt::PlainText);
    for (auto signal : {&MailboxListModel::loadingChanged, &MailboxListModel::completeChanged})
        connect(model, signal, this, &SavedDataNotice::onModelChanged);
    connect(model, &MailboxListModel::errorChanged, this, &SavedDataNotice::onModelChanged);
    connect(model, &MailboxListModel::fetchedAtChanged, this, &SavedDataNotice::onModelChanged);
    Retranslator::bind(this, [this] {
        setAccessibleName(tr("Saved data"));
        updateText();
    });
}

void SavedDataNotice::showSaved(const QDateTime &fetchedAt)
{
    m_savedAt = fetchedAt.isValid() ? fetchedAt : QDateTime::fromMSecsSinceEpoch(0);
    updateText();
}

void SavedDataNotice::forget()
{
    m_savedAt = {};
    updateText();
}

bool SavedDataNotice::isOffline() const
{
    if (!m_model || !isShowingSaved())
        return false;
    switch (m_model->lastError().category()) {
    case RestError::Category::Network:
    case RestError::Category::Timeout:
    case RestError::Category::Tls:
        return true;
    default:
        return false;
    }
}

void SavedDataNotice::onModelChanged()
{
    // The portal's list has replaced the saved one: complete, read after them, nothing failed.
    if (m_model && isShowingSaved() && m_model->isComplete() && !m_model->isRefreshing() &&
        !m_model->hasError() && m_model->fetchedAt() != m_savedAt)
        m_savedAt = {};
    updateText();
}

void SavedDataNotice::updateText()
{
    if (!isShowingSaved()) {
        hide();
        QLabel::clear();
        return;
    }
    const QString when = QLocale().toString(m_savedAt, QLocale::ShortFormat);
    setText(isOffline() ? tr("Showing saved data from %1 — the portal cannot be reached").arg(when)
                        : tr("Showing saved data from %1").arg(when));
    show();
}

} // namespace mb
