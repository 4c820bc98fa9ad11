print("late: body runs")
VALUE = "late value"
