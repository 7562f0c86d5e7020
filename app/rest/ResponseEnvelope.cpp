#include "ResponseEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mb {

namespace {
// A short hint of what an HTML error page says, for the message; never the whole page.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{1,120})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}
} // namespace

ResponseEnvelope ResponseEnvelope::read(int httpStatus, const QByteArray &body)
{
    ResponseEnvelope envelope;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 300 || httpStatus == 0) {
            envelope.error = RestError(RestError::Category::HttpStatus, httpStatus);
            envelope.error.setDetail(htmlTitle(body));
            return envelope;
        }
        envelope.error = RestError(RestError::Category::Protocol, httpStatus);
        envelope.error.setDetail(body.isEmpty() ? tr("the answer was empty")
                                                : tr("the answer is not valid JSON (%1 at byte %2)")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset));
        return envelope;
    }

    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("time")))
        envelope.time = ResponseTime::fromJson(root.value(QLatin1String("time")).toObject());

    // Both error shapes are accepted on every path.
    if (auto error = RestError::fromBody(httpStatus, root)) {
        envelope.error = *error;
        return envelope;
    }
    if (httpStatus >= 300) {
        envelope.error = RestError(RestError::Category::HttpStatus, httpStatus);
        envelope.error.setDetail(tr("the answer carries no Bitrix24 error"));
        return envelope;
    }
    if (!root.contains(QLatin1String("result"))) {
        envelope.error = RestError(RestError::Category::Protocol, httpStatus);
        envelope.error.setDetail(tr("the answer has neither “result” nor “error”"));
        return envelope;
    }
    envelope.result = root.value(QLatin1String("result"));
    return envelope;
}

} // namespace mb
