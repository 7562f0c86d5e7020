#pragma once

// Running a child process (b24mail, b24-fake-portal) to the end from a test, and what it left
// behind. The wait spins the event loop, so that whatever the test serves meanwhile (an
// in-process portal, the pipes of other children) keeps being served.

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <optional>

namespace testsupport {

// A finished child process.
struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(u'\n', Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
               "\nstderr: " + err + "\nstdout: " + out.left(3000);
    }

    // What `process` left: its status and all it has not read yet, after `errSoFar` (the
    // stderr the caller read while it ran).
    static Run of(QProcess &process, const QByteArray &errSoFar = {})
    {
        Run result;
        result.exitCode = process.exitCode();
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.out = process.readAllStandardOutput();
        result.err = errSoFar + process.readAllStandardError();
        return result;
    }
};

// Waits up to `timeoutMs` for the process `finished` spies on to end, and kills it if it
// has not.
inline void finishOrKill(QProcess &process, QSignalSpy &finished, int timeoutMs)
{
    // A process that has ended already sends no more signals: waiting for one would only
    // spend the whole timeout.
    if (!finished.isEmpty() || process.state() == QProcess::NotRunning)
        return;
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        process.kill();
        process.waitForFinished();
    }
}

// Starts `process` (program, arguments and environment set) and runs it to the end, killing
// it after `timeoutMs`. With `input`, that is written to its stdin, which is then closed;
// without, stdin stays open.
inline Run runToEnd(QProcess &process, int timeoutMs,
                    const std::optional<QByteArray> &input = std::nullopt)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(5000)) {
        process.kill();
        process.waitForFinished();
        return Run::of(process);
    }
    if (input) {
        if (!input->isEmpty())
            process.write(*input);
        process.closeWriteChannel();
    }
    finishOrKill(process, finished, timeoutMs);
    return Run::of(process);
}

} // namespace testsupport
