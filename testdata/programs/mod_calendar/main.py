import calendar

print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.day_name[0], calendar.month_abbr[12])
c = calendar.Calendar(firstweekday=6)
print(list(c.itermonthdays(2024, 3))[:10])
print([d.isoformat() for d in c.itermonthdates(2024, 3)][:3])
print(calendar.monthcalendar(2025, 1))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 12))
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:200])
