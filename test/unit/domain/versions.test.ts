import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Catalog, Keyword, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import {
  compareDocuments,
  compareVersions,
  suggestVersion,
  SEMVER,
  type DocumentDiff,
  type Impact,
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

describe('compareDocuments: what changed, node by node, and its impact (semantic versioning for forms)', () => {
  it('nothing changed: no changes and no impact', () => {
    expect(compareDocuments(before, before)).toEqual({
      changes: [],
      impact: undefined,
      breaking: false,
      textsOnly: false,
    });
  });

  const edits: [string, string, (k: Keyword) => void, string[], Impact][] = [
    ['a term is text', 'Anteckning', (k) => void (k.term = 'Notering'), ['Notering', 'term'], 'patch'],
    ['a type breaks', 'Anteckning', (k) => void (k.type = 'date'), ['Anteckning', 'type'], 'major'],
    ['a value removed breaks', 'Val', (k) => void k.options!.pop(), ['Val', 'optionsRemoved'], 'major'],
    [
      'a value added does not',
      'Val',
      (k) => void k.options!.push({ id: 'c', label: 'C' }),
      ['Val', 'optionsAdded'],
      'minor',
    ],
    [
      'a value replaced (id changed) removes one and adds one',
      'Val',
      (k) => void (k.options![0]!.id = 'x'),
      ['Val', 'optionsRemoved', 'optionsAdded'],
      'major',
    ],
    ['a score breaks', 'Val', (k) => void (k.options![0]!.score = 2), ['Val', 'scores'], 'major'],
    [
      'a value text is text',
      'Val',
      (k) => void (k.options![0]!.label = 'Alfa'),
      ['Val', 'optionLabels'],
      'patch',
    ],
    ['a unit breaks', 'Vikt', (k) => void (k.unit = 'g'), ['Vikt', 'unit'], 'major'],
    ['a lower max narrows: breaks', 'Vikt', (k) => void (k.max = 250), ['Vikt', 'range'], 'major'],
    ['a higher max widens: minor', 'Vikt', (k) => void (k.max = 350), ['Vikt', 'range'], 'minor'],
    ['a higher min narrows: breaks', 'Vikt', (k) => void (k.min = 1), ['Vikt', 'range'], 'major'],
    ['no min widens: minor', 'Vikt', (k) => void delete k.min, ['Vikt', 'range'], 'minor'],
    [
      'a decimals limit where there was none narrows',
      'Vikt',
      (k) => void (k.decimals = 1),
      ['Vikt', 'range'],
      'major',
    ],
    [
      'a maximum length where none was narrows',
      'Anteckning',
      (k) => void (k.maxLength = 100),
      ['Anteckning', 'range'],
      'major',
    ],
    [
      'a description is text',
      'Vikt',
      (k) => void (k.description = 'Utan kläder'),
      ['Vikt', 'description'],
      'patch',
    ],
    [
      'codes are minor',
      'Vikt',
      (k) => void (k.codes = [{ system: 'SNOMED CT', code: '27113001' }]),
      ['Vikt', 'codes'],
      'minor',
    ],
  ];
  it.each(edits)('%s', (_, term, edit, fields, impact) => {
    const diff = diffAfter({ keyword: [term, edit] });
    expect(fieldsOf(diff)).toEqual([fields]);
    expect(diff.impact).toBe(impact);
    expect(diff.breaking).toBe(impact === 'major');
    expect(diff.textsOnly).toBe(impact === 'patch');
  });

  it('a condition changed breaks', () => {
    const diff = diffAfter({
      document: (d) => {
        const atgard = children(d)[0] as { children?: { showWhen?: unknown }[] };
        delete atgard.children![0]!.showWhen;
      },
    });
    expect(fieldsOf(diff)).toEqual([['Beskrivning', 'condition']]);
    expect(diff.impact).toBe('major');
  });

  it('required where it was optional breaks; optional where it was required does not', () => {
    const required = diffAfter({
      document: (d) => void ((children(d)[1] as { required?: boolean }).required = true),
    });
    expect(fieldsOf(required)).toEqual([['Val', 'required']]);
    expect(required.impact).toBe('major');
    const optional = compareDocuments(
      {
        document: produce(
          t.document,
          (d) => void ((children(d)[1] as { required?: boolean }).required = true),
        ),
        catalog: t.catalog,
      },
      before,
    );
    expect(fieldsOf(optional)).toEqual([['Val', 'required']]);
    expect(optional.impact).toBe('minor');
  });

  it('a move is minor', () => {
    const diff = diffAfter({
      document: (d) => {
        const [atgard, val, vikt, anteckning] = children(d) as [TreeNode, TreeNode, TreeNode, TreeNode];
        children(d).splice(0, 4, atgard, val, anteckning, vikt);
      },
    });
    expect(fieldsOf(diff)).toEqual([
      ['Anteckning', 'place'],
      ['Vikt', 'place'],
    ]);
    expect(diff.impact).toBe('minor');
  });

  it('an optional keyword added is minor, a required one breaks; a removed one is listed last and breaks', () => {
    const added = diffAfter({
      document: (d) => void children(d).push({ id: 'ny', keywordId: t.keyword('Vikt').id }),
    });
    expect(fieldsOf(added)).toEqual([['added', 'Vikt']]);
    expect(added.impact).toBe('minor');
    const addedRequired = diffAfter({
      document: (d) => void children(d).push({ id: 'ny', keywordId: t.keyword('Vikt').id, required: true }),
    });
    expect(addedRequired.impact).toBe('major');
    const removed = diffAfter({ document: (d) => void children(d).pop() });
    expect(fieldsOf(removed)).toEqual([['removed', 'Anteckning']]);
    expect(removed.impact).toBe('major');
  });

  it('an include moved to another version of its fragment is minor; another fragment breaks', () => {
    const withInclude = produce(
      t.document,
      (d) => void children(d).push({ id: 'inc', include: { fragmentId: 'f', version: '1.0.0' } }),
    );
    const include = (edit: (ref: { fragmentId: string; version: string }) => void) =>
      compareDocuments(
        { document: withInclude, catalog: t.catalog },
        {
          document: produce(withInclude, (d) =>
            edit((children(d).at(-1) as { include: { fragmentId: string; version: string } }).include),
          ),
          catalog: t.catalog,
        },
      );
    const moved = include((ref) => void (ref.version = '2.0.0'));
    expect(fieldsOf(moved)).toEqual([['f 2.0.0', 'include']]);
    expect(moved.impact).toBe('minor');
    expect(include((ref) => void (ref.fragmentId = 'g')).impact).toBe('major');
  });

  it('the largest impact wins: a text change with a removed value is major', () => {
    const diff = diffAfter({
      keyword: [
        'Val',
        (k) => {
          k.term = 'Valet';
          k.options!.pop();
        },
      ],
    });
    expect(fieldsOf(diff)).toEqual([['Valet', 'term', 'optionsRemoved']]);
    expect(diff.impact).toBe('major');
  });
});

describe('compareDocuments: each change with what it was and what it is', () => {
  const detailsAfter = (change: Parameters<typeof diffAfter>[0]) =>
    diffAfter(change).changes.flatMap((c) => (c.kind === 'changed' ? c.details : []));
  const vikt = t.keyword('Vikt');

  it('a unit and a description: before and after, each only when there is one', () => {
    expect(detailsAfter({ keyword: ['Vikt', (k) => void (k.unit = 'g')] })).toEqual([
      { field: 'unit', impact: 'major', before: 'kg', after: 'g' },
    ]);
    expect(detailsAfter({ keyword: ['Vikt', (k) => void delete k.unit] })).toEqual([
      { field: 'unit', impact: 'major', before: 'kg' },
    ]);
    expect(detailsAfter({ keyword: ['Anteckning', (k) => void (k.unit = 'st')] })).toEqual([
      { field: 'unit', impact: 'major', after: 'st' },
    ]);
    expect(detailsAfter({ keyword: ['Vikt', (k) => void (k.description = 'Utan kläder')] })).toEqual([
      { field: 'description', impact: 'patch', after: 'Utan kläder' },
    ]);
    const described = {
      ...before,
      catalog: new Map(t.catalog).set(vikt.id, { ...vikt, description: 'Förr' }),
    };
    expect(
      compareDocuments(described, before).changes.flatMap((c) => (c.kind === 'changed' ? c.details : [])),
    ).toEqual([{ field: 'description', impact: 'patch', before: 'Förr' }]);
  });

  it.each([
    ['fewer decimals narrow', { decimals: 2 }, { decimals: 1 }, 'major'],
    ['more decimals widen', { decimals: 1 }, { decimals: 2 }, 'minor'],
    ['a shorter maximum length narrows', { maxLength: 100 }, { maxLength: 50 }, 'major'],
    ['a longer maximum length widens', { maxLength: 50 }, { maxLength: 100 }, 'minor'],
    ['no maximum length widens', { maxLength: 50 }, {}, 'minor'],
  ] as const)('%s', (_, from, to, impact) => {
    const unbounded: Keyword = { ...vikt };
    delete unbounded.min;
    delete unbounded.max;
    const side = (limits: object) => ({
      ...before,
      catalog: new Map(t.catalog).set(vikt.id, { ...unbounded, ...limits }),
    });
    const details = compareDocuments(side(from), side(to)).changes.flatMap((c) =>
      c.kind === 'changed' ? c.details : [],
    );
    expect(details).toEqual([{ field: 'range', impact, before: from, after: to }]);
  });

  it.each([
    ['a minimum length where none was is stricter', undefined, 5, 'major'],
    ['a higher minimum length is stricter', 5, 6, 'major'],
    ['a lower minimum length is looser', 5, 4, 'minor'],
    ['no minimum length is looser', 5, undefined, 'minor'],
  ] as const)('%s', (_, from, to, impact) => {
    const anteckning = t.keyword('Anteckning');
    const side = (minLength: number | undefined) => ({
      ...before,
      catalog: new Map(t.catalog).set(
        anteckning.id,
        minLength === undefined ? anteckning : { ...anteckning, minLength },
      ),
    });
    const [change] = compareDocuments(side(from), side(to)).changes;
    expect(change).toMatchObject({ kind: 'changed', fields: ['rules'] });
    expect(change?.kind === 'changed' && change.details[0]?.impact).toBe(impact);
  });

  it('the hint of a pattern alone is a patch; a pattern added is stricter', () => {
    const hint = detailsAfter({ keyword: ['Anteckning', (k) => void (k.patternHint = 'Fyra siffror')] });
    expect(hint.map((d) => [d.field, d.impact])).toEqual([['rules', 'patch']]);
    const pattern = detailsAfter({ keyword: ['Anteckning', (k) => void (k.pattern = '[0-9]{4}')] });
    expect(pattern.map((d) => [d.field, d.impact])).toEqual([['rules', 'major']]);
  });

  it('codes are written system, code and display', () => {
    expect(
      detailsAfter({
        keyword: [
          'Vikt',
          (k) =>
            void (k.codes = [
              { system: 'SNOMED CT', code: '27113001', display: 'Kroppsvikt' },
              { system: 'KVÅ', code: 'DV001' },
            ]),
        ],
      }),
    ).toEqual([
      {
        field: 'codes',
        impact: 'minor',
        before: [],
        after: ['SNOMED CT 27113001 Kroppsvikt', 'KVÅ DV001'],
      },
    ]);
  });

  it('required and a condition: what they were and are', () => {
    expect(
      detailsAfter({ document: (d) => void ((children(d)[1] as { required?: boolean }).required = true) }),
    ).toEqual([{ field: 'required', impact: 'major', before: false, after: true }]);
    const condition = (d: TreeDocument) =>
      ((children(d)[0] as { children: { showWhen?: unknown }[] }).children[0] as { showWhen?: unknown })
        .showWhen;
    const shown = condition(t.document);
    expect(
      detailsAfter({
        document: (d) =>
          void delete (children(d)[0] as { children: { showWhen?: unknown }[] }).children[0]!.showWhen,
      }),
    ).toEqual([{ field: 'condition', impact: 'major', before: shown }]);
    const unconditioned = produce(
      t.document,
      (d) => void delete (children(d)[0] as { children: { showWhen?: unknown }[] }).children[0]!.showWhen,
    );
    const added = compareDocuments({ document: unconditioned, catalog: t.catalog }, before);
    expect(added.changes.flatMap((c) => (c.kind === 'changed' ? c.details : []))).toEqual([
      { field: 'condition', impact: 'major', after: shown },
    ]);
  });

  it('a keyword where an include was (same node id) is a major include change, named both ways', () => {
    const withInclude = produce(
      t.document,
      (d) => void children(d).push({ id: 'plats', include: { fragmentId: 'f', version: '1.0.0' } }),
    );
    const withKeyword = produce(
      t.document,
      (d) => void children(d).push({ id: 'plats', keywordId: vikt.id }),
    );
    const toKeyword = compareDocuments(
      { document: withInclude, catalog: t.catalog },
      { document: withKeyword, catalog: t.catalog },
    );
    expect(toKeyword.changes).toEqual([
      {
        kind: 'changed',
        nodeId: 'plats',
        term: 'Vikt',
        fields: ['include'],
        details: [{ field: 'include', impact: 'major', before: 'f 1.0.0', after: '' }],
      },
    ]);
    const toInclude = compareDocuments(
      { document: withKeyword, catalog: t.catalog },
      { document: withInclude, catalog: t.catalog },
    );
    expect(toInclude.changes[0]).toMatchObject({
      term: 'f 1.0.0',
      details: [{ field: 'include', impact: 'major', before: '', after: 'f 1.0.0' }],
    });
    expect(toInclude.impact).toBe('major');
  });

  it('a keyword no longer in the catalogue is named by its id, and its definition is not compared', () => {
    const missing = new Map(t.catalog);
    missing.delete(vikt.id);
    const diff = compareDocuments(before, { document: t.document, catalog: missing });
    expect(diff.changes).toEqual([]);
    const added = compareDocuments(before, {
      document: produce(t.document, (d) => void children(d).push({ id: 'ny', keywordId: 'okänt' })),
      catalog: t.catalog,
    });
    expect(added.changes).toEqual([{ kind: 'added', nodeId: 'ny', term: 'okänt' }]);
  });

  it('scores: what each value scored before and after, only where it had one', () => {
    const val = t.keyword('Val');
    const scored = {
      ...before,
      catalog: new Map(t.catalog).set(val.id, {
        ...val,
        options: [{ ...val.options![0]!, score: 1 }, val.options![1]!],
      }),
    };
    const rescored = {
      ...before,
      catalog: new Map(t.catalog).set(val.id, {
        ...val,
        options: [val.options![0]!, { ...val.options![1]!, score: 2 }],
      }),
    };
    expect(
      compareDocuments(scored, rescored).changes.flatMap((c) => (c.kind === 'changed' ? c.details : [])),
    ).toEqual([
      {
        field: 'scores',
        impact: 'major',
        rescored: [
          { label: 'A', before: 1 },
          { label: 'B', after: 2 },
        ],
      },
    ]);
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

  const diff = (impact: Impact | undefined): DocumentDiff => ({
    changes: impact ? [{ kind: 'added', nodeId: 'n', term: 'N' }] : [],
    impact,
    breaking: impact === 'major',
    textsOnly: impact === 'patch',
  });
  it.each([
    ['1.2.3', undefined, '1.2.3'],
    ['1.2.3', { impact: undefined }, '1.2.4'],
    ['0.1.0', { impact: undefined }, '1.0.0'],
    ['1.2.3', { impact: 'major' }, '2.0.0'],
    ['0.4.1', { impact: 'major' }, '0.5.0'],
    ['1.2.3', { impact: 'patch' }, '1.2.4'],
    ['1.2.3', { impact: 'minor' }, '1.3.0'],
    ['1.2.3-rc.2', { impact: 'minor' }, '1.3.0'],
  ] as const)('from %s after %j suggests %s', (current, over, expected) => {
    expect(suggestVersion(current, over === undefined ? undefined : diff(over.impact))).toBe(expected);
  });
});
