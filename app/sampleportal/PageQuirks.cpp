#include "PageQuirks.h"

#include <algorithm>

namespace fake {

Pagination PageQuirks::served(const Pagination &asked) const
{
    Pagination out = asked;
    if (m_config.ignorePage) {
        out.page = 0;
        out.offset = 0;
    }
    const bool capped = m_config.pageCap > 0 && asked.limit > m_config.pageCap;
    if (capped)
        out.limit = m_config.pageCap;
    // Clamp form: the cap is the page size. Cut form: pages keep the asked stride, so the rows
    // between the cap and the stride are reachable only by a smaller limit or an offset.
    const qint64 stride = capped && !m_config.pageCapCutsAfterOffset ? out.limit : asked.limit;
    const qint64 stuckPage = m_config.repeatPagesAfter;
    if (out.page > 0) {
        if (stuckPage > 0)
            out.page = std::min(out.page, stuckPage);
        out.offset = Pagination::pageOffset(out.page, stride);
    } else if (stuckPage > 0) {
        // An offset walk steps by the rows it got: past the end of page N it gets page N again.
        const qint64 stuckOffset = Pagination::pageOffset(stuckPage, out.limit);
        if (out.offset >= stuckOffset + out.limit)
            out.offset = stuckOffset;
    }
    return out;
}

} // namespace fake
