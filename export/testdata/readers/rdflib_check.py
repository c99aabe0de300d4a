"""Reads N-Quads and JSON-LD with rdflib and checks that both hold the same quads
(isomorphic, blank nodes aside), and, for the projection, the entity names.

usage: rdflib_check.py NQUADS_FILE JSONLD_FILE EXPECT.json
"""
import json
import re
import sys

import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.parsers import ntriples

# rdflib 6.1's N-Quads reader unescapes literals one escape kind after the other
# (rdflib.compat.decodeUnicodeEscape), so that "a\\\\b" (a backslash, then b) comes back as
# a backspace and "\\\\n" as a newline; its validating mode takes ASCII only. Newer rdflib
# unescapes in one pass by the grammar; so does this replacement.
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)


def _unescape(s):
    def one(m):
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        if m.group(3) in _ESCAPES:
            return _ESCAPES[m.group(3)]
        raise ValueError("bad escape \\" + m.group(3))

    return _ESCAPE.sub(one, s)


ntriples.decodeUnicodeEscape = _unescape

nq_path, jl_path, expect = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))

# rdflib names the default graph after the source: give both sources one name.
DEFAULT = "urn:x-newsgraph:default"
nq = rdflib.ConjunctiveGraph()
nq.parse(nq_path, format="nquads", publicID=DEFAULT)
jl = rdflib.ConjunctiveGraph()
jl.parse(jl_path, format="json-ld", publicID=DEFAULT)


def contexts(cg):
    """Maps each graph name (None for the default graph) to its triples."""
    out = {}
    for s, p, o, c in cg.quads((None, None, None, None)):
        name = None if c is None or str(c.identifier) == DEFAULT or c.identifier == cg.default_context.identifier else str(c.identifier)
        if name not in out:  # not setdefault: a new rdflib.Graph per quad is slow
            out[name] = rdflib.Graph()
        out[name].add((s, p, o))
    return out


def canonical(g):
    """The triples of g with each blank node replaced by the sorted list of its
    properties that are not blank nodes, or None when two blank nodes look alike or one
    has no such property (then only an isomorphism test can compare)."""
    props = {}
    for s, p, o in g:
        if isinstance(s, rdflib.BNode) and not isinstance(o, rdflib.BNode):
            props.setdefault(s, []).append((p, o))
    sig = {b: ("_:", tuple(sorted(v))) for b, v in props.items()}
    if len(set(sig.values())) != len(sig):
        return None
    out = set()
    for s, p, o in g:
        for x in (s, o):
            if isinstance(x, rdflib.BNode) and x not in sig:
                return None
        out.add((sig.get(s, s), p, sig.get(o, o)))
    return out


a, b = contexts(nq), contexts(jl)
if sorted(a, key=str) != sorted(b, key=str):
    sys.exit("rdflib: graph names differ: n-quads %r, json-ld %r" % (sorted(a, key=str), sorted(b, key=str)))
for name in a:
    # rdflib's isomorphism test takes minutes on a graph of a few thousand blank nodes:
    # blank nodes told apart by their own properties are compared by those first.
    ca, cb = canonical(a[name]), canonical(b[name])
    same = ca == cb if ca is not None and cb is not None else isomorphic(a[name], b[name])
    if not same:
        only_nq = set(a[name]) - set(b[name])
        only_jl = set(b[name]) - set(a[name])
        sys.exit("rdflib: graph %r differs between n-quads and json-ld:\n only n-quads %r\n only json-ld %r" % (name, sorted(only_nq)[:5], sorted(only_jl)[:5]))
n = sum(len(g) for g in a.values())
if n != expect["triples"]:
    sys.exit("rdflib: got %d distinct triples, want %d" % (n, expect["triples"]))
if expect.get("labels"):
    SDO = rdflib.Namespace("http://schema.org/")
    g = a[None]
    names = sorted(str(o) for s, o in g.subject_objects(SDO.name))
    if names != sorted(expect["labels"]):
        sys.exit("rdflib: got names %r, want %r" % (names, sorted(expect["labels"])))
print("rdflib %s: %d triples in %d graphs, n-quads and json-ld isomorphic" % (rdflib.__version__, n, len(a)))
