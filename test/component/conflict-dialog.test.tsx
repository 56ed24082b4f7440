import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TreeDocument } from '../../src/domain/model.ts';
import { ConflictDialog } from '../../src/features/folder/conflict-dialog.tsx';
import { stableJson } from '../../src/formats/library-folder.ts';
import { mergeFileTexts, type ConflictFile } from '../../src/formats/library-merge.ts';
import { LanguageContext } from '../../src/i18n/language.tsx';
import { loadStrings } from '../../src/i18n/languages.ts';
import { createEditorStore } from '../../src/state/create-store.ts';
import { EditorStoreContext } from '../../src/state/use-editor.ts';
import { buildTree, check, text, yesNo } from '../helpers/build-tree.ts';

// The app loads English when it is chosen; these tests render in English directly.
beforeAll(() => loadStrings('en'));

const t = buildTree([yesNo('Åtgärd', {}, [text('Vad')]), check('Uppföljning'), text('Övrigt')], {
  title: 'Mall',
});

function conflictOf(mine: (d: TreeDocument) => void, theirs: (d: TreeDocument) => void): ConflictFile {
  const edit = (change: (d: TreeDocument) => void) => {
    const document = structuredClone(t.document);
    change(document);
    return stableJson(document);
  };
  const merged = mergeFileTexts(stableJson(t.document), edit(mine), edit(theirs));
  if (!merged.ok || merged.conflicts.length === 0) throw new Error('no conflict');
  return JSON.parse(merged.text) as ConflictFile;
}

function show(file: ConflictFile, language: 'sv' | 'en' = 'sv') {
  const onResolve = vi.fn(() => Promise.resolve());
  render(
    <EditorStoreContext.Provider
      value={createEditorStore({
        format: 'termverkstad-library',
        formatVersion: 1,
        keywords: [...t.keywords],
        documents: [t.document],
        versions: [],
      })}
    >
      <LanguageContext.Provider value={language}>
        <ConflictDialog
          conflicts={[{ path: 'templates/t.json', file }]}
          onResolve={onResolve}
          onClose={() => undefined}
        />
      </LanguageContext.Provider>
    </EditorStoreContext.Provider>,
  );
  return onResolve;
}

const node = (d: TreeDocument, term: string) =>
  [d.nodes[0]!, ...(('children' in d.nodes[0]! && d.nodes[0].children) || []), ...d.nodes.slice(1)].find(
    (n) => n.id === t.node(term),
  ) as { required?: boolean; id: string };

describe('Ändrat av någon annan: each conflict in words, Behåll min / Behåll deras', () => {
  it('names the keyword and field, says both values, and sends the choices made', async () => {
    const file = conflictOf(
      (d) => {
        d.title = 'Min titel';
        node(d, 'Vad').required = true;
      },
      (d) => {
        d.title = 'Deras titel';
        node(d, 'Vad').required = false;
      },
    );
    const onResolve = show(file);
    const dialog = screen.getByRole('dialog', { name: 'Ändrat av någon annan' });
    const title = within(dialog).getByRole('group', {
      name: 'dokumentet ”Min titel” – titel: samma fält ändrat på båda håll',
    });
    expect(within(title).getByRole('radio', { name: 'Behåll min – ”Min titel”' })).toBeChecked();
    const required = within(dialog).getByRole('group', {
      name: '”Vad” – obligatoriskt: samma fält ändrat på båda håll',
    });
    expect(within(required).getByRole('radio', { name: 'Behåll deras – Nej' })).not.toBeChecked();
    await userEvent.click(within(required).getByRole('radio', { name: 'Behåll deras – Nej' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara valen' }));
    expect(onResolve).toHaveBeenCalledWith(
      new Map([
        [
          'templates/t.json',
          new Map([
            ['document:title', 'mine'],
            [`node:${t.node('Vad')}:required`, 'theirs'],
          ]),
        ],
      ]),
    );
  });

  it('says a removal against a change, and a move both ways, in English too', () => {
    const file = conflictOf(
      (d) => {
        d.nodes.splice(1, 1); // Uppföljning removed
        const [moved] = d.nodes.splice(1, 1); // Övrigt to the top of Åtgärd's children
        (d.nodes[0] as { children: unknown[] }).children.unshift(moved);
      },
      (d) => {
        (d.nodes[1] as { required?: boolean }).required = true; // Uppföljning changed
      },
    );
    show(file, 'en');
    const dialog = screen.getByRole('dialog', { name: 'Changed by someone else' });
    const removed = within(dialog).getByRole('group', {
      name: '”Uppföljning”: removed on one side, changed on the other',
    });
    expect(within(removed).getByRole('radio', { name: 'Keep mine – removed' })).toBeChecked();
    expect(
      within(removed).getByRole('radio', { name: 'Keep theirs – kept, with changes' }),
    ).toBeInTheDocument();
  });

  it('says where each side moved a node', () => {
    const file = conflictOf(
      (d) => {
        const [moved] = d.nodes.splice(2, 1);
        (d.nodes[0] as { children: unknown[] }).children.push(moved);
      },
      (d) => {
        const [moved] = d.nodes.splice(2, 1);
        (d.nodes[1] as { children?: unknown[] }).children = [moved];
      },
    );
    show(file);
    const moved = screen.getByRole('group', { name: '”Övrigt”: flyttat till olika platser' });
    expect(within(moved).getByRole('radio', { name: 'Behåll min – under ”Åtgärd”' })).toBeChecked();
    expect(
      within(moved).getByRole('radio', { name: 'Behåll deras – under ”Uppföljning”' }),
    ).toBeInTheDocument();
  });
});
