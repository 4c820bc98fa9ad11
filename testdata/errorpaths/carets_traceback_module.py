# The traceback module prints the same carets from the positions that
# traceback objects' code objects give (co_positions, tb_lasti), and
# FrameSummary has their columns; traceback.py finds the operator and
# subscript anchors itself.
import sys
import traceback


class Service:
    def start(self, port):
        return self.bind(port) + 1

    def bind(self, port):
        return self.sockets[port]


def main():
    svc = Service()
    try:
        result = svc.start(80)
    except AttributeError:
        traceback.print_exc()
    try:
        value = int("x")
    except ValueError as exc:
        for fs in traceback.extract_tb(exc.__traceback__):
            print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
        print("".join(traceback.format_exception(exc)), end="", file=sys.stderr)
    try:
        ratio = len(vars(svc)) / 0
    except ZeroDivisionError:
        traceback.print_exc()
    try:
        name = {"name": 1}["nom"]
    except KeyError:
        print(traceback.format_exc(), end="", file=sys.stderr)
    svc.start(81)


main()
