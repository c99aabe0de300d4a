"""Reads a GraphML or GEXF 1.2 file with networkx and compares it with the expectation
written by the Go test: node and edge counts, node labels, attribute types, and for GEXF
the spells (dynamic mode) and viz colours.

usage: networkx_check.py graphml|gexf FILE EXPECT.json
"""
import json
import sys

import networkx as nx


def fail(msg):
    print("networkx: " + msg, file=sys.stderr)
    sys.exit(1)


fmt, path, expect = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
if fmt == "graphml":
    G = nx.read_graphml(path)
    labels = sorted(d.get("label", "") for _, d in G.nodes(data=True))
else:
    G = nx.read_gexf(path)  # networkx 2.8 reads GEXF 1.2draft
    labels = sorted(d.get("label", "") for _, d in G.nodes(data=True))

if G.number_of_nodes() != expect["nodes"] or G.number_of_edges() != expect["edges"]:
    fail("got %d nodes, %d edges; want %d, %d" % (G.number_of_nodes(), G.number_of_edges(), expect["nodes"], expect["edges"]))
if labels != sorted(expect["labels"]):
    fail("got labels %r, want %r" % (labels, sorted(expect["labels"])))
for n, d in G.nodes(data=True):
    if not isinstance(d.get("mentions"), int):
        fail("node %r: mentions %r is not an int" % (n, d.get("mentions")))
    if d.get("entityType") not in expect["types"]:
        fail("node %r: entityType %r not in %r" % (n, d.get("entityType"), expect["types"]))
weights = sorted(d.get("weight") for _, _, d in G.edges(data=True))
if weights != sorted(expect["weights"]):
    fail("got weights %r, want %r" % (weights, sorted(expect["weights"])))
sentences = sorted(d.get("sentence", "") for _, _, d in G.edges(data=True))
if sentences != sorted(expect["sentences"]):
    fail("got sentences %r, want %r" % (sentences, sorted(expect["sentences"])))
if fmt == "gexf":
    if G.graph.get("mode") != "dynamic":
        fail("got mode %r, want dynamic" % G.graph.get("mode"))
    spells = sum(1 for _, d in G.nodes(data=True) if d.get("spells"))
    if spells != expect["nodeSpells"]:
        fail("got %d nodes with spells, want %d" % (spells, expect["nodeSpells"]))
    for n, d in G.nodes(data=True):
        c = d.get("viz", {}).get("color")
        if not c or not all(k in c for k in "rgb"):
            fail("node %r: no viz colour" % n)
print("networkx %s: %d nodes, %d edges" % (nx.__version__, G.number_of_nodes(), G.number_of_edges()))
