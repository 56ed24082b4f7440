import { describe, expect, it } from 'vitest';
import {
  addKeyword,
  changeKeywordType,
  createDocument,
  deleteDocument,
  makeDynamic,
  moveNodeInDirection,
  renameKeyword,
  setRequired,
  updateKeyword,
} from '../../../src/commands/index.ts';
import type { KeywordNode, KeywordType } from '../../../src/domain/index.ts';
import { indexTree } from '../../../src/domain/index.ts';
import { createTestStore, exampleState } from '../../helpers/editor.ts';
import { getStructure } from '../../helpers/structure.ts';
import { exampleKeywordId, exampleNodeId } from '../../helpers/examples.ts';

// Example ids named by term: a test says what it means and survives a renamed id.
const keywordOf = exampleKeywordId;
const nodeOf = (term: string) => exampleNodeId('exempel-1177-fragment', term);

type Store = ReturnType<typeof createTestStore>['store'];

/** Adds a keyword as the last child of `parentId` (or at the top) and gives it a term, type, values and required. */
function addKeywordAs(
  store: Store,
  documentId: string,
  parentId: string | undefined,
  spec: { term: string; type: KeywordType; options?: string[]; required?: boolean },
): string {
  const added = store.run((library, context) =>
    addKeyword(library, { documentId, relativeTo: parentId, as: parentId ? 'child' : 'sibling' }, context),
  );
  if (!added.ok) throw new Error(added.refusal);
  const nodeId = added.change.select!;
  const node = (function find(nodes): KeywordNode | undefined {
    for (const n of nodes as KeywordNode[]) {
      if (n.id === nodeId) return n;
      const inner = find(n.children ?? []);
      if (inner) return inner;
    }
    return undefined;
  })(store.getSnapshot().library.documents.get(documentId)!.nodes);
  const keywordId = node!.keywordId;
  store.run((library, context) =>
    renameKeyword(library, { keywordId, term: spec.term, documentId }, context),
  );
  if (spec.type !== 'text')
    store.run((library, context) =>
      changeKeywordType(library, { keywordId, type: spec.type, documentId }, context),
    );
  if (spec.options) {
    const options = spec.options.map((label, i) => ({ id: `v${i + 1}`, label }));
    store.run((library, context) =>
      updateKeyword(library, { keywordId, fields: { options }, documentId }, context),
    );
  }
  if (spec.required)
    store.run((library, context) => setRequired(library, { documentId, nodeId, required: true }, context));
  return nodeId;
}

describe('EditorStore', () => {
  it('builds the first two levels of the 1177 fragment like the shipped example, and undo returns the start', () => {
    const initial = exampleState();
    const { store, context } = createTestStore(initial);
    const created = store.run((library, ctx) => createDocument(library, { kind: 'fragment' }, ctx));
    const documentId = created.ok ? created.change.documentId! : '';
    expect(store.getSnapshot().openDocumentId).toBe(documentId);

    const root = addKeywordAs(store, documentId, undefined, {
      term: 'Begränsande eller tillgängliggörande åtgärder 1177',
      type: 'yesNo',
    });
    context.advance(5000);
    addKeywordAs(store, documentId, root, {
      term: 'Åtgärd',
      type: 'singleChoice',
      options: ['Begränsning', 'Tillgängliggörande', 'Hävning av tidigare åtgärd'],
      required: true,
    });
    addKeywordAs(store, documentId, root, {
      term: 'Begäran/initiativ från',
      type: 'singleChoice',
      options: [
        'Patienten/invånaren själv',
        'Vårdnadshavare',
        'Hälso- och sjukvården',
        'Socialtjänst',
        'Polis',
        'Kriminalvård',
        'Annan myndighet',
      ],
      required: true,
    });
    addKeywordAs(store, documentId, root, {
      term: 'Beslut fattat av',
      type: 'singleChoice',
      options: ['Verksamhetschef', 'Bakjour (jourtid)', 'Ansvarig läkare', 'Annan'],
      required: true,
    });
    addKeywordAs(store, documentId, root, { term: 'Beslutsdatum', type: 'date', required: true });
    addKeywordAs(store, documentId, root, { term: 'Bedömning och skäl', type: 'text', required: true });
    addKeywordAs(store, documentId, root, {
      term: 'Patient/vårdnadshavare informerad',
      type: 'singleChoice',
      options: ['Ja', 'Nej', 'Ej lämpligt'],
    });
    addKeywordAs(store, documentId, root, {
      term: 'Begäran skickad till Stöd och service',
      type: 'singleChoice',
      options: ['Via ärende', 'Via telefon (akut/kväll/helg)'],
      required: true,
    });
    addKeywordAs(store, documentId, root, { term: 'Planerad omprövning', type: 'date' });
    expect(store.run((library, ctx) => makeDynamic(library, { documentId, nodeId: root }, ctx)).ok).toBe(
      true,
    );

    const { library } = store.getSnapshot();
    const built = getStructure(library.documents.get(documentId)!, library.keywords, 2);
    const example = getStructure(initial.documents.get('exempel-1177-fragment')!, initial.keywords, 2);
    expect(built).toEqual(example);
    expect(store.getSnapshot().selectedNodeId).toBe(root);

    while (store.undo());
    expect(store.getSnapshot().library).toEqual(initial);
    expect(store.getSnapshot().history.future.length).toBeGreaterThan(0);
  });

  it('merges a typing burst into one undo step; a pause starts a new one', () => {
    const { store, context } = createTestStore();
    const keywordId = keywordOf('Åtgärd');
    const documentId = 'exempel-1177-fragment';
    for (const term of ['Å', 'Åt', 'Åtg', 'Åtgä']) {
      store.run((library, ctx) => renameKeyword(library, { keywordId, term, documentId }, ctx));
      context.advance(200);
    }
    context.advance(2000);
    store.run((library, ctx) => renameKeyword(library, { keywordId, term: 'Åtgärd!', documentId }, ctx));
    expect(store.getSnapshot().history.past).toHaveLength(2);
    store.undo();
    expect(store.getSnapshot().library.keywords.get(keywordId)?.term).toBe('Åtgä');
    store.undo();
    expect(store.getSnapshot().library.keywords.get(keywordId)?.term).toBe('Åtgärd');
    store.redo();
    expect(store.getSnapshot().library.keywords.get(keywordId)?.term).toBe('Åtgä');
  });

  it('selects the changed node, reveals it, and leaves a refused command without a trace', () => {
    const { store } = createTestStore(exampleState(), 'exempel-1177-fragment');
    const documentId = 'exempel-1177-fragment';
    const before = store.getSnapshot();
    const refused = store.run((library, ctx) =>
      moveNodeInDirection(library, { documentId, nodeId: nodeOf('Åtgärd'), direction: 'up' }, ctx),
    );
    expect(refused).toMatchObject({ ok: false, refusal: 'atEdge' });
    expect(store.getSnapshot()).toBe(before);
    store.setExpanded(documentId, new Set());
    store.run((library, ctx) =>
      addKeyword(library, { documentId, relativeTo: nodeOf('Period från'), as: 'sibling' }, ctx),
    );
    expect(store.getSnapshot().selectedNodeId).toBe('n-2');
    // The collapsed ancestors of the new keyword open so that it can be seen; nothing else does.
    expect([...store.getExpanded(documentId)].sort()).toEqual(
      [
        nodeOf('Åtgärd'),
        nodeOf('Begränsande eller tillgängliggörande åtgärder 1177'),
        nodeOf('Typ av begränsning'),
      ].sort(),
    );
  });

  it('undoing in another document opens that document again; deleting a document is undoable', () => {
    const { store } = createTestStore(exampleState(), 'exempel-phq9');
    store.run((library, c) => deleteDocument(library, { documentId: 'exempel-phq9' }, c));
    expect(store.getSnapshot().library.documents.has('exempel-phq9')).toBe(false);
    store.open('exempel-levnadsvanor');
    store.run((library, ctx) =>
      renameKeyword(
        library,
        { keywordId: keywordOf('Rökning'), term: 'Rökvanor', documentId: 'exempel-levnadsvanor' },
        ctx,
      ),
    );
    store.open('exempel-1177-fragment');
    store.undo();
    expect(store.getSnapshot().openDocumentId).toBe('exempel-levnadsvanor');
    store.undo();
    expect(store.getSnapshot().library.documents.has('exempel-phq9')).toBe(true);
  });

  it('reveals a node in a tree not yet folded without listing what is open, and opens an include to show its nodes', () => {
    const documentId = 'exempel-mottagningsbesok-1177';
    const { store } = createTestStore(exampleState(), documentId);
    const document = store.getSnapshot().library.documents.get(documentId)!;
    const nested = indexTree(document.nodes).ordered.find((place) => place.depth === 2)!;
    const before = store.getSnapshot().expanded;
    store.reveal(nested.node.id);
    expect(store.getSnapshot().selectedNodeId).toBe(nested.node.id);
    expect(store.getSnapshot().expanded).toBe(before);

    const include = 'mall1177-inkludera-fragment';
    const inside = `${include}.atg1177-atgard`;
    expect(store.getExpanded(documentId).has(include)).toBe(false);
    store.reveal(inside);
    const open = store.getExpanded(documentId);
    expect(store.getSnapshot().selectedNodeId).toBe(inside);
    expect(open.has(include)).toBe(true);
    expect(open.has(`${include}.atg1177-begransande-eller-tillgangliggorande-atgarder-11`)).toBe(true);
    // Everything that was open by default stays open.
    expect(open.has(nested.parentId!)).toBe(true);
  });
});
