import { describe, expect, it } from 'vitest';
import type { Catalog, Keyword, KeywordNode, TreeDocument } from '../../../src/domain/model.ts';
import { checkDocument } from '../../../src/validation/index.ts';
import { buildTree, date, heading, number, score, text } from '../../helpers/build-tree.ts';

// The per-node rules where one placement differs from the next: a keyword placed twice, a date
// rule on a type without dates, a score's sources by their order, siblings with the same term.

const codesOf = (document: TreeDocument, catalog: Catalog, keywordRules?: false) =>
  checkDocument(document, { catalog, ...(keywordRules === false && { keywordRules }) }).map(
    (d) => `${d.code}${d.nodeId ? `@${d.nodeId}` : ''}`,
  );
const withNodes = (document: TreeDocument, ...extra: KeywordNode[]): TreeDocument => ({
  ...document,
  nodes: [...document.nodes, ...extra],
});

describe('a keyword placed more than once', () => {
  const t = buildTree([heading('Rubrik', [text('vikt')])]);
  const twice = withNodes(t.document, { id: 'igen', keywordId: t.keyword('vikt').id });

  it('has its own rules reported once, at its first place', () => {
    expect(codesOf(twice, t.catalog).filter((c) => c.startsWith('NAME_'))).toEqual([
      `NAME_LOWERCASE_START@${t.node('vikt')}`,
    ]);
  });

  it('has none of its own rules reported when the keyword rules run elsewhere', () => {
    expect(codesOf(twice, t.catalog, false).filter((c) => c.startsWith('NAME_'))).toEqual([]);
  });
});

describe('a date that may not be earlier than another', () => {
  it('names the other date when it is not placed in the document', () => {
    const t = buildTree([heading('Rubrik', [date('Start'), date('Slut', { notBefore: 'start' })])]);
    expect(codesOf(t.document, t.catalog)).toEqual([]);
    const withoutStart: TreeDocument = {
      ...t.document,
      nodes: [
        {
          ...(t.document.nodes[0] as KeywordNode),
          children: [{ id: 'slut', keywordId: t.keyword('Slut').id }],
        },
      ],
    };
    expect(codesOf(withoutStart, t.catalog)).toEqual(['NOT_BEFORE_NOT_PLACED@slut']);
  });

  it('says nothing of a notBefore left on a keyword whose type has no dates', () => {
    const t = buildTree([heading('Rubrik', [date('Start'), text('Anteckning')])]);
    const note: Keyword = { ...t.keyword('Anteckning'), notBefore: 'kw-t-saknas' };
    const catalog = new Map(t.catalog).set(note.id, note);
    expect(codesOf(t.document, catalog)).toEqual([]);
  });
});

describe('a score and its sources', () => {
  const t = buildTree([
    heading('Rubrik', [number('Poäng', 'p', { key: 'poang' }), score('Summa', ['poang'])]),
  ]);
  const summa = t.keyword('Summa');
  const nodes = t.document.nodes[0] as KeywordNode;
  const [first, second] = nodes.children as KeywordNode[];

  it('is quiet when each source comes before the score', () => {
    expect(codesOf(t.document, t.catalog)).toEqual([]);
  });

  it('names a source placed after the score, and one not placed at all', () => {
    const later = { ...t.document, nodes: [{ ...nodes, children: [second!, first!] }] };
    expect(codesOf(later, t.catalog)).toEqual([`SCORE_SOURCE_LATER@${second!.id}`]);
    const alone = { ...t.document, nodes: [{ ...nodes, children: [second!] }] };
    expect(codesOf(alone, t.catalog)).toEqual([`SCORE_SOURCE_NOT_PLACED@${second!.id}`]);
  });

  it('does not call a score that sums itself later than itself', () => {
    const self: Keyword = { ...summa, scoreSources: [{ keywordId: summa.id }] };
    const catalog = new Map(t.catalog).set(self.id, self);
    expect(codesOf(t.document, catalog).filter((c) => c.startsWith('SCORE_SOURCE'))).toEqual([]);
  });

  it('has no score rules on a keyword that is not a score', () => {
    const poang: Keyword = { ...t.keyword('Poäng'), scoreSources: [{ keywordId: 'kw-t-saknas' }] };
    const catalog = new Map(t.catalog).set(poang.id, poang);
    expect(codesOf(t.document, catalog)).toEqual([]);
  });
});

describe('siblings with the same term', () => {
  it('are named when case and spaces aside the terms are the same, under one parent only', () => {
    const t = buildTree([
      heading('Rubrik', [text('Vikt'), text(' VIKT ', { key: 'vikt2' })]),
      heading('Annan', [text('Vikt ', { key: 'vikt3' })]),
    ]);
    const duplicates = codesOf(t.document, t.catalog).filter((c) => c.startsWith('DUPLICATE_SIBLING'));
    expect(duplicates).toEqual([`DUPLICATE_SIBLING_TERM@${t.node(' VIKT ')}`]);
  });
});
