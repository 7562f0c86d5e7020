#pragma once

#include "Pagination.h"
#include "PortalConfig.h"

namespace fake {

// Ways a real server serves rows other than the ones asked for, with no error (§3.6): a
// silent page cap applied before or after the offset, paging ignored, a cursor stuck on one
// page, pages that cycle back to page 1 (the list that never ends is MailboxMethods'). Clients must
// detect these from the rows alone; every switch is off by default.
class PageQuirks
{
public:
    explicit PageQuirks(const PortalConfig &config)
        : m_config(config)
    {}

    // The window actually served for a parsed `pagination`.
    Pagination served(const Pagination &asked) const;

private:
    const PortalConfig &m_config;
};

} // namespace fake
