// Validation cost on a large template (quality-targets.md PERF-9: whole-tree check, target well under
// 50 ms for 5,000 nodes). Run: npm run bench. Reports figures; it does not gate CI.
import { bench, describe } from 'vitest';
import { createCatalog, evaluateDocument, indexTree } from '../../src/domain/index.ts';
import { checkDocument, checkStructure } from '../../src/validation/index.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';

const large = buildLargeTemplate();
const small = buildLargeTemplate(3, 20);
const catalog = createCatalog(large.keywords);
const smallCatalog = createCatalog(small.keywords);
const count = (file: typeof large) => indexTree(file.document.nodes).ordered.length;
const answers = new Map(
  indexTree(large.document.nodes)
    .ordered.filter((p) => p.depth === 2)
    .map((p) => [p.node.id, 'ja']),
);

describe(`check a template: ${count(large)} nodes`, () => {
  bench('semantic rules (checkDocument)', () => {
    checkDocument(large.document, { catalog });
  });
  bench('structure (precompiled ajv, fragment file)', () => {
    checkStructure.fragmentFile(large);
  });
  bench('fill in: every Ja ticked (evaluateDocument)', () => {
    evaluateDocument(large.document, catalog, answers);
  });
});

describe(`check a template: ${count(small)} nodes`, () => {
  bench('semantic rules (checkDocument)', () => {
    checkDocument(small.document, { catalog: smallCatalog });
  });
});
