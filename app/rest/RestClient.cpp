// RestClient
