import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Splitter } from '../../src/components/splitter.tsx';
import { Tabs } from '../../src/components/tabs.tsx';
import { InspectorSection } from '../../src/features/inspector/inspector-section.tsx';
import { ValueListEditor } from '../../src/features/inspector/value-list-editor.tsx';
import { LanguageContext } from '../../src/i18n/language.tsx';
import {
  DEFAULT_SIZES,
  defaultSizesFor,
  SHORT_WINDOW,
  LAYOUT_KEY,
  SIZE_LIMITS,
  useLayoutSizes,
} from '../../src/app/use-layout-sizes.ts';

function Sized(props: { grows: 1 | -1; start: number }) {
  const [size, setSize] = useState(props.start);
  return (
    <Splitter
      label="Ändra bredd"
      controls="x"
      orientation="vertical"
      size={size}
      min={100}
      max={200}
      grows={props.grows}
      onSize={setSize}
    />
  );
}

describe('Splitter', () => {
  it('moves by 16 px per arrow (80 with Shift), in the direction the panel grows, within min and max', async () => {
    const user = userEvent.setup();
    render(<Sized grows={1} start={150} />);
    const splitter = screen.getByRole('separator', { name: 'Ändra bredd' });
    splitter.focus();
    await user.keyboard('{ArrowRight}');
    expect(splitter).toHaveAttribute('aria-valuenow', '166');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(splitter).toHaveAttribute('aria-valuenow', '134');
    // One step below the minimum stops at it; Shift+Right from there is 80 px; End is the maximum.
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(splitter).toHaveAttribute('aria-valuenow', '100');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(splitter).toHaveAttribute('aria-valuenow', '180');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(splitter).toHaveAttribute('aria-valuenow', '200');
    await user.keyboard('{Home}');
    expect(splitter).toHaveAttribute('aria-valuenow', '100');
    await user.keyboard('{End}');
    expect(splitter).toHaveAttribute('aria-valuenow', '200');
  });

  it('grows a panel on its right when moved left', async () => {
    const user = userEvent.setup();
    render(<Sized grows={-1} start={150} />);
    const splitter = screen.getByRole('separator');
    splitter.focus();
    await user.keyboard('{ArrowLeft}');
    expect(splitter).toHaveAttribute('aria-valuenow', '166');
    expect(splitter).toHaveAttribute('aria-valuemin', '100');
    expect(splitter).toHaveAttribute('aria-valuemax', '200');
  });
});

describe('Tabs', () => {
  function Three() {
    const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
    return (
      <Tabs
        label="Flikar"
        selected={selected}
        onSelect={setSelected}
        tabs={[
          { id: 'a', label: 'Kontroll', badge: '2 fel', content: () => <p>innehåll a</p> },
          { id: 'b', label: 'Versioner', content: () => <p>innehåll b</p> },
          { id: 'c', label: 'Kommentarer', content: () => <p>innehåll c</p> },
        ]}
      />
    );
  }

  it('shows only the chosen panel; arrows wrap around, Home and End go to the ends', async () => {
    const user = userEvent.setup();
    render(<Three />);
    expect(screen.getByRole('tab', { name: 'Kontroll 2 fel' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Kontroll 2 fel' })).toHaveTextContent('innehåll a');
    expect(screen.queryByText('innehåll b')).toBeNull();
    screen.getByRole('tab', { name: /^Kontroll/ }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Kommentarer' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('innehåll c');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /^Kontroll/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('innehåll c');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('innehåll a');
    // One Tab stop: only the chosen tab is in the tab order.
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });
});

describe('useLayoutSizes', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a size, and ignores a stored size outside the limits (one below, at, one above)', () => {
    const defaults = defaultSizesFor(innerHeight);
    const { result, unmount } = renderHook(() => useLayoutSizes());
    expect(result.current[0]).toEqual(defaults);
    act(() => result.current[1]('library', 300));
    unmount();
    expect(renderHook(() => useLayoutSizes()).result.current[0].library).toBe(300);

    const { min, max } = SIZE_LIMITS.side;
    const stored = (side: number) => {
      localStorage.setItem(LAYOUT_KEY, JSON.stringify({ side }));
      return renderHook(() => useLayoutSizes()).result.current[0].side;
    };
    expect(stored(min - 1)).toBe(DEFAULT_SIZES.side);
    expect(stored(min)).toBe(min);
    expect(stored(max)).toBe(max);
    expect(stored(max + 1)).toBe(DEFAULT_SIZES.side);
    localStorage.setItem(LAYOUT_KEY, '{not json');
    expect(renderHook(() => useLayoutSizes()).result.current[0]).toEqual(defaults);
  });

  it('starts the drawer lower on a window under 800 px high, so the tree keeps most of it', () => {
    expect(defaultSizesFor(SHORT_WINDOW - 1)).toEqual({ ...DEFAULT_SIZES, drawer: 112 });
    expect(defaultSizesFor(SHORT_WINDOW)).toEqual(DEFAULT_SIZES);
    expect(DEFAULT_SIZES.drawer).toBe(160);
  });
});

describe('ValueListEditor', () => {
  it('gives pasted and added values labels no other value has (same, once taken, twice taken)', () => {
    const changes: string[][] = [];
    let id = 0;
    render(
      <LanguageContext.Provider value="sv">
        <ValueListEditor
          options={[
            { id: 'a', label: 'Lite' },
            { id: 'b', label: 'Nytt värde' },
          ]}
          createOptionId={() => `n${++id}`}
          onChange={(options) => changes.push(options.map((o) => o.label))}
        />
      </LanguageContext.Provider>,
    );
    const first = screen.getByRole('textbox', { name: 'Värde 1 – text' });
    // The value pasted into keeps its own label free; a taken one gets 2, then 3.
    fireEvent.paste(first, { clipboardData: { getData: () => 'Lite\nNytt värde\nNytt värde\nMer' } });
    expect(changes.at(-1)).toEqual(['Lite', 'Nytt värde 2', 'Nytt värde 3', 'Mer', 'Nytt värde']);
    // A single line is an ordinary paste: the list is not changed.
    fireEvent.paste(first, { clipboardData: { getData: () => 'En rad' } });
    expect(changes).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till värde' }));
    expect(changes.at(-1)).toEqual(['Lite', 'Nytt värde', 'Nytt värde 2']);
  });
});

describe('InspectorSection', () => {
  beforeEach(() => localStorage.clear());

  it('shows and hides its body by its heading button, and a closed section stays closed when shown again', async () => {
    const user = userEvent.setup();
    const section = () => (
      <InspectorSection id="codes" title="Koder" summary="2 koder">
        <p>Kodlistan</p>
      </InspectorSection>
    );
    const { unmount } = render(section());
    const toggle = screen.getByRole('button', { name: 'Koder 2 koder' });
    expect(screen.getByRole('heading', { level: 3, name: 'Koder 2 koder' })).toContainElement(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Kodlistan')).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Kodlistan')).not.toBeVisible();
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveAttribute('hidden');
    unmount();
    render(section());
    expect(screen.getByRole('button', { name: 'Koder 2 koder' })).toHaveAttribute('aria-expanded', 'false');
    // Another section is not affected, and opening again is remembered too.
    render(
      <InspectorSection id="usage" title="Användning">
        <p>Dokumenten</p>
      </InspectorSection>,
    );
    expect(screen.getByText('Dokumenten')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Koder 2 koder' }));
    expect(JSON.parse(localStorage.getItem('termverkstad:inspector-closed')!)).toEqual([]);
  });
});
