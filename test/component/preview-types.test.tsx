import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KEYWORD_TYPE_ORDER } from '../../src/domain/index.ts';
import { buildTree, everyTypeSpec } from '../helpers/build-tree.ts';
import { PreviewWithNote } from '../helpers/preview-form.tsx';

const t = buildTree(everyTypeSpec());

const Form = () => <PreviewWithNote document={t.document} catalog={t.catalog} />;

describe('the preview renders every keyword type from the registry, and each answer reaches the note', () => {
  it('covers every type the registry lists', () => {
    expect(new Set(t.keywords.map((k) => k.type))).toEqual(new Set(KEYWORD_TYPE_ORDER));
  });

  it('gives each type its control, and writes what is answered', async () => {
    const user = userEvent.setup();
    render(<Form />);
    const form = screen.getByRole('region', { name: 'Förhandsgranskning' });
    expect(within(form).getByRole('heading', { name: 'Alla typer' })).toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox', { name: 'Ja' }));
    await user.click(
      within(within(form).getByRole('radiogroup', { name: 'Janej' })).getByRole('radio', { name: 'Nej' }),
    );
    await user.click(
      within(within(form).getByRole('radiogroup', { name: 'Enval' })).getByRole('radio', { name: 'B (2 p)' }),
    );
    const flerval = within(form).getByRole('group', { name: 'Flerval' });
    await user.click(within(flerval).getByRole('checkbox', { name: 'D (3 p)' }));
    await user.click(within(flerval).getByRole('checkbox', { name: 'C (1 p)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Fri' }), 'Anteckning');
    await user.type(within(form).getByRole('textbox', { name: /^Tal/ }), '72,5');
    await user.type(within(form).getByRole('textbox', { name: /^Dag/ }), '2026-12-01');
    const tidpunkt = within(form).getByRole('group', { name: 'Tidpunkt' });
    await user.type(within(tidpunkt).getByRole('textbox', { name: 'Datum (ÅÅÅÅ-MM-DD)' }), '2026-11-30');
    await user.type(within(tidpunkt).getByRole('textbox', { name: 'Klockslag (tt:mm)' }), '14:05');
    // The score sums Enval (B = 2) and Flerval (C = 1, D = 3).
    expect(within(form).getByRole('status', { name: 'Summa' })).toHaveTextContent('6');
    expect(screen.getByTestId('note').textContent).toBe(
      [
        'Alla typer',
        '  Kryss: Ja',
        '  Janej: Nej',
        '  Enval: B',
        '  Flerval: C, D',
        '  Fri: Anteckning',
        '  Tal: 72,5 kg',
        '  Dag: 2026-12-01',
        '  Tidpunkt: 2026-11-30 14:05',
        '  Summa: 6',
      ].join('\n'),
    );
  });
});
