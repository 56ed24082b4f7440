import { expect, test, type Page } from '@playwright/test';
import type { TreeDocument } from '../../src/domain/model.ts';
import { evaluateDocument, getChildren, indexTree, isKeywordNode } from '../../src/domain/index.ts';
import { toQuestionnaire } from '../../src/formats/fhir-export.ts';
import { answersByTerm, exampleCatalog, exampleDocument, nodeIdByTerm } from '../helpers/examples.ts';
import { serveLforms } from '../helpers/lforms.ts';
import { exportAs } from '../helpers/export-ui.ts';

/** The terms of a node's children that show for these answers, by the domain code our preview uses. */
function shownChildren(
  document: TreeDocument,
  parentTerm: string,
  pairs: Parameters<typeof answersByTerm>[1],
) {
  const { visible } = evaluateDocument(document, exampleCatalog, answersByTerm(document, pairs));
  const parent = indexTree(document.nodes).places.get(nodeIdByTerm(document, parentTerm))!.node;
  const terms = (onlyVisible: boolean) =>
    getChildren(parent)
      .filter((child) => visible.has(child.id) === onlyVisible)
      .map((child) => (isKeywordNode(child) ? exampleCatalog.get(child.keywordId)!.term : ''));
  return { shown: terms(true), hidden: terms(false) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An LHC-Forms question by its text (the span LHC-Forms writes the item's text into). */
const question = (page: Page, text: string) =>
  page.locator('span.question').filter({ hasText: new RegExp(`^${escape(text)}$`) });

/** Chooses an answer in an LHC-Forms radio group, as a user does: a click on the option's label. */
async function choose(page: Page, text: string, answer: string) {
  // Its name may end with LHC-Forms' required mark.
  const group = page.getByRole('radiogroup', { name: new RegExp(`^${escape(text)}( \\*)?$`) });
  await group
    .locator('label')
    .filter({ hasText: new RegExp(`^${escape(answer)}$`) })
    .click();
  await expect(group.getByRole('radio', { name: answer, exact: true })).toBeChecked();
}

async function render(page: Page, document: TreeDocument) {
  const server = await serveLforms(toQuestionnaire(document, exampleCatalog));
  await page.goto(server.url);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'rendered', { timeout: 30_000 });
  return server;
}

// Each test drives our app and then LHC-Forms, whose first render alone may take up to 30 s on a
// busy CI machine (the wait below): the default 30 s for the whole test was once not enough.
test.describe.configure({ timeout: 90_000 });

test('LHC-Forms renders our FHIR export of the 1177 fragment: Ja unfolds the same children as our preview', async ({
  page,
}) => {
  const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';
  const document = exampleDocument('exempel-1177-fragment');
  const expected = shownChildren(document, ROOT, [[ROOT, 'Ja']]);
  expect(expected.shown).toContain('Åtgärd');

  // Our preview, in the app.
  await page.goto('/');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  await preview
    .getByRole('radiogroup', { name: new RegExp(`^${ROOT}`) })
    .getByRole('radio', { name: 'Ja' })
    .check();
  // A label may carry a required mark or a range after the term.
  for (const term of expected.shown)
    await expect(preview.getByText(new RegExp(`^${escape(term)}( |$)`)).first()).toBeVisible();

  // LHC-Forms, served on 127.0.0.1, with the file our Exportera downloads.
  const exported = await exportAs(page, 'FHIR R4 Questionnaire', 'Modulär (fragment som referenser, SDC)');
  const server = await serveLforms(JSON.parse(exported.text));
  await page.goto(server.url);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'rendered', { timeout: 30_000 });
  try {
    for (const term of expected.shown) await expect(question(page, term)).toHaveCount(0);
    await choose(page, ROOT, 'Ja');
    for (const term of expected.shown) await expect(question(page, term)).toBeVisible();
    await choose(page, ROOT, 'Nej');
    await expect(question(page, 'Åtgärd')).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('LHC-Forms follows a choice condition of ours: ImagineCare Individanpassad shows its three lists', async ({
  page,
}) => {
  const ROOT = 'Egenmonitorering ImagineCare ordinerad';
  const TYPE = 'Typ av egenmonitorering';
  const document = exampleDocument('exempel-imaginecare');
  const expected = shownChildren(document, TYPE, [
    [ROOT, 'Ja'],
    [TYPE, 'Individanpassad'],
  ]);
  expect(expected).toEqual({ shown: ['Mätvärden', 'Formulär', 'Skattningar'], hidden: ['Program'] });
  const server = await render(page, document);
  try {
    await choose(page, ROOT, 'Ja');
    await choose(page, TYPE, 'Individanpassad');
    for (const term of expected.shown) await expect(question(page, term)).toBeVisible();
    for (const term of expected.hidden) await expect(question(page, term)).toHaveCount(0);
    await choose(page, TYPE, 'Standardiserad (fast logik)');
    await expect(question(page, 'Program')).toBeVisible();
    await expect(question(page, 'Mätvärden')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
