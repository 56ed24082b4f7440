import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/domain/index.ts';
import { fromQuestionnaire } from '../../src/formats/fhir-import.ts';
import { Preview } from '../../src/features/preview/preview.tsx';

const APGAR = join(import.meta.dirname, '../fixtures/fhir-corpus/lforms-apgar-with-itemWeight-variable.json');

describe('FHIRPath an imported form carries is shown in the preview, read-only, not evaluated', () => {
  it('the Apgar total shows its calculatedExpression and variables, and cannot be typed in', () => {
    const imported = fromQuestionnaire(
      JSON.parse(readFileSync(APGAR, 'utf8')) as Record<string, unknown>,
      'x',
    );
    if (!imported.ok) throw new Error('refused');
    render(
      <Preview
        document={imported.file.document}
        catalog={createCatalog(imported.file.keywords)}
        answers={new Map()}
        onAnswer={() => undefined}
        onReset={() => undefined}
      />,
    );
    const form = screen.getByRole('region', { name: 'Förhandsgranskning' });
    const total = within(form).getByRole('textbox', { name: '1-Min-Apgar Gesamtpunktzahl' });
    expect(total).toBeDisabled();
    expect(total).toHaveAccessibleDescription(
      expect.stringContaining(
        'Beräknas av en FHIR-läsare, inte i förhandsgranskningen (FHIRPath): iif(%a.exists() and %b.exists()',
      ),
    );
    expect(total).toHaveAccessibleDescription(
      expect.stringContaining('Variabel %a (FHIRPath): %questionnaire.item'),
    );
    // An item without FHIRPath is as before.
    expect(
      within(form).getByRole('radiogroup', { name: '1-Min-Apgar Hautfarbe' }),
    ).not.toHaveAccessibleDescription();
  });
});
