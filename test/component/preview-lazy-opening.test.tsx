import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/domain/model.ts';
import { liveFormFor } from '../../src/domain/live-form.ts';
import { FIRST_ROWS, Preview } from '../../src/features/preview/preview.tsx';
import { JournalNote } from '../../src/features/preview/journal-note.tsx';
import { EAGER_NODES, useFinishedForm } from '../../src/features/preview/use-finished-form.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';

// Issue 17: a long form paints its first rows before the rest of its opening pass, which then
// finishes in slices; a short one opens finished.
const large = buildLargeTemplate(6, 99); // 6 × (1 + 99 × 5) = 2,976 nodes, 600 rows shown
const largeCatalog = createCatalog(large.keywords);
const small = buildLargeTemplate(4, 99); // 1,984 nodes: at most EAGER_NODES

function Opened(props: { readonly template: typeof large }) {
  const { document } = props.template;
  const catalog = props.template === large ? largeCatalog : createCatalog(props.template.keywords);
  const answers = new Map();
  return (
    <>
      <Preview
        document={document}
        catalog={catalog}
        answers={answers}
        onAnswer={() => {}}
        onReset={() => {}}
      />
      <JournalNote document={document} catalog={catalog} answers={answers} />
    </>
  );
}

const rowsOf = () => within(screen.getByRole('list', { name: 'Formulärets fält' })).getAllByRole('listitem');

describe('opening a long form (issue 17)', () => {
  it('paints the first rows with an unknown set size, then the whole form once the pass is done', async () => {
    expect(large.document.nodes.length).toBe(6);
    render(<Opened template={large} />);
    const form = liveFormFor(large.document, largeCatalog);
    expect(form.size).toBeGreaterThan(EAGER_NODES);
    expect(form.finished).toBe(false);
    const first = rowsOf();
    expect(first).toHaveLength(FIRST_ROWS);
    expect(first[0]).toHaveAttribute('aria-setsize', '-1');
    expect(first[1]).toHaveTextContent('Åtgärd 1 utförd');
    // Journaltext waits for the pass, and says so.
    const note = screen.getByRole('region', { name: 'Journaltext' });
    expect(note).toHaveAttribute('aria-busy', 'true');
    expect(note).toHaveTextContent('Formuläret läses in…');
    expect(screen.getByRole('button', { name: 'Kopiera' })).toBeDisabled();

    await waitFor(() => expect(rowsOf()[0]).toHaveAttribute('aria-setsize', '600'), { timeout: 5_000 });
    expect(form.finished).toBe(true);
    expect(note).toHaveAttribute('aria-busy', 'false');
    expect(note).toHaveTextContent('Inget ifyllt ännu');
  });

  it('opens a form of at most EAGER_NODES nodes finished, in its first render', () => {
    render(<Opened template={small} />);
    expect(rowsOf()[0]).toHaveAttribute('aria-setsize', '400');
    expect(screen.getByRole('region', { name: 'Journaltext' })).toHaveAttribute('aria-busy', 'false');
  });

  it.each([
    [EAGER_NODES - 1, true],
    [EAGER_NODES, true],
    [EAGER_NODES + 1, false],
  ])('a form of %i nodes is finished in its first render: %s', (size, atOnce) => {
    const document = {
      ...small.document,
      id: `lang-${size}`,
      nodes: Array.from({ length: size }, (_, i) => ({ id: `n${i}`, keywordId: 'kw-fraga-1' })),
    };
    const catalog = createCatalog(small.keywords);
    const { result } = renderHook(() => useFinishedForm(liveFormFor(document, catalog)));
    expect(result.current).toBe(atOnce);
  });
});
