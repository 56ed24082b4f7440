import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../../src/domain/model.ts';
import { LIMITS } from '../../../src/domain/index.ts';
import { checkDocument, checkKeyword } from '../../../src/validation/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { EXT } from '../../../src/formats/fhir-urls.ts';
import { buildTree, heading, single, text, type NodeSpec } from '../../helpers/build-tree.ts';

/** The codes a document gets, in order. */
const codesOf = (specs: NodeSpec[]) => {
  const t = buildTree(specs);
  return checkDocument(t.document, { catalog: t.catalog }).map((d) => d.code);
};
/** A heading with n - 1 children: n nodes. */
const nodes = (n: number) => [
  heading(
    'Rubrik',
    Array.from({ length: n - 1 }, (_, i) => text(`Fält ${i + 1}`)),
  ),
];
/** A chain of headings `depth` deep, with a text at the bottom. */
const deep = (depth: number): NodeSpec[] => {
  let spec: NodeSpec = text('Botten');
  for (let level = depth - 1; level >= 1; level--) spec = heading(`Nivå ${level}`, [spec]);
  return [spec];
};

describe('every limit: one below, at and one above', () => {
  it.each([
    [LIMITS.nodesWarning - 1, []],
    [LIMITS.nodesWarning, []],
    [LIMITS.nodesWarning + 1, ['MANY_NODES']],
    [LIMITS.nodes - 1, ['MANY_NODES']],
    [LIMITS.nodes, ['MANY_NODES']],
    [LIMITS.nodes + 1, ['TOO_MANY_NODES']],
  ])('%i nodes: %j', (count, expected) => {
    expect(codesOf(nodes(count))).toEqual(expected);
  });

  it.each([
    [LIMITS.treeDepthWarning - 1, []],
    [LIMITS.treeDepthWarning, []],
    [LIMITS.treeDepthWarning + 1, ['TREE_DEEP']],
    [LIMITS.treeDepth, ['TREE_DEEP']],
    [LIMITS.treeDepth + 1, ['TREE_TOO_DEEP']],
  ])('depth %i: %j', (depth, expected) => {
    expect(codesOf(deep(depth))).toEqual(expected);
  });

  const keyword = (extra: Partial<Keyword>): Keyword => ({
    id: 'k',
    term: 'Vikt',
    type: 'number',
    unit: 'kg',
    status: 'active',
    ...extra,
  });
  const codes = (extra: Partial<Keyword>) => checkKeyword(keyword(extra), new Map()).map((d) => d.code);

  it.each([
    [LIMITS.termAdvisedLength - 1, []],
    [LIMITS.termAdvisedLength, []],
    [LIMITS.termAdvisedLength + 1, ['NAME_TOO_LONG']],
  ])('a term of %i characters: %j', (length, expected) => {
    expect(codes({ term: `V${'i'.repeat(length - 1)}` })).toEqual(expected);
  });

  it.each([
    [9, 10, []],
    [10, 10, []],
    [11, 10, ['MIN_GREATER_THAN_MAX']],
  ])('min %i, max %i: %j', (min, max, expected) => {
    expect(codes({ min, max })).toEqual(expected);
  });

  it.each([
    [LIMITS.radioOptions - 1, 'radio-button'],
    [LIMITS.radioOptions, 'radio-button'],
    [LIMITS.radioOptions + 1, 'drop-down'],
  ])('a value list of %i is exported as %s', (count, control) => {
    const labels = Array.from({ length: count }, (_, i) => `Värde ${i + 1}`);
    const t = buildTree([single('Val', labels)]);
    const [item] = toQuestionnaire(t.document, t.catalog).item!;
    const itemControl = item!.extension!.find((e) => e.url === EXT.itemControl);
    expect(itemControl?.valueCodeableConcept?.coding?.[0]?.code).toBe(control);
  });
});
