import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import { removeScenario, saveScenario, updateScenario } from '../../../src/commands/index.ts';
import type { LibraryState } from '../../../src/domain/index.ts';
import { captureScenario } from '../../../src/domain/index.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';
import { answersByTerm, exampleCatalog } from '../../helpers/examples.ts';

const FRAGMENT = 'exempel-1177-fragment';
const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';

function apply(state: LibraryState, result: CommandResult): LibraryState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
}

describe('Testfall commands', () => {
  const start = exampleState();
  const document = start.documents.get(FRAGMENT)!;
  const captured = (answer: 'Ja' | 'Nej') =>
    captureScenario(document, exampleCatalog, answersByTerm(document, [[ROOT, answer]]));

  it('save adds a named scenario with a fresh id and the time; update takes a new outcome; remove drops it', () => {
    const context = createTestContext();
    const saved = apply(
      start,
      saveScenario(start, { documentId: FRAGMENT, name: '  Ja  ', captured: captured('Ja') }, context),
    );
    const [scenario] = saved.documents.get(FRAGMENT)!.scenarios!;
    expect(scenario).toMatchObject({ name: 'Ja', answers: captured('Ja').answers });
    expect(scenario!.id).toMatch(/^testfall-/);
    expect(scenario!.savedAt).toBe(context.now());

    const updated = apply(
      saved,
      updateScenario(
        saved,
        { documentId: FRAGMENT, scenarioId: scenario!.id, captured: captured('Nej') },
        context,
      ),
    );
    expect(updated.documents.get(FRAGMENT)!.scenarios![0]!.expected).toEqual(captured('Nej').expected);
    expect(updated.documents.get(FRAGMENT)!.scenarios![0]!.name).toBe('Ja');

    const removed = apply(
      updated,
      removeScenario(updated, { documentId: FRAGMENT, scenarioId: scenario!.id }, context),
    );
    expect(removed.documents.get(FRAGMENT)!.scenarios).toBeUndefined();
    expect(removed.documents.get(FRAGMENT)).toEqual({
      ...start.documents.get(FRAGMENT),
      updatedAt: context.now(),
    });
  });

  it('refuses an empty name, an unknown document and an unknown scenario', () => {
    const context = createTestContext();
    expect(
      saveScenario(start, { documentId: FRAGMENT, name: ' ', captured: captured('Ja') }, context),
    ).toMatchObject({
      ok: false,
      refusal: 'emptyTerm',
    });
    expect(
      saveScenario(start, { documentId: 'nej', name: 'X', captured: captured('Ja') }, context),
    ).toMatchObject({
      ok: false,
      refusal: 'documentNotFound',
    });
    expect(removeScenario(start, { documentId: FRAGMENT, scenarioId: 'nej' }, context)).toMatchObject({
      ok: false,
      refusal: 'nothingToDo',
    });
  });
});
