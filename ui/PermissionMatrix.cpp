#include "PermissionMatrix.h"

#include "auth/PermissionProbe.h"
#include "models/PlainToolTip.h"
#include "rest/RestClient.h"
#include "rest/ScopeAdvice.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mb {

PermissionMatrix::PermissionMatrix(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_again(new QPushButton(tr("Check again"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Open an account to see what it may do."));
    m_table->setHorizontalHeaderLabels({tr("Method"), tr("Status"), tr("Reason")});
    m_table->setAccessibleName(tr("Permissions of the account"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_again->setAccessibleName(tr("Check the permissions again"));
    m_again->setEnabled(false);
    connect(m_again, &QPushButton::clicked, this, &PermissionMatrix::run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_again, 0, Qt::AlignRight);
}

PermissionMatrix::~PermissionMatrix() = default;

void PermissionMatrix::setClient(RestClient *client)
{
    delete m_probe;
    m_probe = nullptr;
    m_client = client;
    m_report = {};
    m_table->setRowCount(0);
    m_again->setEnabled(client != nullptr);
    if (!client) {
        m_summary->setText(tr("Open an account to see what it may do."));
        return;
    }
    run();
}

void PermissionMatrix::run()
{
    if (!m_client || isRunning())
        return;
    delete m_probe;
    m_probe = new PermissionProbe(m_client, this);
    connect(m_probe, &PermissionProbe::finished, this, &PermissionMatrix::showReport);
    m_summary->setText(tr("Checking what the account may do…"));
    m_again->setEnabled(false);
    m_probe->run();
}

RestClient *PermissionMatrix::client() const
{
    return m_client;
}

bool PermissionMatrix::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

QString PermissionMatrix::summary() const
{
    return m_summary->text();
}

QString PermissionMatrix::reason(const MethodPermission &permission)
{
    switch (permission.status) {
    case MethodPermission::Status::Works:
        return {};
    case MethodPermission::Status::MissingScope:
        return tr("The “mail” scope is not granted.") + QLatin1Char(' ') +
               ScopeAdvice::text(ScopeAdvice::For::Either);
    case MethodPermission::Status::NoAccess:
        return tr("The user lacks the rights: ask the portal's administrator.");
    case MethodPermission::Status::SignInNeeded:
        return tr("The portal refused the credential: sign in again.");
    case MethodPermission::Status::NotAvailable:
        return tr("The portal has no such method (no REST 3.0).");
    case MethodPermission::Status::Failed:
        break;
    }
    return permission.error.userMessage();
}

void PermissionMatrix::showReport(const PermissionReport &report)
{
    m_report = report;
    m_table->setRowCount(int(report.methods.size()));
    for (int row = 0; row < report.methods.size(); ++row) {
        const MethodPermission &permission = report.methods.at(row);
        auto *method = new QTableWidgetItem(permission.method);
        auto *status = new QTableWidgetItem(MethodPermission::statusText(permission.status));
        status->setData(Qt::UserRole, MethodPermission::statusName(permission.status));
        auto *why = new QTableWidgetItem(reason(permission));
        why->setToolTip(plainToolTip(why->text()));
        m_table->setItem(row, MethodColumn, method);
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, ReasonColumn, why);
    }
    m_table->resizeColumnsToContents();
    if (report.allWork())
        m_summary->setText(tr("Every mail method works."));
    else if (report.missingMailScope())
        m_summary->setText(tr("The “mail” scope is missing."));
    else if (report.missingAccess())
        m_summary->setText(tr("The user lacks rights for some methods."));
    else
        m_summary->setText(tr("Some methods do not work; see the reasons."));
    m_again->setEnabled(m_client != nullptr);
    Q_EMIT finished(report);
}

} // namespace mb
