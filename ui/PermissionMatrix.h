#pragma once

#include "auth/PermissionReport.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mb {

class PermissionProbe;
class RestClient;

// What the signed-in account may do: PermissionProbe's report as a table of the five
// mail.mailbox methods, each with its status and, for a refusal, the reason and whose move it
// is (the app's or webhook's scope, or the administrator's rights).
class PermissionMatrix : public QWidget
{
    Q_OBJECT
public:
    enum Column { MethodColumn, StatusColumn, ReasonColumn, ColumnCount };

    explicit PermissionMatrix(QWidget *parent = nullptr);
    ~PermissionMatrix() override;

    // Not owned. Checks the client's permissions at once (null clears the table).
    void setClient(RestClient *client);
    // Checks again.
    void run();
    bool isRunning() const;
    RestClient *client() const;

    const PermissionReport &report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void finished(const mb::PermissionReport &report);

private:
    void showReport(const PermissionReport &report);
    static QString reason(const MethodPermission &permission);

    QPointer<RestClient> m_client;
    PermissionProbe *m_probe = nullptr;
    PermissionReport m_report;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_again;
};

} // namespace mb
