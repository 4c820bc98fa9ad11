b"\xff\xfe abc".decode("utf-8")
