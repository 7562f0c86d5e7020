// RestCall
