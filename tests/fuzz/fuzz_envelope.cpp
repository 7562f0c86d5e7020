// One HTTP answer of the portal: the envelope, the `time` block and both error shapes, as
// the client reads them, and the messages an error turns into.
#include "FuzzInput.h"
#include "rest/ResponseEnvelope.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status the body came with.
    static constexpr int statuses[] = {200, 200, 400, 401, 403, 404, 429, 500, 502, 503, 0, 302};
    const int status = statuses[data[0] % std::size(statuses)];
    const mb::ResponseEnvelope envelope =
        mb::ResponseEnvelope::read(status, mb::fuzz::bytes(data + 1, size - 1));
    if (envelope.error.isError()) {
        (void)envelope.error.userMessage();
        (void)envelope.error.technicalMessage();
        (void)envelope.error.advice();
    }
    (void)envelope.time.toJson();
    return 0;
}
