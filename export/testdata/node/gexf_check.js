// Parses a GEXF (1.3) file with graphology-gexf and compares counts, labels and colours
// with the expectation written by the Go test. usage: node gexf_check.js FILE EXPECT.json
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const [file, expectFile] = process.argv.slice(2);
const expect = JSON.parse(fs.readFileSync(expectFile, 'utf8'));
const xml = fs.readFileSync(file, 'utf8');
const fail = (msg) => { console.error('graphology-gexf: ' + msg); process.exit(1); };
if (!/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3"/.test(xml)) fail('not a GEXF 1.3 document');
const g = gexf.parse(Graph, xml, { allowUndeclaredAttributes: false });
if (g.order !== expect.nodes || g.size !== expect.edges) fail(`got ${g.order} nodes, ${g.size} edges; want ${expect.nodes}, ${expect.edges}`);
const labels = g.mapNodes((n, a) => a.label).sort();
if (JSON.stringify(labels) !== JSON.stringify([...expect.labels].sort())) fail(`got labels ${JSON.stringify(labels)}`);
g.forEachNode((n, a) => {
  if (!expect.types.includes(a.entityType)) fail(`node ${n}: entityType ${a.entityType}`);
  if (!a.color) fail(`node ${n}: no viz colour`);
});
const weights = g.mapEdges((e, a) => a.weight).sort((a, b) => a - b);
if (JSON.stringify(weights) !== JSON.stringify([...expect.weights].sort((a, b) => a - b))) fail(`got weights ${weights}`);
console.log(`graphology-gexf: GEXF 1.3, ${g.order} nodes, ${g.size} edges`);
