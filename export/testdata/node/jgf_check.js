// Validates a JSON Graph Format file against the JGF v2 schema with ajv and compares
// counts and labels with the expectation written by the Go test.
// usage: node jgf_check.js FILE SCHEMA EXPECT.json
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

const [file, schemaFile, expectFile] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const expect = JSON.parse(fs.readFileSync(expectFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(doc)) {
  console.error('ajv: invalid JSON Graph Format: ' + ajv.errorsText(validate.errors));
  process.exit(1);
}
const nodes = Object.values(doc.graph.nodes);
const labels = nodes.map((n) => n.label).sort();
if (nodes.length !== expect.nodes || doc.graph.edges.length !== expect.edges) {
  console.error(`jgf: got ${nodes.length} nodes, ${doc.graph.edges.length} edges; want ${expect.nodes}, ${expect.edges}`);
  process.exit(1);
}
if (JSON.stringify(labels) !== JSON.stringify([...expect.labels].sort())) {
  console.error(`jgf: got labels ${JSON.stringify(labels)}`);
  process.exit(1);
}
for (const e of doc.graph.edges) {
  if (!(e.source in doc.graph.nodes) || !(e.target in doc.graph.nodes)) {
    console.error(`jgf: edge ${e.id}: dangling end`);
    process.exit(1);
  }
}
console.log(`ajv ${require('ajv/package.json').version}: valid JGF v2, ${nodes.length} nodes, ${doc.graph.edges.length} edges`);
