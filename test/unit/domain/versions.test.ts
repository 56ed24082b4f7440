import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Catalog, Keyword, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import {
  compareDocuments,
  compareVersions,
  suggestVersion,
  SEMVER,
  type DocumentDiff,
} from '../../../src/domain/index.ts';
import { buildTree, heading, number, single, text, yesNo, when, is } from '../../helpers/build-tree.ts';

const t = buildTree([
  heading('Rubrik', [
    yesNo('Åtgärd', {}, [text('Beskrivning', { when: when(is('Ja')) })]),
    single('Val', ['A', 'B']),
    number('Vikt', 'kg', { min: 0, max: 300 }),
    text('Anteckning'),
  ]),
]);
const before = { document: t.document, catalog: t.catalog };
/** The diff after changing the keyword with this term (and/or the document). */
function diffAfter(change: {
  keyword?: [string, (k: Keyword) => void];
  document?: (d: TreeDocument) => void;
}) {
  let catalog: Catalog = t.catalog;
  if (change.keyword) {
    const [term, edit] = change.keyword;
    const id = t.keyword(term).id;
    catalog = new Map(t.catalog).set(id, produce(t.catalog.get(id)!, edit));
  }
  const document = change.document ? produce(t.document, change.document) : t.document;
  return compareDocuments(before, { document, catalog });
}
const fieldsOf = (diff: DocumentDiff) =>
  diff.changes.map((c) => (c.kind === 'changed' ? [c.term, ...c.fields] : [c.kind, c.term]));
const children = (d: TreeDocument) => (d.nodes[0] as { children: TreeDocument['nodes'] }).children;

describe('compareDocuments names what changed, node by node', () => {
  it('nothing changed: no changes, not breaking, not texts only', () => {
    expect(compareDocuments(before, before)).toEqual({ changes: [], breaking: false, textsOnly: false });
  });

  const edits: [string, string, (k: Keyword) => void, string[], boolean, boolean][] = [
    ['a term', 'Anteckning', (k) => void (k.term = 'Notering'), ['Notering', 'term'], false, true],
    ['a type', 'Anteckning', (k) => void (k.type = 'date'), ['Anteckning', 'type'], true, false],
    ['an option id', 'Val', (k) => void (k.options![0]!.id = 'x'), ['Val', 'options'], true, false],
    ['an option score', 'Val', (k) => void (k.options![0]!.score = 2), ['Val', 'options'], true, false],
    [
      'an option label',
      'Val',
      (k) => void (k.options![0]!.label = 'Alfa'),
      ['Val', 'optionLabels'],
      false,
      true,
    ],
    ['a unit', 'Vikt', (k) => void (k.unit = 'g'), ['Vikt', 'unit'], false, false],
    ['a max', 'Vikt', (k) => void (k.max = 250), ['Vikt', 'range'], false, false],
    ['decimals', 'Vikt', (k) => void (k.decimals = 1), ['Vikt', 'range'], false, false],
    [
      'a description',
      'Vikt',
      (k) => void (k.description = 'Utan kläder'),
      ['Vikt', 'description'],
      false,
      true,
    ],
    [
      'codes',
      'Vikt',
      (k) => void (k.codes = [{ system: 'SNOMED CT', code: '27113001' }]),
      ['Vikt', 'codes'],
      false,
      false,
    ],
  ];
  it.each(edits)('%s', (_, term, edit, fields, breaking, textsOnly) => {
    const diff = diffAfter({ keyword: [term, edit] });
    expect(fieldsOf(diff)).toEqual([fields]);
    expect(diff.breaking).toBe(breaking);
    expect(diff.textsOnly).toBe(textsOnly);
  });

  it('required, a condition and a place are changes of the node', () => {
    const diff = diffAfter({
      document: (d) => {
        const [atgard, val, vikt, anteckning] = children(d) as [TreeNode, TreeNode, TreeNode, TreeNode];
        (val as { required?: boolean }).required = true;
        delete (atgard as { children?: { showWhen?: unknown }[] }).children![0]!.showWhen;
        children(d).splice(0, 4, atgard, val, anteckning, vikt);
      },
    });
    expect(fieldsOf(diff)).toEqual([
      ['Beskrivning', 'condition'],
      ['Val', 'required'],
      ['Anteckning', 'place'],
      ['Vikt', 'place'],
    ]);
    expect(diff).toMatchObject({ breaking: false, textsOnly: false });
  });

  it('an added node is listed where it is; a removed one last, and breaks', () => {
    const added = diffAfter({
      document: (d) => void children(d).push({ id: 'ny', keywordId: t.keyword('Vikt').id }),
    });
    expect(fieldsOf(added)).toEqual([['added', 'Vikt']]);
    expect(added).toMatchObject({ breaking: false, textsOnly: false });
    const removed = diffAfter({ document: (d) => void children(d).pop() });
    expect(fieldsOf(removed)).toEqual([['removed', 'Anteckning']]);
    expect(removed.breaking).toBe(true);
  });

  it('an include pinned to another version is a breaking change of the include', () => {
    const withInclude = produce(
      t.document,
      (d) => void children(d).push({ id: 'inc', include: { fragmentId: 'f', version: '1.0.0' } }),
    );
    const moved = produce(
      withInclude,
      (d) => void ((children(d).at(-1) as { include: { version: string } }).include.version = '2.0.0'),
    );
    const diff = compareDocuments(
      { document: withInclude, catalog: t.catalog },
      { document: moved, catalog: t.catalog },
    );
    expect(fieldsOf(diff)).toEqual([['f 2.0.0', 'include']]);
    expect(diff.breaking).toBe(true);
  });
});

describe('versions', () => {
  it.each([
    ['1.2.3', '1.2.3', 0],
    ['1.2.3', '1.2.4', -1],
    ['1.3.0', '1.2.9', 1],
    ['2.0.0', '1.9.9', 1],
    ['1.2.3-rc.1', '1.2.3', 0],
    ['0.10.0', '0.9.0', 1],
  ])('compareVersions(%s, %s) has the sign %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it.each([
    ['1.2.0', true],
    ['1.2.0-rc.1', true],
    ['01.2.0', false],
    ['1.2', false],
    ['v1.2.0', false],
  ])('%s is a semantic version: %s', (version, valid) => {
    expect(SEMVER.test(version)).toBe(valid);
  });

  const diff = (over: Partial<DocumentDiff>): DocumentDiff => ({
    changes: [{ kind: 'added', nodeId: 'n', term: 'N' }],
    breaking: false,
    textsOnly: false,
    ...over,
  });
  it.each([
    ['1.2.3', undefined, '1.2.3'],
    ['1.2.3', { changes: [] }, '1.2.3'],
    ['1.2.3', { breaking: true }, '2.0.0'],
    ['0.4.1', { breaking: true }, '0.5.0'],
    ['1.2.3', { textsOnly: true }, '1.2.4'],
    ['1.2.3', {}, '1.3.0'],
    ['1.2.3-rc.2', {}, '1.3.0'],
  ] as const)('from %s after %j suggests %s', (current, over, expected) => {
    expect(
      suggestVersion(current, over === undefined ? undefined : diff(over as Partial<DocumentDiff>)),
    ).toBe(expected);
  });
});
