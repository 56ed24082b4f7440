import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
// jsdom has no workers: Kontroll runs in the test's thread.
import { createInlineChecker } from '../../src/features/diagnostics/inline-checker.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';
import type { LibraryFile } from '../../src/domain/model.ts';
import { createEditorStore } from '../../src/state/create-store.ts';

function renderApp(library: LibraryFile = buildExampleLibrary()) {
  const user = userEvent.setup();
  render(<App store={createEditorStore(library)} createChecker={createInlineChecker} />);
  return { user, tree: () => screen.getByRole('tree', { name: 'Sökordsträd' }) };
}

const rowNamed = (name: string | RegExp) => screen.getByRole('treeitem', { name });

describe('the app shell', () => {
  it('starts in Swedish with the library, the open document tree and its checks', () => {
    renderApp();
    const library = screen.getByRole('navigation', { name: 'Bibliotek' });
    expect(within(library).getAllByRole('listitem')).toHaveLength(6);
    expect(within(library).getByRole('button', { name: 'Ny mall' })).toBeInTheDocument();
    expect(within(library).getByRole('button', { name: /PHQ-9 depressionsskattning/ })).toHaveTextContent(
      'Utkast · version 0.1.0 · Exempel',
    );
    expect(screen.getByRole('tree', { name: 'Sökordsträd' })).toBeInTheDocument();
    const root = rowNamed(/^Begränsande eller tillgängliggörande åtgärder 1177, Ja\/Nej/);
    expect(root).toHaveAttribute('aria-level', '1');
    expect(root).toHaveAttribute('aria-expanded', 'true');
    expect(rowNamed('Åtgärd, Envalslista, obligatoriskt, visas när Ja')).toHaveAttribute('aria-level', '2');
    expect(
      within(screen.getByRole('region', { name: 'Kontroll' })).getByText('Inga fel eller varningar.'),
    ).toBeInTheDocument();
  });

  it('opens another document from the library', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: /^Levnadsvanor/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Levnadsvanor' })).toBeInTheDocument();
    expect(
      rowNamed('Åtgärd fysisk aktivitet, Envalslista, visas när Aktivitetsminuter per vecka < 150'),
    ).toBeInTheDocument();
  });

  it('follows the WAI-ARIA tree keys: arrows, Right/Left to open, close and go to the parent, Home/End', async () => {
    const { user, tree } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Fäll ihop alla' }));
    expect(within(tree()).getAllByRole('treeitem')).toHaveLength(1);
    const root = rowNamed(/^Begränsande/);
    await user.click(root);
    expect(root).toHaveAttribute('aria-selected', 'true');
    expect(root).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(root).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(rowNamed(/^Åtgärd, Envalslista/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rowNamed(/^Begäran\/initiativ från/)).toHaveFocus();
    expect(rowNamed(/^Begäran\/initiativ från/)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(rowNamed(/^Planerad omprövning/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(root).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(root).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Home}');
    expect(root).toHaveFocus();
    // Only one row is in the tab order (roving tabindex).
    expect(
      within(tree())
        .getAllByRole('treeitem')
        .filter((row) => row.tabIndex === 0),
    ).toHaveLength(1);
  });

  it('switches to English with Språk', async () => {
    const { user } = renderApp();
    // A message shown before the switch is shown in English after it.
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('status', { name: 'Meddelanden' })).toHaveTextContent(
      'Det finns inget att ångra.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    // The English strings are a separate download: the switch comes when they are here.
    expect(await screen.findByRole('navigation', { name: 'Library' })).toBeInTheDocument();
    expect(screen.getByRole('tree', { name: 'Keyword tree' })).toBeInTheDocument();
    expect(rowNamed('Åtgärd, Single choice, required, shown when Ja')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('status', { name: 'Messages' })).toHaveTextContent('There is nothing to undo.');
  });

  it('lists findings in Kontroll; choosing one reveals and selects its node', async () => {
    const library = buildExampleLibrary();
    // Break one condition deep in the 1177 fragment: its source now comes later.
    const fragment = library.documents[0]!;
    const text = JSON.stringify(fragment).replace(
      '"source":"atg1177-typ-av-begransning","operator":"includes","value":"forsegling-av-1177-journal-viss-vardenhet"',
      '"source":"atg1177-planerad-omprovning","operator":"answered"',
    );
    library.documents[0] = JSON.parse(text) as typeof fragment;
    const { user } = renderApp(library);
    await user.click(screen.getByRole('button', { name: 'Fäll ihop alla' }));
    const checks = screen.getByRole('region', { name: 'Kontroll' });
    expect(within(checks).getByText('1 fel, 0 varningar')).toBeInTheDocument();
    await user.click(
      within(checks).getByRole('button', { name: /Vårdenhet som förseglas.*kommer senare i mallen/ }),
    );
    const row = rowNamed(/^Vårdenhet som förseglas/);
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAccessibleName(
      'Vårdenhet som förseglas, Fritext, obligatoriskt, visas när Planerad omprövning är ifylld, 1 fel',
    );
    expect(row).toHaveTextContent('1 fel');
  });
});
