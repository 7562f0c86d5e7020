// RestReply
