import { describe, expect, it } from 'vitest';
import { renameKeyword } from '../../../src/commands/index.ts';
import { COALESCE_MS } from '../../../src/history/history.ts';
import { buildTree, heading, text } from '../../helpers/build-tree.ts';
import { createTestStore } from '../../helpers/editor.ts';

function setUp() {
  const t = buildTree([heading('Rubrik', [text('A'), text('B')])]);
  const { store, context } = createTestStore(t.state, 't');
  const rename = (term: string, to: string) =>
    store.run((library, ctx) =>
      renameKeyword(library, { keywordId: t.keyword(term).id, term: to, documentId: 't' }, ctx),
    );
  const termOf = (term: string) => store.getSnapshot().library.keywords.get(t.keyword(term).id)?.term;
  return { store, context, rename, termOf };
}

describe('typing bursts become one undo step, but never across an undo', () => {
  it('typing again right after an undo starts a new step instead of joining the one before', () => {
    const { store, context, rename, termOf } = setUp();
    rename('A', 'Ab');
    context.advance(100);
    rename('B', 'Bc');
    store.undo();
    context.advance(100);
    rename('A', 'Abc');
    expect(store.getSnapshot().history.past).toHaveLength(2);
    store.undo();
    expect(termOf('A')).toBe('Ab');
    expect(store.getSnapshot().history.future).toHaveLength(1);
  });

  it.each([
    [COALESCE_MS - 1, 1],
    [COALESCE_MS, 1],
    [COALESCE_MS + 1, 2],
  ])('a keystroke %i ms after the last: %i step(s)', (pause, steps) => {
    const { store, context, rename, termOf } = setUp();
    rename('A', 'Ab');
    context.advance(pause);
    rename('A', 'Abc');
    expect(store.getSnapshot().history.past).toHaveLength(steps);
    store.undo();
    expect(termOf('A')).toBe(steps === 1 ? 'A' : 'Ab');
  });
});
