print("never runs")
if __name__ is "strict_module":
    pass
