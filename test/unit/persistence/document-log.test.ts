/**
 * Incremental saving (issue 17): a document stored as a base and the edits of each save must read
 * back exactly as it was saved last, with the same fields in the same order, whatever the edits
 * did in between: inserts, moves across parents, removals, node and document fields, and undo to
 * an older state. A keystroke writes no node at all.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { KeywordNode, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import { insertNodes, moveNode, removeNode, type EditOutcome } from '../../../src/domain/edits.ts';
import { setRequired, setNodeKeyword } from '../../../src/domain/node-edits.ts';
import { indexTree } from '../../../src/domain/tree.ts';
import {
  applyDocumentEdits,
  diffDocument,
  DocumentLogError,
  type DocumentEdit,
} from '../../../src/persistence/document-log.ts';

const SETTINGS = { seed: Number(process.env.FUZZ_SEED ?? 17), numRuns: Number(process.env.FUZZ_RUNS ?? 200) };

const node = (id: string, children?: TreeNode[]): KeywordNode => ({
  id,
  keywordId: `kw-${id}`,
  ...(children ? { children } : {}),
});

const base: TreeDocument = {
  id: 'dok',
  kind: 'template',
  title: 'Mall',
  description: 'Beskrivning',
  version: '0.1.0',
  status: 'draft',
  nodes: [node('a', [node('a1'), node('a2', [node('a21')])]), node('b'), node('c', [node('c1')])],
  changeLog: [],
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

const applied = (outcome: EditOutcome, document: TreeDocument) => {
  if (!outcome.ok) throw new Error(outcome.refusal);
  return produce(document, outcome.recipe);
};

/** The document after every edit, read back: exact, the order of fields included. */
const readBack = (edits: readonly DocumentEdit[]) => JSON.stringify(applyDocumentEdits(base, edits));

describe('a document saved as edits', () => {
  it('a keystroke (only updatedAt) writes that field and no node', () => {
    const after = produce(base, (draft) => {
      draft.updatedAt = '2026-12-02T10:00:00Z';
    });
    expect(diffDocument(base, after)).toEqual({
      fields: { updatedAt: '2026-12-02T10:00:00Z' },
      removedFields: [],
      rows: [],
    });
  });

  it('nothing changed writes nothing', () => {
    expect(diffDocument(base, base)).toEqual({ fields: {}, removedFields: [], rows: [] });
  });

  it('a node field writes that node alone, its children by id', () => {
    const after = applied(setRequired(base, 'a2', true), base);
    const edit = diffDocument(base, after);
    expect(edit.rows).toEqual([{ id: 'a2', keywordId: 'kw-a2', children: ['a21'], required: true }]);
    expect(edit.nodes).toBeUndefined();
    expect(readBack([edit])).toBe(JSON.stringify(after));
  });

  it('a move across parents writes both parents and the moved node, not the untouched siblings', () => {
    const after = applied(moveNode(base, 'a21', { parentId: 'c', index: 0 }), base);
    const edit = diffDocument(base, after);
    // a2 lost its only child (the field goes), c gained one; a21 is new to its list.
    expect(edit.rows.map((row) => row.id).sort()).toEqual(['a2', 'a21', 'c']);
    expect(edit.rows.find((row) => row.id === 'a2')).toEqual({ id: 'a2', keywordId: 'kw-a2' });
    expect(readBack([edit])).toBe(JSON.stringify(after));
  });

  it('a reorder of the top level writes the list of ids', () => {
    const after = applied(moveNode(base, 'c', { parentId: null, index: 0 }), base);
    const edit = diffDocument(base, after);
    expect(edit.nodes).toEqual(['c', 'a', 'b']);
    expect(readBack([edit])).toBe(JSON.stringify(after));
  });

  it('a removed optional document field is removed on reading', () => {
    const after = produce(base, (draft) => {
      delete draft.description;
    });
    const edit = diffDocument(base, after);
    expect(edit.removedFields).toEqual(['description']);
    expect(applyDocumentEdits(base, [edit])).not.toHaveProperty('description');
  });

  it('edits that lack a node, or name one twice, are refused by name', () => {
    const missing: DocumentEdit = { fields: {}, removedFields: [], nodes: ['a', 'x'], rows: [] };
    expect(() => applyDocumentEdits(base, [missing])).toThrow(new DocumentLogError('dok', 'x', 'missing'));
    const twice: DocumentEdit = { fields: {}, removedFields: [], nodes: ['a', 'b', 'c', 'a1'], rows: [] };
    expect(() => applyDocumentEdits(base, [twice])).toThrow(/repeat node a1/);
  });

  it('random edits, saved at random moments, read back as the last save (undo to older states too)', () => {
    const step = fc.record({
      kind: fc.constantFrom('insert', 'move', 'remove', 'required', 'keyword', 'title', 'undo'),
      a: fc.nat(),
      b: fc.nat(),
      save: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const history: TreeDocument[] = [base];
        let current = base;
        let saved = base;
        const edits: DocumentEdit[] = [];
        let made = 0;
        for (const { kind, a, b, save } of steps) {
          const ids = [...indexTree(current.nodes).places.keys()];
          const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
          let outcome: EditOutcome | undefined;
          if (kind === 'insert') {
            const parent = ids.length === 0 || a % 4 === 0 ? null : pick(a)!;
            const siblings = parent === null ? current.nodes.length : 0;
            made++;
            outcome = insertNodes(current, { parentId: parent, index: b % (siblings + 1) }, [
              node(`n${made}`, b % 3 === 0 ? [node(`n${made}x`)] : undefined),
            ]);
          } else if (kind === 'move' && ids.length > 0)
            outcome = moveNode(current, pick(a)!, { parentId: b % 3 === 0 ? null : pick(b)!, index: 0 });
          else if (kind === 'remove' && ids.length > 0) outcome = removeNode(current, pick(a)!);
          else if (kind === 'required' && ids.length > 0)
            outcome = setRequired(current, pick(a)!, b % 2 === 0);
          else if (kind === 'keyword' && ids.length > 0)
            outcome = setNodeKeyword(current, pick(a)!, `kw-${b % 5}`);
          if (outcome?.ok) current = produce(current, outcome.recipe);
          else if (kind === 'title')
            current = produce(current, (draft) => {
              draft.title = `Mall ${a}`;
              if (b % 2 === 0) delete draft.description;
              else draft.description = `Beskrivning ${b}`;
            });
          // Undo back to a state object held from before (as undo and a rebase give).
          else if (kind === 'undo') current = history[a % history.length]!;
          history.push(current);
          if (save) {
            edits.push(diffDocument(saved, current));
            saved = current;
          }
        }
        expect(readBack(edits)).toBe(JSON.stringify(saved));
      }),
      SETTINGS,
    );
  });
});
