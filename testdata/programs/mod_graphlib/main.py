from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": {"D"}}
ts = TopologicalSorter(graph)
order = list(ts.static_order())
print(order[0], order[-1], len(order))
ts = TopologicalSorter()
ts.add("build", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "build")
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
ts = TopologicalSorter({1: [2], 2: [3]})
print(tuple(ts.static_order()))
