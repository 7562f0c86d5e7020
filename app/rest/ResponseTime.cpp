// ResponseTime
