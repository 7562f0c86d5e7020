// RestError
