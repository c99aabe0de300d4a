// Loads a Cytoscape.js JSON file into headless cytoscape and compares it with the
// expectation written by the Go test. usage: node cytoscape_check.js FILE EXPECT.json
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

const [file, expectFile] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const expect = JSON.parse(fs.readFileSync(expectFile, 'utf8'));
const warnings = [];
console.warn = (...a) => warnings.push(a.join(' '));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: doc.elements });
const fail = (msg) => { console.error('cytoscape: ' + msg); process.exit(1); };
if (warnings.length) fail('warnings while loading: ' + warnings.join('; '));
if (cy.nodes().length !== expect.nodes || cy.edges().length !== expect.edges) {
  fail(`got ${cy.nodes().length} nodes, ${cy.edges().length} edges; want ${expect.nodes}, ${expect.edges}`);
}
const labels = cy.nodes().map((n) => n.data('label')).sort();
const want = [...expect.labels].sort();
if (JSON.stringify(labels) !== JSON.stringify(want)) fail(`got labels ${JSON.stringify(labels)}, want ${JSON.stringify(want)}`);
cy.nodes().forEach((n) => {
  if (!expect.types.includes(n.data('entityType'))) fail(`node ${n.id()}: entityType ${n.data('entityType')}`);
  if (n.data('type') !== undefined) fail(`node ${n.id()}: has a reserved "type" key`);
});
cy.edges().forEach((e) => {
  if (e.source().empty() || e.target().empty()) fail(`edge ${e.id()}: dangling end`);
});
const weights = cy.edges().map((e) => e.data('weight')).sort((a, b) => a - b);
if (JSON.stringify(weights) !== JSON.stringify([...expect.weights].sort((a, b) => a - b))) fail(`got weights ${weights}`);
console.log(`cytoscape ${cytoscape.version || ''}: ${cy.nodes().length} nodes, ${cy.edges().length} edges`);
