"""Reads a GraphML file with python-igraph and compares counts and labels with the
expectation written by the Go test.

usage: igraph_check.py FILE EXPECT.json
"""
import json
import sys

import igraph

path, expect = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
g = igraph.Graph.Read_GraphML(path)
if g.vcount() != expect["nodes"] or g.ecount() != expect["edges"]:
    sys.exit("igraph: got %d nodes, %d edges; want %d, %d" % (g.vcount(), g.ecount(), expect["nodes"], expect["edges"]))
if sorted(g.vs["label"]) != sorted(expect["labels"]):
    sys.exit("igraph: got labels %r, want %r" % (sorted(g.vs["label"]), sorted(expect["labels"])))
if not g.is_directed():
    sys.exit("igraph: graph is not directed")
if sorted(int(w) for w in g.es["weight"]) != sorted(expect["weights"]):
    sys.exit("igraph: got weights %r, want %r" % (g.es["weight"], expect["weights"]))
print("igraph %s: %d nodes, %d edges" % (igraph.__version__, g.vcount(), g.ecount()))
