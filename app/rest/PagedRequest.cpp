// PagedRequest
