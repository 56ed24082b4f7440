import { enablePatches, produce, produceWithPatches, applyPatches } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Condition, EditOutcome, TreeDocument } from '../../../src/domain/index.ts';
import {
  copyWithFreshIds,
  duplicateNode,
  findInvariantViolations,
  findNode,
  indexTree,
  insertNodes,
  moveNode,
  removeNode,
  setCondition,
  setNodeKeyword,
  setRequired,
  updateDocument,
  updateKeyword,
} from '../../../src/domain/index.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';

beforeAll(() => enablePatches());

const base = () => buildBaseFragment().document;
const ids = (document: TreeDocument) => indexTree(document.nodes).ordered.map((p) => p.node.id);
function apply(document: TreeDocument, outcome: EditOutcome): TreeDocument {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal}`);
  return produce(document, outcome.recipe);
}
const childIds = (document: TreeDocument, id: string) =>
  (findNode(document.nodes, id) as { children?: { id: string }[] }).children?.map((c) => c.id);

describe('insertNodes', () => {
  it('inserts a new node at the target', () => {
    const next = apply(
      base(),
      insertNodes(base(), { parentId: 'bas-uppfoljning', index: 0 }, [
        { id: 'ny', keywordId: 'kw-bas-plan' },
      ]),
    );
    expect(childIds(next, 'bas-uppfoljning')).toEqual(['ny', 'bas-plan']);
  });

  it('gives a leaf its first child', () => {
    const next = apply(
      base(),
      insertNodes(base(), { parentId: 'bas-plan', index: 0 }, [{ id: 'ny', keywordId: 'kw-bas-plan' }]),
    );
    expect(childIds(next, 'bas-plan')).toEqual(['ny']);
  });

  it('refuses a taken id, a missing parent, an index out of range and a condition on a later node', () => {
    const doc = base();
    expect(
      insertNodes(doc, { parentId: null, index: 1 }, [{ id: 'bas-vikt', keywordId: 'k' }]),
    ).toMatchObject({ ok: false, refusal: 'duplicateId' });
    expect(insertNodes(doc, { parentId: 'nope', index: 0 }, [{ id: 'x', keywordId: 'k' }])).toMatchObject({
      ok: false,
      refusal: 'notFound',
    });
    expect(insertNodes(doc, { parentId: null, index: 5 }, [{ id: 'x', keywordId: 'k' }])).toMatchObject({
      ok: false,
      refusal: 'badTarget',
    });
    const later: Condition = { behavior: 'all', clauses: [{ source: 'bas-plan', operator: 'answered' }] };
    expect(
      insertNodes(doc, { parentId: 'bas-atgard-utford', index: 0 }, [
        { id: 'x', keywordId: 'k', showWhen: later },
      ]),
    ).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
      nodeIds: ['x'],
    });
  });
});

describe('moveNode', () => {
  it('reorders among siblings, in both directions', () => {
    const down = apply(base(), moveNode(base(), 'bas-vikt', { parentId: 'bas-atgard-utford', index: 3 }));
    expect(childIds(down, 'bas-atgard-utford')).toEqual([
      'bas-typ-av-atgard',
      'bas-matvarden',
      'bas-vikt',
      'bas-datum-for-atgard',
      'bas-summa-av-atgarder',
      'bas-uppfoljning',
    ]);
    const up = apply(
      base(),
      moveNode(base(), 'bas-datum-for-atgard', { parentId: 'bas-atgard-utford', index: 1 }),
    );
    expect(childIds(up, 'bas-atgard-utford')?.slice(0, 3)).toEqual([
      'bas-typ-av-atgard',
      'bas-datum-for-atgard',
      'bas-vikt',
    ]);
  });

  it('re-parents and drops the emptied children array', () => {
    const next = apply(base(), moveNode(base(), 'bas-plan', { parentId: 'bas-atgard-utford', index: 0 }));
    expect(childIds(next, 'bas-atgard-utford')?.[0]).toBe('bas-plan');
    expect(findNode(next.nodes, 'bas-uppfoljning')).not.toHaveProperty('children');
  });

  it('refuses a move into its own subtree', () => {
    expect(moveNode(base(), 'bas-atgard-utford', { parentId: 'bas-plan', index: 0 })).toMatchObject({
      ok: false,
      refusal: 'intoOwnSubtree',
    });
    expect(moveNode(base(), 'bas-plan', { parentId: 'bas-plan', index: 0 })).toMatchObject({
      ok: false,
      refusal: 'intoOwnSubtree',
    });
  });

  it('refuses a move that puts a node before its condition source, naming the node', () => {
    // "Beskrivning av byte" shows when "Typ av åtgärd" = Byte; moving it to the top would break that.
    const outcome = moveNode(base(), 'bas-beskrivning-av-byte', { parentId: null, index: 0 });
    expect(outcome).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
      nodeIds: ['bas-beskrivning-av-byte'],
    });
    // Moving a source after a node that depends on it breaks that node, which is named.
    const doc = apply(
      base(),
      setCondition(base(), 'bas-plan', {
        behavior: 'all',
        clauses: [{ source: 'bas-vikt', operator: 'answered' }],
      }),
    );
    expect(moveNode(doc, 'bas-vikt', { parentId: 'bas-uppfoljning', index: 1 })).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
      nodeIds: ['bas-plan'],
    });
    // A subtree that carries its own source along stays valid.
    expect(moveNode(base(), 'bas-typ-av-atgard', { parentId: 'bas-uppfoljning', index: 1 })).toMatchObject({
      ok: true,
    });
  });
});

describe('removeNode', () => {
  it('removes a subtree', () => {
    const next = apply(base(), removeNode(base(), 'bas-uppfoljning'));
    expect(ids(next)).not.toContain('bas-plan');
    expect(ids(next)).not.toContain('bas-uppfoljning');
  });

  it('refuses while others depend on it, or detaches their clauses when asked', () => {
    expect(removeNode(base(), 'bas-typ-av-atgard')).toMatchObject({ ok: true });
    const root = removeNode(base(), 'bas-atgard-utford');
    expect(root).toMatchObject({ ok: true });
    const doc = apply(
      base(),
      setCondition(base(), 'bas-plan', {
        behavior: 'all',
        clauses: [{ source: 'bas-vikt', operator: 'answered' }],
      }),
    );
    expect(removeNode(doc, 'bas-vikt')).toMatchObject({
      ok: false,
      refusal: 'hasDependents',
      nodeIds: ['bas-plan'],
    });
    const detached = apply(doc, removeNode(doc, 'bas-vikt', { detachDependents: true }));
    expect(findNode(detached.nodes, 'bas-plan')).not.toHaveProperty('showWhen');
    expect(findInvariantViolations(detached)).toEqual([]);
  });
});

describe('duplicateNode', () => {
  it('places a copy with fresh ids after the original; inner conditions follow the copy', () => {
    let n = 0;
    const next = apply(
      base(),
      duplicateNode(base(), 'bas-typ-av-atgard', () => `kopia-${++n}`),
    );
    expect(childIds(next, 'bas-atgard-utford')?.slice(0, 2)).toEqual(['bas-typ-av-atgard', 'kopia-1']);
    const copiedChild = findNode(next.nodes, 'kopia-2')!;
    expect(copiedChild.showWhen?.clauses[0]?.source).toBe('kopia-1');
    // The outer condition (on the root) is kept as it was.
    expect(findNode(next.nodes, 'kopia-1')!.showWhen?.clauses[0]?.source).toBe('bas-atgard-utford');
    expect(findInvariantViolations(next)).toEqual([]);
  });

  it('copyWithFreshIds leaves the original untouched', () => {
    const doc = base();
    const original = findNode(doc.nodes, 'bas-typ-av-atgard')!;
    const before = structuredClone(original);
    copyWithFreshIds(original, () => 'x');
    expect(original).toEqual(before);
  });
});

describe('field edits', () => {
  it('sets and clears a condition; refuses self, descendant and later sources', () => {
    const condition: Condition = {
      behavior: 'any',
      clauses: [{ source: 'bas-vikt', operator: 'greaterThan', value: 100 }],
    };
    const next = apply(base(), setCondition(base(), 'bas-plan', condition));
    expect(findNode(next.nodes, 'bas-plan')!.showWhen).toEqual(condition);
    const cleared = apply(next, setCondition(next, 'bas-plan', undefined));
    expect(findNode(cleared.nodes, 'bas-plan')).not.toHaveProperty('showWhen');
    const self = setCondition(base(), 'bas-vikt', {
      behavior: 'all',
      clauses: [{ source: 'bas-vikt', operator: 'answered' }],
    });
    expect(self).toMatchObject({ ok: false, refusal: 'breaksCondition' });
    const descendant = setCondition(base(), 'bas-uppfoljning', {
      behavior: 'all',
      clauses: [{ source: 'bas-plan', operator: 'answered' }],
    });
    expect(descendant).toMatchObject({ ok: false, refusal: 'breaksCondition' });
  });

  it('sets required and the placed keyword', () => {
    const required = apply(base(), setRequired(base(), 'bas-plan', true));
    expect(findNode(required.nodes, 'bas-plan')).toMatchObject({ required: true });
    const notRequired = apply(required, setRequired(required, 'bas-plan', false));
    expect(findNode(notRequired.nodes, 'bas-plan')).not.toHaveProperty('required');
    const other = apply(base(), setNodeKeyword(base(), 'bas-plan', 'kw-bas-vikt'));
    expect(findNode(other.nodes, 'bas-plan')).toMatchObject({ keywordId: 'kw-bas-vikt' });
  });

  it('updates keyword and document fields, removing those set to undefined', () => {
    const keyword = buildBaseFragment().keywords.find((k) => k.id === 'kw-bas-vikt')!;
    const next = produce(keyword, updateKeyword({ term: 'Kroppsvikt', unit: undefined, max: 250 }));
    expect(next).toMatchObject({ term: 'Kroppsvikt', max: 250 });
    expect(next).not.toHaveProperty('unit');
    const doc = produce(base(), updateDocument({ title: 'Ny titel', description: undefined }));
    expect(doc.title).toBe('Ny titel');
    expect(doc).not.toHaveProperty('description');
  });

  it('every edit yields patches whose inverse restores the document exactly', () => {
    const doc = base();
    const outcome = moveNode(doc, 'bas-plan', { parentId: null, index: 1 });
    if (!outcome.ok) throw new Error(outcome.refusal);
    const [next, , inverse] = produceWithPatches(doc, outcome.recipe);
    expect(next).not.toEqual(doc);
    expect(applyPatches(next, inverse)).toEqual(doc);
  });
});
