import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { copySubtree, pasteTerms, planPastedKeywords } from '../../../src/commands/index.ts';
import { getOptions, indexTree, isKeywordNode, type KeywordNode } from '../../../src/domain/index.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { KEYWORD_TYPE_BY_NAME } from '../../../src/i18n/file-words.ts';
import { writeSubtree } from '../../../src/exchange/subtree-clipboard.ts';
import { parseTermOutline, type OutlineEntry } from '../../../src/formats/term-outline.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

const parse = (text: string) => parseTermOutline(text, KEYWORD_TYPE_BY_NAME);
const FRAGMENT = 'exempel-1177-fragment';

describe('a pasted list of terms', () => {
  it('reads back what copying a subtree wrote: levels, terms, types, values and scores', () => {
    for (const [documentId, language] of [
      [FRAGMENT, 'sv'],
      ['exempel-phq9', 'en'],
    ] as const) {
      const state = exampleState();
      const document = [...state.documents.values()].find((d) => d.id.startsWith(documentId))!;
      const root = document.nodes[0]!;
      const clipboard = copySubtree(state, document.id, root.id)!;
      const { text } = writeSubtree(
        clipboard,
        document,
        state.keywords,
        fileWordsIn(language).list,
        '2026-11-26T00:00:00Z',
      );
      const expected = indexTree([root]).ordered.flatMap(({ node, depth }): OutlineEntry[] => {
        if (!isKeywordNode(node)) return [];
        const keyword = state.keywords.get(node.keywordId)!;
        const choice = keyword.type === 'singleChoice' || keyword.type === 'multipleChoice';
        return [
          {
            depth: depth - 1,
            term: keyword.term,
            type: keyword.type,
            values: choice
              ? getOptions(keyword).map((o) =>
                  o.score === undefined ? { label: o.label } : { label: o.label, score: o.score },
                )
              : [],
          },
        ];
      });
      expect(expected.length).toBeGreaterThan(5);
      expect(parse(text)).toEqual({ ok: true, entries: expected });
    }
  });

  it('takes indentation by tabs, spaces or empty spreadsheet cells, and drops bullets and numbering', () => {
    const text = [
      'Levnadsvanor',
      '\tTobak\tJa/Nej',
      '\t\tMängd per dag (Numeriskt)',
      '',
      '    - Alkohol',
      '        • AUDIT-C gjord',
      '2. Fysisk aktivitet',
    ].join('\r\n');
    const result = parse(text);
    expect(result.ok && result.entries.map((e) => [e.depth, e.term, e.type ?? null])).toEqual([
      [0, 'Levnadsvanor', null],
      [1, 'Tobak', 'yesNo'],
      [2, 'Mängd per dag', 'number'],
      [1, 'Alkohol', null],
      [2, 'AUDIT-C gjord', null],
      [0, 'Fysisk aktivitet', null],
    ]);
  });

  it('keeps a term that only looks like it has a type, and refuses a line too long for a term', () => {
    expect(parse('Bakjour (jourtid)')).toEqual({
      ok: true,
      entries: [{ depth: 0, term: 'Bakjour (jourtid)', type: undefined, values: [] }],
    });
    expect(parse(`Kort\n\n${'x'.repeat(10001)}`)).toEqual({ ok: false, line: 3, problem: 'tooLong' });
  });

  it('reads any text without throwing: levels start at 0 and go down one at a time, terms are trimmed and short enough', () => {
    const lines = fc.array(
      fc.tuple(fc.constantFrom('', '\t', '  ', '\t\t', '    ', ' \t'), fc.string({ maxLength: 40 })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n'), (pairs, newline) => {
        const result = parse(pairs.map(([indent, text]) => indent + text).join(newline));
        if (!result.ok) return;
        let previous = -1;
        for (const entry of result.entries) {
          expect(entry.depth).toBeGreaterThanOrEqual(0);
          expect(entry.depth).toBeLessThanOrEqual(previous + 1);
          expect(entry.term).toBe(entry.term.trim());
          expect(entry.term.length).toBeGreaterThan(0);
          previous = entry.depth;
        }
      }),
    );
  });

  it('places the catalogue keywords a copied list names, and makes new ones for the rest', () => {
    const state = exampleState();
    const fragment = state.documents.get(FRAGMENT)!;
    const clipboard = copySubtree(state, FRAGMENT, fragment.nodes[0]!.id)!;
    const { text } = writeSubtree(
      clipboard,
      fragment,
      state.keywords,
      fileWordsIn('sv').list,
      '2026-11-26T00:00:00Z',
    );
    const parsed = parse(
      `${text}\nBeslutsdatum (Datum)\nBeslutsdatum\nBeslut fattat av (Envalslista: Läkare)`,
    );
    if (!parsed.ok) throw new Error('not parsed');
    let counter = 0;
    const plan = planPastedKeywords(state.keywords, parsed.entries, (prefix) => `${prefix}-new-${++counter}`);
    const copiedIds = indexTree([clipboard.node]).ordered.flatMap(({ node }) =>
      isKeywordNode(node) ? [node.keywordId] : [],
    );
    const n = copiedIds.length;
    expect(plan.keywordIds.slice(0, n)).toEqual(copiedIds);
    const dateKeyword = [...state.keywords.values()].find((k) => k.term === 'Beslutsdatum')!.id;
    // Named with its type: the catalogue's; bare: a new Fritext; other values: a new list.
    expect(plan.keywordIds.slice(n)).toEqual([dateKeyword, 'kw-new-1', 'kw-new-2']);
    expect(plan.created.map((k) => [k.term, k.type, k.options?.map((o) => o.label)])).toEqual([
      ['Beslutsdatum', 'text', undefined],
      ['Beslut fattat av', 'singleChoice', ['Läkare']],
    ]);
  });

  it('becomes new keywords at the target, nested as listed, in one undoable change', () => {
    const state = exampleState();
    const document = state.documents.get(FRAGMENT)!;
    const parsed = parse('Rökning (Envalslista: Aldrig, Tidigare (1), Dagligen (2))\n\tAntal år\nSnus');
    if (!parsed.ok) throw new Error('not parsed');
    const result = pasteTerms(
      state,
      { documentId: FRAGMENT, target: { parentId: null, index: 1 }, entries: parsed.entries },
      createTestContext(),
    );
    if (!result.ok) throw new Error(result.refusal);
    const next = produce(state, result.change.recipe);
    const nodes = next.documents.get(FRAGMENT)!.nodes;
    expect(nodes).toHaveLength(document.nodes.length + 2);
    const [smoking, snus] = [nodes[1] as KeywordNode, nodes[2] as KeywordNode];
    const keyword = (node: KeywordNode) => next.keywords.get(node.keywordId)!;
    expect(keyword(smoking)).toMatchObject({ term: 'Rökning', type: 'singleChoice', status: 'proposed' });
    expect(keyword(smoking).options!.map((o) => [o.label, o.score])).toEqual([
      ['Aldrig', undefined],
      ['Tidigare', 1],
      ['Dagligen', 2],
    ]);
    expect(keyword(smoking.children![0] as KeywordNode)).toMatchObject({ term: 'Antal år', type: 'text' });
    expect(keyword(snus).term).toBe('Snus');
    expect(result.change.select).toBe(smoking.id);
  });
});
