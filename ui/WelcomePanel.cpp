#include "WelcomePanel.h"

#include "Retranslator.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace mb {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(this))
    , m_sample(new QPushButton(this))
{
    Retranslator::bind(this, [this] {
        setAccessibleName(tr("Getting started"));
        m_add->setText(tr("Add account…"));
        m_add->setAccessibleName(tr("Add an account"));
        m_sample->setText(tr("Try the sample portal"));
        m_sample->setAccessibleName(tr("Try the sample portal"));
    });
    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addAccountRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::samplePortalRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_sample);
    layout->addStretch(1);
}

} // namespace mb
