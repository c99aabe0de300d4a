"""Reads the neo4j-admin import CSV files with Python's csv module and checks the typed
headers, the counts, that every relationship's ends are node ids, and the integer and
date columns.

usage: neo4j_check.py NODES_CSV EDGES_CSV EXPECT.json
"""
import csv
import datetime
import json
import sys

nodes_path, edges_path, expect = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


nodes, edges = rows(nodes_path), rows(edges_path)
if nodes[0][:3] != ["id:ID", "name", ":LABEL"]:
    sys.exit("neo4j: nodes header %r does not start id:ID,name,:LABEL" % nodes[0])
if edges[0][:3] != [":START_ID", ":END_ID", ":TYPE"]:
    sys.exit("neo4j: edges header %r does not start :START_ID,:END_ID,:TYPE" % edges[0])
if len(nodes) - 1 != expect["nodes"] or len(edges) - 1 != expect["edges"]:
    sys.exit("neo4j: got %d nodes, %d edges; want %d, %d" % (len(nodes) - 1, len(edges) - 1, expect["nodes"], expect["edges"]))
ids = {r[0] for r in nodes[1:]}
if len(ids) != len(nodes) - 1:
    sys.exit("neo4j: duplicate node ids")
for header, table in ((nodes[0], nodes[1:]), (edges[0], edges[1:])):
    for r in table:
        if len(r) != len(header):
            sys.exit("neo4j: row %r has %d fields, header %d" % (r, len(r), len(header)))
        for name, v in zip(header, r):
            if "\n" in v or "\r" in v:
                sys.exit("neo4j: line break in %s value %r" % (name, v))
            if name.endswith(":int"):
                int(v)
            if name.endswith(":date") and v:
                datetime.date.fromisoformat(v)
for r in edges[1:]:
    if r[0] not in ids or r[1] not in ids:
        sys.exit("neo4j: edge %r -> %r: an end is not a node id" % (r[0], r[1]))
    if not r[2] or not r[2].replace("_", "").isalnum() or r[2] != r[2].upper():
        sys.exit("neo4j: relationship type %r is not UPPER_SNAKE" % r[2])
print("python csv: %d nodes, %d relationships" % (len(nodes) - 1, len(edges) - 1))
