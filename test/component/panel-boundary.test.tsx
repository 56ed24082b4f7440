import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { PanelBoundary } from '../../src/components/panel-boundary.tsx';
import { LanguageContext } from '../../src/i18n/language.tsx';
import { loadStrings } from '../../src/i18n/languages.ts';
import { createInlineChecker } from '../../src/features/diagnostics/inline-checker.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';
import { createEditorStore } from '../../src/state/create-store.ts';

// The app loads English when it is chosen; these tests render in English directly.
beforeAll(() => loadStrings('en'));

// A panel that fails while rendering, as a bug would: Egenskaper throws for as long as `failing` says.
const failing = vi.hoisted(() => ({ now: true }));
vi.mock('../../src/features/inspector/inspector.tsx', () => ({
  Inspector: () => {
    if (failing.now) throw new Error('Egenskaper föll');
    return <p>Egenskaper igen</p>;
  },
}));

function Thrower({ when }: { when: boolean }) {
  if (when) throw new Error('Trasig panel');
  return <p>Panelen fungerar</p>;
}

// Restore only this file's spies: the setup's element sizes (for the virtual tree) must stay.
let quiet: { mockRestore: () => void } | undefined;
const silenceConsoleError = () => {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  quiet = spy;
  return spy;
};
afterEach(() => {
  failing.now = true;
  quiet?.mockRestore();
});

describe('a panel that throws', () => {
  it('shows what failed in its own place, keeps its neighbours, and can be tried again', async () => {
    silenceConsoleError();
    const user = userEvent.setup();
    function Harness() {
      const [broken, setBroken] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setBroken(false)}>
            Laga
          </button>
          <PanelBoundary name="Grenar">
            <Thrower when={broken} />
          </PanelBoundary>
          <PanelBoundary name="Kontroll">
            <Thrower when={false} />
          </PanelBoundary>
        </>
      );
    }
    render(<Harness />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Grenar kunde inte visas' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Trasig panel');
    expect(screen.getByText('Panelen fungerar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laga' }));
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByText('Panelen fungerar')).toHaveLength(2);
  });

  it('speaks the chosen language', () => {
    silenceConsoleError();
    render(
      <LanguageContext.Provider value="en">
        <PanelBoundary name="Branches">
          <Thrower when />
        </PanelBoundary>
      </LanguageContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Branches could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('in the app: Egenskaper fails, the tree, Kontroll and the library still work', async () => {
    const logged = silenceConsoleError();
    const user = userEvent.setup();
    render(<App store={createEditorStore(buildExampleLibrary())} createChecker={createInlineChecker} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Egenskaper kunde inte visas' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Egenskaper föll');
    expect(logged).toHaveBeenCalledWith('Panel "Egenskaper" failed', expect.any(Error), expect.any(String));
    // The rest of the app goes on: the tree edits, Kontroll checks, another document opens.
    await user.click(screen.getByRole('treeitem', { name: /^Åtgärd, Envalslista/ }));
    await user.click(screen.getByRole('button', { name: 'Duplicera' }));
    expect(screen.getByRole('status', { name: 'Meddelanden' })).toHaveTextContent('Sökordet duplicerades.');
    expect(screen.getByRole('region', { name: 'Kontroll' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Levnadsvanor/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Levnadsvanor' })).toBeInTheDocument();
    failing.now = false;
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(screen.getByText('Egenskaper igen')).toBeInTheDocument();
  });
});
