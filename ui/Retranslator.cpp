#include "Retranslator.h"

#include <QEvent>
#include <QWidget>

namespace mb {

Retranslator::Retranslator(QWidget *widget, std::function<void()> apply)
    : QObject(widget)
    , m_apply(std::move(apply))
{
    widget->installEventFilter(this);
}

void Retranslator::bind(QWidget *widget, std::function<void()> apply)
{
    apply();
    new Retranslator(widget, std::move(apply)); // a child: it goes with the widget
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_apply();
    return QObject::eventFilter(watched, event);
}

} // namespace mb
