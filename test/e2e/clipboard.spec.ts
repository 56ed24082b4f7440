import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';

// The tree is virtualised: these tests find rows far down the 1177 tree, so the tree is made tall
// enough to render them without scrolling.
test.use({ viewport: { width: 1280, height: 1000 } });

test('Ctrl+C and Ctrl+V carry a subtree through the clipboard: across documents, views and tabs, cut too, and as a list of terms', async ({
  context,
}) => {
  const page = await context.newPage();
  const app = await new EditorPage(page).open();
  await app.row('Beslut fattat av').click();
  await page.keyboard.press('Control+c');
  await expect(app.messages).toHaveText('Beslut fattat av kopierades.');

  // The terms paste as text anywhere (here into the search box, which keeps the first line).
  await app.search.focus();
  await page.keyboard.press('Control+v');
  await expect(app.search).toHaveValue(
    /^Beslut fattat av \(Envalslista: Verksamhetschef, Bakjour \(jourtid\), Ansvarig läkare, Annan\)/,
  );
  await app.search.fill('');

  // Through the preview and into another document: the copy is still there.
  await app.show('Förhandsgranska');
  await app.show('Redigera');
  await app.openDocument('Ordination av egenmonitorering');
  await app.row('Ordination').click();
  await page.keyboard.press('Control+v');
  await expect(app.row('Beslut fattat av')).toBeFocused();
  await expect(
    app.rowNamed('Beslutsfattare, befattning, Fritext, obligatoriskt, visas när Annan'),
  ).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(app.row('Beslut fattat av')).toHaveCount(0);

  // A second tab (reading only) copies; the editing tab pastes it.
  const second = await context.newPage();
  const reader = await new EditorPage(second).open();
  await reader.openDocument('Begränsande eller tillgängliggörande åtgärder 1177');
  await reader.row('Typ av begränsning').click();
  await second.keyboard.press('Control+c');
  await expect(reader.messages).toHaveText('Typ av begränsning kopierades.');
  await page.bringToFront();
  await app.row('Ordination').click();
  await page.keyboard.press('Control+v');
  await expect(app.row('Typ av begränsning')).toBeFocused();

  // Ctrl+X takes it out again; Ctrl+V puts it back.
  await page.keyboard.press('Control+x');
  await expect(app.messages).toHaveText('Sökordet togs bort.');
  await expect(app.row('Typ av begränsning')).toHaveCount(0);
  await app.row('Ordination').click();
  await page.keyboard.press('Control+v');
  await expect(app.row('Typ av begränsning')).toBeFocused();
});

test('a list of terms pasted from an e-mail or a spreadsheet becomes keywords, nested as indented', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = await new EditorPage(page).open();
  await app.openDocument('Levnadsvanor');
  const before = await app.rows.count();
  await app.row('Levnadsvanor').first().click();
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      'Sömn\n\tSömnproblem (Ja/Nej)\n\t\tTyp av sömnproblem (Flervalslista: Insomning, Uppvaknanden)\n',
    ),
  );
  await page.keyboard.press('Control+v');
  await expect(app.messages).toHaveText('3 sökord klistrades in från texten, som nya sökord.');
  await expect(app.rowNamed('Sömn, Fritext')).toBeFocused();
  await expect(app.rowNamed('Sömnproblem, Ja/Nej')).toHaveAttribute('aria-level', '2');
  await expect(app.rowNamed('Typ av sömnproblem, Flervalslista')).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('Control+z');
  for (const term of ['Sömn, Fritext', 'Sömnproblem, Ja/Nej', 'Typ av sömnproblem, Flervalslista'])
    await expect(app.rowNamed(term)).toHaveCount(0);
  await expect(app.rows).toHaveCount(before);
});
