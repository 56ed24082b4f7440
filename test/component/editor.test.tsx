import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
// jsdom has no workers: Kontroll runs in the test's thread.
import { createInlineChecker } from '../../src/features/diagnostics/inline-checker.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';
import { createEditorStore } from '../../src/state/create-store.ts';

function renderEditor() {
  const user = userEvent.setup();
  const store = createEditorStore(buildExampleLibrary());
  render(<App store={store} createChecker={createInlineChecker} />);
  const tree = () => screen.getByRole('tree', { name: 'Sökordsträd' });
  const rows = () => within(tree()).getAllByRole('treeitem');
  const row = (name: string | RegExp) => within(tree()).getByRole('treeitem', { name });
  const status = () => screen.getByRole('status', { name: 'Meddelanden' });
  const inspector = () => screen.getByRole('region', { name: 'Egenskaper' });
  return { user, store, tree, rows, row, status, inspector };
}

/** jsdom has no clipboard: the copy, cut and paste events get this store (e2e uses Chromium's). */
function clipboardStandIn() {
  const clipboard = new Map<string, string>();
  const clipboardData = {
    setData: (type: string, value: string) => void clipboard.set(type, value),
    getData: (type: string) => clipboard.get(type) ?? '',
  };
  return { clipboard, clipboardData };
}

const names = (elements: HTMLElement[]) => elements.map((e) => e.getAttribute('aria-label')!.split(',')[0]);

describe('keyboard editing in the tree', () => {
  it('moves with Alt+arrows: down, in under the previous sibling, out again; the edge is explained', async () => {
    const { user, rows, row, status } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Fäll ihop alla' }));
    await user.click(row(/^Begränsande/));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(row(/^Åtgärd,/)).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(status()).toHaveTextContent('Det går inte att flytta längre åt det hållet.');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(names(rows()).slice(1, 3)).toEqual(['Begäran/initiativ från', 'Åtgärd']);
    expect(row(/^Åtgärd,/)).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(row(/^Åtgärd,/)).toHaveAttribute('aria-level', '3');
    expect(row(/^Begäran\/initiativ från/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(row(/^Åtgärd,/)).toHaveAttribute('aria-level', '2');
    expect(status()).toHaveTextContent('Sökordet flyttades.');
  });

  it('refuses a move that would put a condition before its source, and says whose', async () => {
    const { user, row, status } = renderEditor();
    await user.click(row(/^Mognadsbedömning gjord/));
    for (let i = 0; i < 3; i++) await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(status()).toHaveTextContent('Sökordet flyttades.');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(status()).toHaveTextContent('Villkoren för "Mognadsbedömning gjord" skulle inte längre gå ihop.');
  });

  it('renames in place with Enter or F2; Escape cancels', async () => {
    const { user, row, tree } = renderEditor();
    await user.click(row(/^Beslutsdatum/));
    await user.keyboard('{F2}');
    const box = within(tree()).getByRole('combobox', { name: 'Sökordsterm' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.keyboard('Datum för beslut{Enter}');
    expect(row(/^Datum för beslut, Datum/)).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('Annat{Escape}');
    expect(row(/^Datum för beslut, Datum/)).toBeInTheDocument();
  });

  it('adds a sibling or child from the keyboard and lets you name it at once', async () => {
    const { user, row } = renderEditor();
    await user.click(row(/^Planerad omprövning/));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('Uppföljning{Enter}');
    expect(row(/^Uppföljning, Fritext/)).toHaveAttribute('aria-level', '2');
    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    await user.keyboard('Datum för uppföljning{Enter}');
    expect(row(/^Datum för uppföljning/)).toHaveAttribute('aria-level', '3');
  });

  it('removes with Delete, offers to detach dependants, and Ctrl+Z / Ctrl+Y undo and redo', async () => {
    const { user, row, status, rows } = renderEditor();
    const before = rows().length;
    await user.click(row(/^Tillgängliggörandet avser/));
    await user.keyboard('{Delete}');
    expect(status()).toHaveTextContent(
      'Andra sökord visas beroende av det här: "Mognadsbedömning gjord", "Ungdomens inställning", "Särskilda skäl".',
    );
    await user.click(within(status()).getByRole('button', { name: 'Ta bort ändå' }));
    expect(rows()).toHaveLength(before - 1);
    expect(row(/^Mognadsbedömning gjord/)).not.toHaveAccessibleName(/visas när/);
    await user.keyboard('{Control>}z{/Control}');
    expect(rows()).toHaveLength(before);
    expect(row(/^Mognadsbedömning gjord/)).toHaveAccessibleName(
      /visas när Tillgängliggörandet avser = Ungdom/,
    );
    expect(status()).toHaveTextContent('Ångrade: Sökordet togs bort.');
    await user.keyboard('{Control>}y{/Control}');
    expect(rows()).toHaveLength(before - 1);
  });

  it('copies a subtree to the clipboard (with a list of its terms) and pastes it into another document', async () => {
    const { user, row, rows, status } = renderEditor();
    const { clipboard, clipboardData } = clipboardStandIn();
    await user.click(row(/^Beslut fattat av/));
    fireEvent.copy(row(/^Beslut fattat av/), { clipboardData });
    expect(status()).toHaveTextContent('Beslut fattat av kopierades.');
    expect(clipboard.get('text/plain')).toBe(
      'Beslut fattat av (Envalslista: Verksamhetschef, Bakjour (jourtid), Ansvarig läkare, Annan)' +
        ' – visas när Begränsande eller tillgängliggörande åtgärder 1177 = Ja\n' +
        '\tBeslutsfattare, befattning (Fritext) – visas när Beslut fattat av = Annan',
    );

    await user.click(
      within(screen.getByRole('navigation', { name: 'Bibliotek' })).getByRole('button', {
        name: /^Ordination av egenmonitorering/,
      }),
    );
    const before = rows().length;
    await user.click(rows()[0]!);
    fireEvent.paste(rows()[0]!, { clipboardData });
    expect(
      await within(screen.getByRole('tree')).findByRole(
        'treeitem',
        { name: /^Beslut fattat av,/ },
        { timeout: 10_000 },
      ),
    ).toHaveFocus();
    expect(rows()).toHaveLength(before + 2);
    expect(row('Beslutsfattare, befattning, Fritext, obligatoriskt, visas när Annan')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Duplicera' }));
    expect(row(/^Beslut fattat av \(kopia\)/)).toBeInTheDocument();
  });

  it('lists the keys under Kortkommandon, in the chosen language', async () => {
    const { user } = renderEditor();
    const button = screen.getByRole('button', { name: 'Kortkommandon' });
    const help = document.getElementById(button.getAttribute('popovertarget')!)!;
    expect(help).toHaveAttribute('popover', 'auto');
    expect([...help.querySelectorAll('dt')].map((term) => term.textContent)).toContain('Ctrl+Shift+Enter');
    expect(within(help).getByText('Lägg till undersökord')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('button', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('cuts with Ctrl+X (undoably) and pastes the keyword elsewhere', async () => {
    const { user, row, rows, status } = renderEditor();
    const { clipboardData } = clipboardStandIn();
    const before = names(rows());
    await user.click(row(/^Beslutsdatum/));
    fireEvent.cut(row(/^Beslutsdatum/), { clipboardData });
    expect(names(rows())).not.toContain('Beslutsdatum');
    expect(status()).toHaveTextContent('Sökordet togs bort.');
    await user.click(row(/^Bedömning och skäl/));
    fireEvent.paste(row(/^Bedömning och skäl/), { clipboardData });
    await within(screen.getByRole('tree')).findByRole(
      'treeitem',
      { name: /^Beslutsdatum,/ },
      { timeout: 10_000 },
    );
    const after = names(rows());
    expect(after.indexOf('Beslutsdatum')).toBe(after.indexOf('Bedömning och skäl') + 1);
    expect(after).toHaveLength(before.length);
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(names(rows())).toEqual(before);
  });

  it('refuses a pasted clipboard that is not a sound subtree, naming what is wrong', async () => {
    const { user, row, rows, status } = renderEditor();
    const before = rows().length;
    await user.click(row(/^Beslut fattat av/));
    const file = { format: 'termverkstad-fragment', formatVersion: 1, document: { id: 'x' }, keywords: [] };
    const clipboardData = {
      getData: (type: string) =>
        type === 'application/vnd.termverkstad.fragment+json' ? JSON.stringify(file) : '',
    };
    fireEvent.paste(row(/^Beslut fattat av/), { clipboardData });
    // Reading a paste loads the checks first (a separate chunk).
    await waitFor(() => expect(status()).toHaveTextContent(/^Urklippet kunde inte klistras in: .*document/), {
      timeout: 10_000,
    });
    fireEvent.paste(row(/^Beslut fattat av/), {
      clipboardData: { getData: (type: string) => (type === 'text/plain' ? ' \n\t' : '') },
    });
    expect(status()).toHaveTextContent('Urklippet är tomt.');
    expect(rows()).toHaveLength(before);
  });
});

describe('the inspector (Egenskaper)', () => {
  it('edits the term, type, value list, scores and required of the selected keyword', async () => {
    const { user, row, inspector, store } = renderEditor();
    await user.click(row(/^Bedömning och skäl/));
    const panel = within(inspector());
    const term = panel.getByRole('textbox', { name: 'Sökordsterm' });
    await user.clear(term);
    await user.type(term, 'Skäl');
    expect(row(/^Skäl, Fritext/)).toBeInTheDocument();
    await user.selectOptions(panel.getByRole('combobox', { name: 'Typ' }), 'Envalslista');
    expect(row(/^Skäl, Envalslista/)).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Lägg till värde' }));
    await user.click(panel.getByRole('button', { name: 'Lägg till värde' }));
    // Focus moves into the new value on the next frame: wait for it, or it lands mid-typing below.
    await waitFor(() => expect(panel.getByRole('textbox', { name: 'Värde 2 – text' })).toHaveFocus());
    const first = panel.getByRole('textbox', { name: 'Värde 1 – text' });
    await user.clear(first);
    await user.type(first, 'Medicinska');
    // A plain list shows no points until asked for.
    expect(panel.queryByRole('textbox', { name: 'Värde 1 – poäng' })).toBeNull();
    await user.click(panel.getByRole('button', { name: 'Ge värdena poäng' }));
    await user.type(panel.getByRole('textbox', { name: 'Värde 1 – poäng' }), '2,5');
    await user.click(panel.getByRole('button', { name: 'Flytta ned Medicinska' }));
    expect(panel.getByRole('textbox', { name: 'Värde 2 – text' })).toHaveValue('Medicinska');
    const keyword = [...store.getSnapshot().library.keywords.values()].find((k) => k.term === 'Skäl')!;
    expect(keyword.options?.map((o) => [o.label, o.score])).toEqual([
      ['Nytt värde 2', undefined],
      ['Medicinska', 2.5],
    ]);
    await user.click(panel.getByRole('checkbox', { name: 'Obligatoriskt' }));
    expect(row(/^Skäl, Envalslista, visas när Ja/)).toBeInTheDocument();
  });

  it('offers Obligatoriskt only for what is answered: a heading hides it, and a required one shows it to clear', async () => {
    const { user, row, inspector } = renderEditor();
    await user.click(row(/^Bedömning och skäl/));
    const panel = within(inspector());
    const required = () => panel.queryByRole('checkbox', { name: 'Obligatoriskt' });
    const type = panel.getByRole('combobox', { name: 'Typ' });
    expect(required()).toBeChecked();
    // Made a heading, it keeps its mark, shown only so it can be cleared; cleared, it is not offered.
    await user.selectOptions(type, 'Rubrik');
    expect(required()).toBeChecked();
    await user.click(required()!);
    expect(required()).toBeNull();
    expect(row(/^Bedömning och skäl, Rubrik/)).not.toHaveAccessibleName(/obligatoriskt/);
    await user.selectOptions(type, 'Fritext');
    expect(required()).not.toBeChecked();
  });

  it('gives a value its own codes (system, code, text)', async () => {
    const { user, row, inspector, store } = renderEditor();
    await user.click(row(/^Åtgärd,/));
    const panel = within(inspector());
    await user.click(panel.getByRole('button', { name: 'Koder för Begränsning (0)' }));
    await user.click(panel.getByRole('button', { name: 'Lägg till kod för Begränsning' }));
    await user.selectOptions(
      panel.getByRole('combobox', { name: 'System för kod 1 för Begränsning' }),
      'SNOMED CT',
    );
    const code = panel.getByRole('textbox', { name: 'Kod 1 för Begränsning' });
    await user.clear(code);
    await user.type(code, '1234567');
    await user.type(
      panel.getByRole('textbox', { name: 'Text för kod 1 för Begränsning' }),
      'Begränsning av åtkomst',
    );
    const option = store.getSnapshot().library.keywords.get('kw-atg1177-atgard')!.options![0]!;
    expect(option.codes).toEqual([
      { system: 'SNOMED CT', code: '1234567', display: 'Begränsning av åtkomst' },
    ]);
    expect(panel.getByRole('button', { name: 'Koder för Begränsning (1)' })).toBeInTheDocument();
  });

  it('refuses a type change that breaks conditions, and makes it when asked, dropping them', async () => {
    const { user, row, inspector, status } = renderEditor();
    await user.click(row(/^Tidsbegränsat/));
    await user.selectOptions(within(inspector()).getByRole('combobox', { name: 'Typ' }), 'Fritext');
    expect(status()).toHaveTextContent('Villkoren för "Gäller till och med" skulle inte längre gå ihop.');
    expect(row(/^Tidsbegränsat, Ja\/Nej/)).toBeInTheDocument();
    await user.click(within(status()).getByRole('button', { name: 'Ändra ändå' }));
    expect(row(/^Tidsbegränsat, Fritext/)).toBeInTheDocument();
    expect(row('Gäller till och med, Datum, obligatoriskt')).toBeInTheDocument();
  });

  it('"Gör dynamiskt" gives every child without a condition "visas när Ja"', async () => {
    const { user, row, inspector } = renderEditor();
    await user.click(row(/^Beslutsdatum/));
    await user.selectOptions(within(inspector()).getByRole('combobox', { name: 'Typ' }), 'Ja/Nej');
    // The tree's shortcuts work where the tree has focus.
    await user.click(row(/^Beslutsdatum/));
    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}Beslutet gäller från{Enter}');
    await user.click(row(/^Beslutsdatum/));
    await user.click(within(inspector()).getByRole('button', { name: 'Gör dynamiskt' }));
    expect(row('Beslutet gäller från, Fritext, visas när Ja')).toBeInTheDocument();
  });
});

describe('the condition editor (Visas när)', () => {
  it('offers valid sources (the parent first), their operators and values, combines clauses and says it in words', async () => {
    const { user, row, inspector } = renderEditor();
    await user.click(row(/^Särskilda skäl/));
    const panel = within(within(inspector()).getByRole('group', { name: 'Visas när' }));
    expect(
      panel.getByText(
        'visas när Tillgängliggörandet avser = Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)',
      ),
    ).toBeInTheDocument();
    const sources = within(panel.getByRole('combobox', { name: 'Villkor 1: sökord' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(sources[0]).toBe('Åtgärd');
    expect(sources).toContain('Begränsande eller tillgängliggörande åtgärder 1177');
    expect(sources).not.toContain('Särskilda skäl');
    expect(sources).not.toContain('Planerad omprövning');

    await user.click(panel.getByRole('button', { name: 'Lägg till villkor' }));
    expect(panel.getByRole('combobox', { name: 'Villkor 2: sökord' })).toHaveValue('atg1177-atgard');
    expect(
      within(panel.getByRole('combobox', { name: 'Villkor 2: jämförelse' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['är', 'är inte', 'är ifylld', 'är tom']);
    await user.selectOptions(panel.getByRole('combobox', { name: 'Villkor 2: värde' }), 'Tillgängliggörande');
    await user.click(panel.getByRole('radio', { name: 'Någon' }));
    expect(
      panel.getByText(
        'visas när Tillgängliggörandet avser = Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst) eller Åtgärd = Tillgängliggörande',
      ),
    ).toBeInTheDocument();
    await user.selectOptions(panel.getByRole('combobox', { name: 'Villkor 2: jämförelse' }), 'är ifylld');
    expect(panel.queryByRole('combobox', { name: 'Villkor 2: värde' })).toBeNull();
    await user.click(panel.getByRole('button', { name: 'Ta bort villkor 1' }));
    expect(panel.getByText('visas när Åtgärd är ifylld')).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Visa alltid' }));
    expect(panel.getByText('Visas alltid.')).toBeInTheDocument();
    // Under a choice keyword with no condition it never folds: Kontroll warns at once.
    expect(row('Särskilda skäl, Fritext, obligatoriskt, 1 varning')).toBeInTheDocument();
  });

  it('takes numbers with a decimal comma for a number or score source', async () => {
    const { user, store } = renderEditor();
    await user.click(screen.getByRole('button', { name: /^PHQ-9 depressionsskattning/ }));
    await user.click(screen.getByRole('treeitem', { name: /^PHQ-9 funktion/ }));
    const panel = within(screen.getByRole('group', { name: 'Visas när' }));
    expect(panel.getByRole('combobox', { name: 'Villkor 1: jämförelse' })).toHaveValue('greaterOrEqual');
    const value = panel.getByRole('textbox', { name: 'Villkor 1: värde' });
    await user.clear(value);
    await user.type(value, '9,5');
    await user.tab();
    const node = store.getSnapshot().library.documents.get('exempel-phq9')!;
    expect(JSON.stringify(node)).toContain('"operator":"greaterOrEqual","value":9.5');
  });
});

describe('the library', () => {
  it('creates a template, renames it, deletes it, and undo brings it back', async () => {
    const { user } = renderEditor();
    const library = within(screen.getByRole('navigation', { name: 'Bibliotek' }));
    await user.click(library.getByRole('button', { name: 'Ny mall' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Ny mall' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.type(title, 'Besök');
    expect(library.getByRole('button', { name: /^Besök/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ta bort dokumentet' }));
    expect(library.queryByRole('button', { name: /^Besök/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(library.getByRole('button', { name: /^Besök/ })).toBeInTheDocument();
  });
});

describe('search and "Flytta till…"', () => {
  it('filters the tree by term, keeps ancestors, marks the matches and says how many', async () => {
    const { user, rows } = renderEditor();
    await user.type(screen.getByRole('searchbox', { name: 'Sök i trädet' }), 'datum');
    expect(screen.getByText('2 träffar.')).toBeInTheDocument();
    expect(names(rows())).toEqual([
      'Begränsande eller tillgängliggörande åtgärder 1177',
      'Åtgärd',
      'Datum för ursprunglig åtgärd',
      'Beslutsdatum',
    ]);
    expect(
      screen.getAllByText('datum', { selector: 'mark' }).length +
        screen.getAllByText('Datum', { selector: 'mark' }).length,
    ).toBe(2);
    await user.clear(screen.getByRole('searchbox', { name: 'Sök i trädet' }));
    expect(rows().length).toBeGreaterThan(20);
  });

  it('moves a subtree anywhere through the dialog, and explains a refused move inside it', async () => {
    const { user, row } = renderEditor();
    await user.click(row(/^Planerad omprövning/));
    await user.click(screen.getByRole('button', { name: 'Flytta till…' }));
    // The dialog is fetched when first opened.
    const dialog = await screen.findByRole('dialog', { name: 'Flytta till' });
    expect(
      within(dialog).getByText('Flytta Planerad omprövning med allt under sig till:'),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Under' }),
      'atg1177-tidsbegransat',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Plats' }),
      'Efter Gäller till och med',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Flytta' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(row(/^Planerad omprövning/)).toHaveAttribute('aria-level', '4');
    expect(row(/^Planerad omprövning/)).toHaveFocus();

    await user.click(row(/^Mognadsbedömning gjord/));
    await user.click(screen.getByRole('button', { name: 'Flytta till…' }));
    const second = screen.getByRole('dialog', { name: 'Flytta till' });
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Under' }), '');
    await user.click(within(second).getByRole('button', { name: 'Flytta' }));
    expect(within(second).getByRole('alert')).toHaveTextContent(
      'Villkoren för "Mognadsbedömning gjord" skulle inte längre gå ihop.',
    );
    await user.click(within(second).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
