import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/domain/index.ts';
import { PreviewWithNote } from '../helpers/preview-form.tsx';
import { fromQuestionnaire } from '../../src/formats/fhir-import.ts';
import { getItemShapes } from '../../src/formats/fhir-item-shapes.ts';

const UNIT_OPTION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption';
const QUESTIONNAIRE = {
  resourceType: 'Questionnaire',
  status: 'draft',
  item: [
    { linkId: 'tid', text: 'Klockan', type: 'time' },
    {
      linkId: 'vikt',
      text: 'Vikt',
      type: 'quantity',
      extension: [
        { url: UNIT_OPTION, valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg' } },
        {
          url: UNIT_OPTION,
          valueCoding: { system: 'http://unitsofmeasure.org', code: '[lb_av]', display: 'lb' },
        },
      ],
    },
    { linkId: 'langd', text: 'Längd', type: 'quantity' },
    { linkId: 'puls', text: 'Puls', type: 'quantity', initial: [{ valueQuantity: { unit: '/min' } }] },
    {
      linkId: 'farg',
      text: 'Färg',
      type: 'open-choice',
      answerOption: [
        { valueCoding: { code: 'rod', display: 'Röd' } },
        { valueCoding: { code: 'bla', display: 'Blå' } },
      ],
    },
    {
      linkId: 'om-gron',
      text: 'Varför grön?',
      type: 'string',
      enableWhen: [{ question: 'farg', operator: '=', answerString: 'Grön' }],
    },
    {
      linkId: 'symtom',
      text: 'Symtom',
      type: 'open-choice',
      repeats: true,
      answerOption: [
        { valueCoding: { code: 'feber', display: 'Feber' } },
        { valueCoding: { code: 'hosta', display: 'Hosta' } },
      ],
    },
    {
      linkId: 'om-yrsel',
      text: 'Sedan när yrsel?',
      type: 'string',
      enableWhen: [{ question: 'symtom', operator: '=', answerString: 'Yrsel' }],
    },
    { linkId: 'fri', text: 'Fritt', type: 'string' },
  ],
};
const imported = fromQuestionnaire(structuredClone(QUESTIONNAIRE), '2026-12-01T00:00:00Z');
if (!imported.ok) throw new Error('refused');
const { document } = imported.file;
const catalog = createCatalog(imported.file.keywords);

describe('the shapes of imported items', () => {
  it('names a time, a quantity with its units, and an open choice; nothing else', () => {
    expect(Object.fromEntries(getItemShapes(document.keptFromImport))).toEqual({
      tid: { kind: 'time' },
      vikt: { kind: 'quantity', units: ['kg', 'lb'] },
      langd: { kind: 'quantity', units: [] },
      puls: { kind: 'quantity', units: ['/min'] },
      farg: { kind: 'openChoice' },
      symtom: { kind: 'openChoice' },
    });
  });
});

const Form = () => <PreviewWithNote document={document} catalog={catalog} />;

describe('the preview asks for an imported item as a FHIR renderer does', () => {
  it('a time on one line, a quantity as a number and its unit, an open choice with a free answer', async () => {
    const user = userEvent.setup();
    render(<Form />);
    const form = screen.getByRole('region', { name: 'Förhandsgranskning' });
    const time = within(form).getByRole('textbox', { name: 'Klockan (tt:mm)' });
    expect(time.tagName).toBe('INPUT');
    await user.type(time, '14:30');

    const vikt = within(form).getByRole('group', { name: 'Vikt' });
    await user.type(within(vikt).getByRole('textbox', { name: 'Värde' }), '72,5');
    await user.selectOptions(within(vikt).getByRole('combobox', { name: 'Enhet' }), 'lb');
    const langd = within(form).getByRole('group', { name: 'Längd' });
    expect(within(langd).queryByRole('combobox')).toBeNull();
    await user.type(within(langd).getByRole('textbox', { name: 'Värde' }), '1 80');

    const farg = within(form).getByRole('radiogroup', { name: 'Färg' });
    await user.click(within(farg).getByRole('radio', { name: 'Röd' }));
    const other = within(farg).getByRole('textbox', { name: 'Annat svar' });
    expect(other).toHaveValue('');
    expect(within(form).queryByRole('textbox', { name: 'Varför grön?' })).toBeNull();
    await user.type(other, 'Grön');
    expect(within(farg).getByRole('radio', { name: 'Röd' })).not.toBeChecked();
    // The free answer is the answer a condition compares with.
    expect(within(form).getByRole('textbox', { name: 'Varför grön?' })).toBeInTheDocument();

    // A repeating open choice: the words after the ticked values, and a condition on them holds.
    const symtom = within(form).getByRole('group', { name: 'Symtom' });
    await user.click(within(symtom).getByRole('checkbox', { name: 'Hosta' }));
    expect(within(form).queryByRole('textbox', { name: 'Sedan när yrsel?' })).toBeNull();
    await user.type(within(symtom).getByRole('textbox', { name: 'Annat svar' }), 'Yrsel');
    await user.click(within(symtom).getByRole('checkbox', { name: 'Feber' }));
    expect(within(form).getByRole('textbox', { name: 'Sedan när yrsel?' })).toBeInTheDocument();

    expect(screen.getByTestId('note').textContent).toBe(
      ['Klockan: 14:30', 'Vikt: 72,5 lb', 'Längd: 180', 'Färg: Grön', 'Symtom: Feber, Hosta, Yrsel'].join(
        '\n',
      ),
    );
    await user.click(within(farg).getByRole('radio', { name: 'Blå' }));
    expect(other).toHaveValue('');
    expect(screen.getByTestId('note').textContent).toContain('Färg: Blå');
  });
});
