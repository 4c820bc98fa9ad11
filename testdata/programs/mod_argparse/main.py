import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="A tool that does things.")
parser.add_argument("files", nargs="*", help="input files")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--level", type=int, choices=[1, 2, 3], default=2)
parser.add_argument("--name", default="anon", metavar="NAME")
parser.add_argument("--flag", action="store_true")
group = parser.add_mutually_exclusive_group()
group.add_argument("--fast", action="store_true")
group.add_argument("--slow", action="store_true")
ns = parser.parse_args(["-vv", "--level", "3", "a.txt", "b.txt", "--flag"])
print(ns.verbose, ns.level, ns.files, ns.flag, ns.name)
cmds = argparse.ArgumentParser(prog="cmds")
cmds.add_argument("--name", default="anon")
sub = cmds.add_subparsers(dest="cmd")
run = sub.add_parser("run", help="run it")
run.add_argument("target")
run.add_argument("--times", type=int, default=1)
ns = cmds.parse_args(["--name=bob", "run", "x", "--times", "4"])
print(sorted(vars(ns).items()))
print(cmds.format_help())
print(parser.format_usage().strip())
print(parser.format_help())
for p, bad in ((parser, ["--level", "7"]), (parser, ["--fast", "--slow"]), (parser, ["--level", "x"]), (cmds, ["run"])):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
ns, rest = parser.parse_known_args(["--unknown", "--flag", "f"])
print(ns.flag, rest)
p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.RawDescriptionHelpFormatter, epilog="bye")
p2.add_argument("--pair", nargs=2, type=float)
p2.add_argument("rest", nargs=argparse.REMAINDER)
print(p2.parse_args(["--pair", "1", "2.5", "a", "-b"]))
print(p2.format_help())
sys.argv = ["prog", "--help"]
try:
    argparse.ArgumentParser(prog="h").parse_args()
except SystemExit as e:
    print("help exit", e.code)
