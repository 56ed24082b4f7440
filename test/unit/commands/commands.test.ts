import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import {
  addKeyword,
  changeKeywordType,
  copySubtree,
  createDocument,
  deleteDocument,
  duplicateNode,
  findClausesBrokenByType,
  getMoveTarget,
  makeDynamic,
  moveNodeInDirection,
  pasteSubtree,
  removeNode,
  renameDocument,
  renameKeyword,
  setCondition,
  setRequired,
  updateKeyword,
} from '../../../src/commands/index.ts';
import {
  createCatalog,
  findInvariantViolations,
  findNode,
  indexTree,
  type LibraryState,
} from '../../../src/domain/index.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';
import { buildTree, heading, number, score, text } from '../../helpers/build-tree.ts';
import { exampleKeywordId, exampleNodeId } from '../../helpers/examples.ts';

// Example ids named by term: a test says what it means and survives a renamed id.
const keywordOf = exampleKeywordId;
const nodeOf = (term: string) => exampleNodeId('exempel-1177-fragment', term);

const FRAGMENT = 'exempel-1177-fragment';
const ROOT = nodeOf('Begränsande eller tillgängliggörande åtgärder 1177');

function apply(state: LibraryState, result: CommandResult): LibraryState {
  if (!result.ok) throw new Error(`refused: ${result.refusal} ${result.nodeIds.join(',')}`);
  return produce(state, result.change.recipe);
}
const doc = (state: LibraryState, id = FRAGMENT) => state.documents.get(id)!;
const childIds = (state: LibraryState, nodeId: string, documentId = FRAGMENT) =>
  (findNode(doc(state, documentId).nodes, nodeId) as { children?: { id: string }[] }).children?.map(
    (c) => c.id,
  ) ?? [];

describe('addKeyword', () => {
  it('adds a new text keyword after the node, or as its last child, and selects it', () => {
    const context = createTestContext();
    const state = exampleState();
    const sibling = addKeyword(
      state,
      { documentId: FRAGMENT, relativeTo: nodeOf('Åtgärd'), as: 'sibling' },
      context,
    );
    expect(sibling).toMatchObject({
      ok: true,
      change: { name: 'addSibling', select: 'n-2', documentId: FRAGMENT },
    });
    const next = apply(state, sibling);
    expect(childIds(next, ROOT).slice(0, 2)).toEqual([nodeOf('Åtgärd'), 'n-2']);
    expect(next.keywords.get('kw-1')).toEqual({
      id: 'kw-1',
      term: 'Nytt sökord',
      type: 'text',
      status: 'proposed',
    });
    expect(doc(next).updatedAt).toBe(context.now());
    const child = apply(
      next,
      addKeyword(next, { documentId: FRAGMENT, relativeTo: nodeOf('Beslutsdatum'), as: 'child' }, context),
    );
    expect(childIds(child, nodeOf('Beslutsdatum'))).toEqual(['n-4']);
  });

  it('gives new keywords unique terms among their siblings, and adds at the top level without a node', () => {
    const context = createTestContext();
    let state = exampleState();
    state = apply(state, addKeyword(state, { documentId: FRAGMENT, as: 'sibling' }, context));
    state = apply(state, addKeyword(state, { documentId: FRAGMENT, as: 'sibling' }, context));
    const top = doc(state).nodes.map((n) => state.keywords.get((n as { keywordId: string }).keywordId)!.term);
    expect(top).toEqual([
      'Begränsande eller tillgängliggörande åtgärder 1177',
      'Nytt sökord',
      'Nytt sökord 2',
    ]);
  });

  it('refuses an unknown document or node', () => {
    const context = createTestContext();
    expect(addKeyword(exampleState(), { documentId: 'nope', as: 'sibling' }, context)).toMatchObject({
      ok: false,
      refusal: 'documentNotFound',
    });
    expect(
      addKeyword(exampleState(), { documentId: FRAGMENT, relativeTo: 'nope', as: 'child' }, context),
    ).toMatchObject({
      ok: false,
      refusal: 'notFound',
    });
  });
});

describe('removeNode, duplicateNode, moves', () => {
  it('removes a subtree and selects the next sibling; refuses while others depend on it', () => {
    const context = createTestContext();
    const state = exampleState();
    const result = removeNode(state, { documentId: FRAGMENT, nodeId: nodeOf('Beslutsdatum') }, context);
    expect(result).toMatchObject({ ok: true, change: { select: nodeOf('Bedömning och skäl') } });
    expect(indexTree(doc(apply(state, result)).nodes).places.has(nodeOf('Beslutsdatum'))).toBe(false);
    expect(
      removeNode(state, { documentId: FRAGMENT, nodeId: nodeOf('Tillgängliggörandet avser') }, context),
    ).toMatchObject({
      ok: false,
      refusal: 'hasDependents',
      nodeIds: expect.arrayContaining([
        nodeOf('Mognadsbedömning gjord'),
        nodeOf('Ungdomens inställning'),
        nodeOf('Särskilda skäl'),
      ]) as unknown,
    });
  });

  it('duplicates with new keyword definitions, so the copy can be renamed alone; a copied score sums the copies', () => {
    const context = createTestContext();
    let state = exampleState();
    state = apply(
      state,
      duplicateNode(state, { documentId: FRAGMENT, nodeId: nodeOf('Beslut fattat av') }, context),
    );
    const [original, copy] = childIds(state, ROOT).filter(
      (id) => id === nodeOf('Beslut fattat av') || id.startsWith('n-'),
    );
    expect(original).toBe(nodeOf('Beslut fattat av'));
    const copyNode = findNode(doc(state).nodes, copy!) as {
      keywordId: string;
      children: { keywordId: string; showWhen: unknown }[];
    };
    expect(state.keywords.get(copyNode.keywordId)?.term).toBe('Beslut fattat av (kopia)');
    expect(copyNode.children[0]!.keywordId).not.toBe(keywordOf('Beslutsfattare, befattning'));
    expect(findInvariantViolations(doc(state))).toEqual([]);

    const phq = 'exempel-phq9';
    const phqRoot = doc(state, phq).nodes[0]!.id;
    state = apply(state, duplicateNode(state, { documentId: phq, nodeId: phqRoot }, context));
    const copiedSum = [...state.keywords.values()].find(
      (k) => k.term === 'PHQ-9 summa' && k.id !== keywordOf('PHQ-9 summa'),
    )!;
    const copiedItem = [...state.keywords.values()].find(
      (k) => k.term === 'PHQ-9 1 Intresse/glädje' && k.id !== keywordOf('PHQ-9 1 Intresse/glädje'),
    )!;
    expect(copiedSum.scoreSources![0]!.keywordId).toBe(copiedItem.id);
  });

  it('moves up, down, in and out, and refuses at the edges or when a condition would break', () => {
    const context = createTestContext();
    const state = exampleState();
    expect(getMoveTarget(state, FRAGMENT, nodeOf('Åtgärd'), 'up')).toEqual({ refusal: 'atEdge' });
    expect(getMoveTarget(state, FRAGMENT, nodeOf('Åtgärd'), 'in')).toEqual({ refusal: 'noPreviousSibling' });
    expect(getMoveTarget(state, FRAGMENT, ROOT, 'out')).toEqual({ refusal: 'atEdge' });
    const down = apply(
      state,
      moveNodeInDirection(
        state,
        { documentId: FRAGMENT, nodeId: nodeOf('Beslutsdatum'), direction: 'down' },
        context,
      ),
    );
    expect(childIds(down, ROOT).indexOf(nodeOf('Beslutsdatum'))).toBe(4);
    const indented = apply(
      state,
      moveNodeInDirection(
        state,
        { documentId: FRAGMENT, nodeId: nodeOf('Beslutsdatum'), direction: 'in' },
        context,
      ),
    );
    expect(childIds(indented, nodeOf('Beslut fattat av'))).toEqual([
      nodeOf('Beslutsfattare, befattning'),
      nodeOf('Beslutsdatum'),
    ]);
    const outdented = apply(
      indented,
      moveNodeInDirection(
        indented,
        { documentId: FRAGMENT, nodeId: nodeOf('Beslutsdatum'), direction: 'out' },
        context,
      ),
    );
    expect(childIds(outdented, ROOT)).toEqual(childIds(state, ROOT));
    // "Typ av begränsning" is the first child of "Åtgärd": there is nothing above to indent under.
    expect(
      moveNodeInDirection(
        state,
        { documentId: FRAGMENT, nodeId: nodeOf('Typ av begränsning'), direction: 'in' },
        context,
      ),
    ).toMatchObject({ ok: false, refusal: 'noPreviousSibling' });
    // "Mognadsbedömning gjord" depends on "Tillgängliggörandet avser", four places above it: three
    // moves up keep it below its source, the fourth would put it above and is refused, naming it.
    const moveUp = (from: LibraryState) =>
      moveNodeInDirection(
        from,
        { documentId: FRAGMENT, nodeId: nodeOf('Mognadsbedömning gjord'), direction: 'up' },
        context,
      );
    let moved = state;
    for (let i = 0; i < 3; i++) moved = apply(moved, moveUp(moved));
    expect(moveUp(moved)).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
      nodeIds: [nodeOf('Mognadsbedömning gjord')],
    });
  });
});

describe('keyword and node fields', () => {
  it('renames a keyword; a typing burst has one coalesce key; an empty term is refused', () => {
    const context = createTestContext();
    const state = exampleState();
    const result = renameKeyword(
      state,
      { keywordId: keywordOf('Åtgärd'), term: '  Åtgärd 1177 ', documentId: FRAGMENT },
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      change: { name: 'renameKeyword', coalesceKey: `keyword:${keywordOf('Åtgärd')}:term` },
    });
    expect(apply(state, result).keywords.get(keywordOf('Åtgärd'))?.term).toBe('Åtgärd 1177');
    expect(renameKeyword(state, { keywordId: keywordOf('Åtgärd'), term: '  ' }, context)).toMatchObject({
      ok: false,
      refusal: 'emptyTerm',
    });
    const unit = apply(
      state,
      updateKeyword(state, { keywordId: keywordOf('Åtgärd'), fields: { description: undefined } }, context),
    );
    expect(unit.keywords.get(keywordOf('Åtgärd'))).not.toHaveProperty('description');
  });

  it('changes a type, refusing when conditions on it would break, or fixing them when asked', () => {
    const context = createTestContext();
    const state = exampleState();
    const args = { keywordId: keywordOf('Åtgärd'), type: 'text' as const, documentId: FRAGMENT };
    const broken = findClausesBrokenByType(state, args.keywordId, 'text');
    expect(broken.length).toBe(8);
    expect(changeKeywordType(state, args, context)).toMatchObject({ ok: false, refusal: 'breaksCondition' });
    const fixed = apply(state, changeKeywordType(state, { ...args, fixDependents: true }, context));
    expect(fixed.keywords.get(keywordOf('Åtgärd'))).toEqual({
      id: keywordOf('Åtgärd'),
      term: 'Åtgärd',
      type: 'text',
      status: 'active',
    });
    expect(findNode(doc(fixed).nodes, nodeOf('Typ av begränsning'))).not.toHaveProperty('showWhen');
    // Conditions on other sources stay.
    expect(findNode(doc(fixed).nodes, nodeOf('Mognadsbedömning gjord'))?.showWhen).toBeDefined();
    // A harmless change needs no fix: text -> number for a keyword nobody depends on.
    expect(
      changeKeywordType(state, { keywordId: keywordOf('Bedömning och skäl'), type: 'number' }, context),
    ).toMatchObject({ ok: true });
  });

  it('sets and clears conditions and required', () => {
    const context = createTestContext();
    const state = exampleState();
    const cleared = apply(
      state,
      setCondition(state, { documentId: FRAGMENT, nodeId: nodeOf('Åtgärd'), condition: undefined }, context),
    );
    expect(findNode(doc(cleared).nodes, nodeOf('Åtgärd'))).not.toHaveProperty('showWhen');
    const bad = setCondition(
      state,
      {
        documentId: FRAGMENT,
        nodeId: nodeOf('Åtgärd'),
        condition: {
          behavior: 'all',
          clauses: [{ source: nodeOf('Planerad omprövning'), operator: 'answered' }],
        },
      },
      context,
    );
    expect(bad).toMatchObject({ ok: false, refusal: 'breaksCondition' });
    const optional = apply(
      state,
      setRequired(state, { documentId: FRAGMENT, nodeId: nodeOf('Åtgärd'), required: false }, context),
    );
    expect(findNode(doc(optional).nodes, nodeOf('Åtgärd'))).not.toHaveProperty('required');
  });
});

describe('setRequired on what takes no answer', () => {
  it('refuses to make a heading or a score required, and clears a mark an import brought', () => {
    const context = createTestContext();
    const t = buildTree([
      heading('Avsnitt', [text('Fritext')]),
      number('Poäng 1', 'p', { key: 'p1' }),
      score('Summa', [['p1', 1]]),
    ]);
    const state = t.state;
    const args = (term: string, required: boolean) => ({ documentId: 't', nodeId: t.node(term), required });
    for (const term of ['Avsnitt', 'Summa'])
      expect(setRequired(state, args(term, true), context)).toEqual({
        ok: false,
        refusal: 'notAnswerable',
        nodeIds: [t.node(term)],
      });
    expect(setRequired(state, args('Fritext', true), context).ok).toBe(true);
    const imported = produce(state, (draft) => {
      const node = findNode(draft.documents.get('t')!.nodes, t.node('Avsnitt'))!;
      if ('keywordId' in node) node.required = true;
    });
    const cleared = apply(imported, setRequired(imported, args('Avsnitt', false), context));
    expect(findNode(doc(cleared, 't').nodes, t.node('Avsnitt'))).not.toHaveProperty('required');
  });
});

describe('makeDynamic', () => {
  it('gives every child without a condition "visas när <parent> = Ja", keeping existing conditions', () => {
    const context = createTestContext();
    let state = exampleState();
    for (let i = 0; i < 2; i++)
      state = apply(
        state,
        addKeyword(
          state,
          { documentId: FRAGMENT, relativeTo: nodeOf('Tidsbegränsat'), as: 'child' },
          context,
        ),
      );
    const result = makeDynamic(state, { documentId: FRAGMENT, nodeId: nodeOf('Tidsbegränsat') }, context);
    const next = apply(state, result);
    const children = (
      findNode(doc(next).nodes, nodeOf('Tidsbegränsat')) as { children: { id: string; showWhen?: unknown }[] }
    ).children;
    for (const child of children) {
      expect(child.showWhen).toEqual({
        behavior: 'all',
        clauses: [{ source: nodeOf('Tidsbegränsat'), operator: 'equals', value: 'ja' }],
      });
    }
    expect(
      makeDynamic(next, { documentId: FRAGMENT, nodeId: nodeOf('Tidsbegränsat') }, context),
    ).toMatchObject({ ok: false, refusal: 'nothingToDo' });
  });

  it('uses "innehåller" for a multiple choice and the chosen option; refuses other types', () => {
    const context = createTestContext();
    let state = exampleState();
    state = apply(
      state,
      addKeyword(
        state,
        { documentId: FRAGMENT, relativeTo: nodeOf('Bedömd risk för men för'), as: 'child' },
        context,
      ),
    );
    const next = apply(
      state,
      makeDynamic(
        state,
        { documentId: FRAGMENT, nodeId: nodeOf('Bedömd risk för men för'), optionId: 'narstaende' },
        context,
      ),
    );
    const child = (
      findNode(doc(next).nodes, nodeOf('Bedömd risk för men för')) as { children: { showWhen?: unknown }[] }
    ).children[0];
    expect(child?.showWhen).toEqual({
      behavior: 'all',
      clauses: [{ source: nodeOf('Bedömd risk för men för'), operator: 'includes', value: 'narstaende' }],
    });
    expect(
      makeDynamic(state, { documentId: FRAGMENT, nodeId: nodeOf('Beslutsdatum') }, context),
    ).toMatchObject({ ok: false, refusal: 'notDynamicType' });
  });
});

describe('copy and paste', () => {
  it('pastes a subtree into another document with fresh ids, dropping conditions on nodes not there', () => {
    const context = createTestContext();
    let state = exampleState();
    const clipboard = copySubtree(state, FRAGMENT, nodeOf('Tidsbegränsat'))!;
    expect(clipboard.keywords.map((k) => k.id).sort()).toEqual([
      keywordOf('Gäller till och med'),
      keywordOf('Tidsbegränsat'),
    ]);
    const target = 'exempel-phq9';
    state = apply(
      state,
      pasteSubtree(state, { documentId: target, target: { parentId: null, index: 1 }, clipboard }, context),
    );
    const pasted = doc(state, target).nodes[1] as {
      id: string;
      keywordId: string;
      showWhen?: unknown;
      children: { showWhen: unknown }[];
    };
    expect(pasted.id).toBe('n-1');
    expect(pasted.keywordId).toBe(keywordOf('Tidsbegränsat'));
    expect(pasted).not.toHaveProperty('showWhen');
    expect(pasted.children[0]!.showWhen).toEqual({
      behavior: 'all',
      clauses: [{ source: 'n-1', operator: 'equals', value: 'ja' }],
    });
    expect(findInvariantViolations(doc(state, target))).toEqual([]);
  });

  it('adds missing keyword definitions from a clipboard of another library', () => {
    const context = createTestContext();
    const state = exampleState();
    const clipboard = {
      node: { id: 'x', keywordId: 'kw-ny' },
      keywords: [{ id: 'kw-ny', term: 'Nytt', type: 'text' as const, status: 'active' as const }],
    };
    const next = apply(
      state,
      pasteSubtree(state, { documentId: FRAGMENT, target: { parentId: ROOT, index: 0 }, clipboard }, context),
    );
    expect(createCatalog([...next.keywords.values()]).get('kw-ny')?.term).toBe('Nytt');
  });
});

describe('documents', () => {
  it('creates, renames and deletes documents', () => {
    const context = createTestContext();
    let state = exampleState();
    const created = createDocument(state, { kind: 'fragment' }, context);
    state = apply(state, created);
    const id = created.ok ? created.change.documentId! : '';
    expect(doc(state, id)).toMatchObject({
      title: 'Nytt fragment',
      kind: 'fragment',
      version: '0.1.0',
      status: 'draft',
      nodes: [],
    });
    const second = createDocument(state, { kind: 'fragment' }, context);
    expect(
      second.ok && produce(state, second.change.recipe).documents.get(second.change.documentId!)?.title,
    ).toBe('Nytt fragment 2');
    state = apply(state, renameDocument(state, { documentId: id, title: 'Åtgärder 1177' }, context));
    expect(doc(state, id).title).toBe('Åtgärder 1177');
    expect(renameDocument(state, { documentId: id, title: ' ' }, context)).toMatchObject({
      ok: false,
      refusal: 'emptyTerm',
    });
    state = apply(state, deleteDocument(state, { documentId: id }, context));
    expect(state.trash.get(id)?.document.title).toBe('Åtgärder 1177');
    expect(state.documents.has(id)).toBe(false);
  });
});
