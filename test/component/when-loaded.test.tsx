import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDemand } from '../../src/components/on-demand.ts';
import { WhenLoaded } from '../../src/components/when-loaded.tsx';

describe('WhenLoaded', () => {
  it('shows nothing until the module is there, then what it renders', async () => {
    let arrive: (module: { readonly word: string }) => void = () => undefined;
    const module = onDemand(() => new Promise<{ readonly word: string }>((resolve) => (arrive = resolve)));
    render(<WhenLoaded module={module}>{(m) => <p>{m.word}</p>}</WhenLoaded>);
    expect(screen.queryByRole('paragraph')).toBeNull();
    await act(async () => {
      arrive({ word: 'Formuläret' });
      await module.load();
    });
    expect(screen.getByRole('paragraph').textContent).toBe('Formuläret');
  });

  it('renders in the first render when the module was fetched before (nothing suspends)', async () => {
    const module = onDemand(() => Promise.resolve({ word: 'Journaltext' }));
    await module.load();
    // No act, no waiting: the content is in the DOM as render returns.
    render(<WhenLoaded module={module}>{(m) => <p>{m.word}</p>}</WhenLoaded>);
    expect(screen.getByRole('paragraph').textContent).toBe('Journaltext');
  });
});
