# A DeltaBlue-style incremental constraint solver: variables, stay/edit/
# equality/scale constraints with strengths, walkabout strengths propagated
# when a constraint is added or removed, and plans extracted and executed.
# Written for this project from the algorithm's description.
# Usage: deltablue.py [N]
import sys

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = 0, 1, 2


def stronger(a, b):
    return a < b


class Var:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden


class Unary(Constraint):
    def __init__(self, planner, v, strength):
        Constraint.__init__(self, planner, strength)
        self.v = v
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.v.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.v.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.v.mark != mark and stronger(self.strength, self.v.walk)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.v

    def recalculate(self):
        self.v.walk = self.strength
        self.v.stay = not self.is_input()
        if self.v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class Stay(Unary):
    pass


class Edit(Unary):
    def is_input(self):
        return True


class Binary(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk)
            self.direction = BACKWARD if ok else NONE
        elif stronger(v2.walk, v1.walk):
            self.direction = BACKWARD if stronger(self.strength, v1.walk) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk = max(self.strength, i.walk)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None


class Equality(Binary):
    def execute(self):
        self.output().value = self.input().value


class Scale(Binary):
    def __init__(self, planner, src, scale, offset, dst, strength):
        self.scale = scale
        self.offset = offset
        Binary.__init__(self, planner, src, dst, strength)

    def add_to_graph(self):
        Binary.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        Binary.remove_from_graph(self)
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        Binary.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk = max(self.strength, i.walk)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_consumers(c.output(), todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def run_plan(plan):
    for c in plan:
        c.execute()


def change(planner, v, value):
    edit = Edit(planner, v, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        v.value = value
        run_plan(plan)
    edit.destroy()


def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Var("v%d" % i)
        if prev is not None:
            Equality(planner, prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    Stay(planner, last, STRONG_DEFAULT)
    edit = Edit(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for i in range(100):
        first.value = i
        run_plan(plan)
        if last.value != i:
            raise RuntimeError("chain test failed")
        total += last.value
    return total


def projection_test(n):
    planner = Planner()
    scale = Var("scale", 10)
    offset = Var("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Var("src%d" % i, i)
        dst = Var("dst%d" % i, i)
        dests.append(dst)
        Stay(planner, src, NORMAL)
        Scale(planner, src, scale, offset, dst, REQUIRED)
    change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(planner, scale, 5)
    total = sum(d.value for d in dests[:-1])
    change(planner, offset, 2000)
    total += sum(d.value for d in dests[:-1])
    return total


def main(n, rounds):
    check = 0
    for _ in range(rounds):
        check += chain_test(n)
        check += projection_test(n)
    print(f"deltablue n={n} rounds={rounds} check={check}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100, int(sys.argv[2]) if len(sys.argv) > 2 else 60)
