import { expect, test, type Page } from '@playwright/test';

const FRAGMENT = 'Begränsande eller tillgängliggörande åtgärder 1177';

/**
 * Everything that overflows: a panel or an element inside it that scrolls or clips sideways
 * (text cut short with an ellipsis is meant, and keeps its full text in a tooltip), or an
 * element that reaches outside its panel. Returned as "panel: tag.class 'text'" lines.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} '${(el.textContent ?? '').trim().slice(0, 40)}'`;
    if (document.documentElement.scrollWidth > innerWidth + 1)
      found.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const panel of document.querySelectorAll<HTMLElement>(
      '.library, .workspace, .side, .drawer, .app-header',
    )) {
      const box = panel.getBoundingClientRect();
      if (panel.scrollWidth > panel.clientWidth + 1) found.push(`${describe(panel)} scrolls sideways`);
      for (const el of panel.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        // Hidden, or visually hidden (for screen readers only): nothing to see.
        if (
          rect.width <= 1 ||
          rect.height <= 1 ||
          style.visibility === 'hidden' ||
          style.clip.startsWith('rect')
        )
          continue;
        // The tree's rows cut long terms and conditions with an ellipsis (the whole text is in the
        // row's name and tooltip); a text field scrolls its own text.
        if (el.closest('.visually-hidden, .tree-rows') || el.matches('input, textarea, select')) continue;
        if (
          style.overflowX !== 'visible' &&
          style.textOverflow !== 'ellipsis' &&
          el.scrollWidth > el.clientWidth + 1
        )
          found.push(`${describe(panel)} > ${describe(el)} clips ${el.scrollWidth - el.clientWidth} px`);
        if (rect.right > box.right + 1 || rect.left < box.left - 1)
          found.push(
            `${describe(panel)} > ${describe(el)} reaches outside by ${Math.round(Math.max(rect.right - box.right, box.left - rect.left))} px`,
          );
      }
    }
    return found;
  });
}

for (const [width, height] of [
  [1024, 700],
  [1440, 900],
  [1920, 1080],
] as const) {
  for (const language of ['sv', 'en'] as const) {
    test(`nothing overflows its panel at ${width}×${height} in ${language === 'sv' ? 'Swedish' : 'English'}, editing and previewing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await page
        .getByRole('navigation', { name: 'Bibliotek' })
        .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
        .click();
      await page.getByRole('treeitem', { name: /^Åtgärd,/ }).click();
      if (language === 'en') await page.getByLabel('Språk').selectOption('en');
      await expect(
        page.getByRole('region', { name: language === 'sv' ? 'Egenskaper' : 'Properties' }),
      ).toBeVisible();
      expect(await overflows(page)).toEqual([]);
      await page.getByRole('button', { name: language === 'sv' ? 'Förhandsgranska' : 'Preview' }).click();
      await expect(
        page.getByRole('region', { name: language === 'sv' ? 'Journaltext' : 'Note text' }),
      ).toBeVisible();
      expect(await overflows(page)).toEqual([]);
    });
  }
}

test('from page load the keyboard reaches the tree in two presses, and F6 goes round the regions', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('tree', { name: 'Sökordsträd' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till sökordsträdet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tree', { name: 'Sökordsträd' }).getByRole('treeitem').first()).toBeFocused();

  await page.keyboard.press('F6');
  await expect(page.locator('#sidopanel')).toContainText('Egenskaper');
  expect(
    await page.evaluate(() => document.getElementById('sidopanel')!.contains(document.activeElement)),
  ).toBe(true);
  await page.keyboard.press('F6');
  await expect(page.getByRole('tab', { name: /^Kontroll/ })).toBeFocused();
  await page.keyboard.press('F6');
  expect(
    await page.evaluate(() => document.getElementById('bibliotek')!.contains(document.activeElement)),
  ).toBe(true);
  await page.keyboard.press('F6');
  await expect(page.getByRole('tree', { name: 'Sökordsträd' }).getByRole('treeitem').first()).toBeFocused();
  await page.keyboard.press('Shift+F6');
  expect(
    await page.evaluate(() => document.getElementById('bibliotek')!.contains(document.activeElement)),
  ).toBe(true);
});

test('the panels are resized from the keyboard, and the sizes are remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  const library = page.getByRole('separator', { name: 'Ändra bredd på Bibliotek' });
  const drawer = page.getByRole('separator', { name: 'Ändra höjd på Kontroll och flikarna' });
  await expect(library).toHaveAttribute('aria-valuenow', '256');
  const before = (await page.getByRole('navigation', { name: 'Bibliotek' }).boundingBox())!.width;
  await library.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '288');
  expect((await page.getByRole('navigation', { name: 'Bibliotek' }).boundingBox())!.width).toBeCloseTo(
    before + 32,
    0,
  );
  await page.keyboard.press('Home');
  await expect(library).toHaveAttribute('aria-valuenow', '180');
  // The drawer's splitter moves up: the drawer grows.
  await drawer.focus();
  await page.keyboard.press('ArrowUp');
  await expect(drawer).toHaveAttribute('aria-valuenow', '176');

  await page.reload();
  await expect(library).toHaveAttribute('aria-valuenow', '180');
  await expect(drawer).toHaveAttribute('aria-valuenow', '176');
});

test('Kontroll, Versioner and Kommentarer are tabs under the tree; the arrow keys move between them', async ({
  page,
}) => {
  await page.goto('/');
  const tabs = page.getByRole('tablist', { name: 'Kontroll, versioner och kommentarer' });
  await expect(tabs.getByRole('tab')).toHaveText(['Kontroll', 'Versioner', 'Kommentarer']);
  await expect(page.getByRole('region', { name: 'Kontroll' })).toBeVisible();
  await tabs.getByRole('tab', { name: 'Kontroll' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Versioner' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Versioner' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Versioner' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kontroll' })).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'Kommentarer' })).toBeVisible();
  // Previewing, the tabs are Kontroll and Testfall; Journaltext fills the side panel.
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(tabs.getByRole('tab')).toHaveText(['Kontroll', 'Testfall']);
  await expect(page.getByRole('region', { name: 'Kontroll' })).toBeVisible();
  await expect(page.locator('#sidopanel').getByRole('region', { name: 'Journaltext' })).toBeVisible();
});

test('a value list of five values is typed from the keyboard with Enter, and a pasted column adds several', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny mall' }).click();
  await page.getByRole('button', { name: 'Lägg till sökord' }).click();
  await page.keyboard.press('Escape');
  const inspector = page.getByRole('region', { name: 'Egenskaper' });
  await inspector.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Envalslista' });
  await inspector.getByRole('button', { name: 'Lägg till värde' }).focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('textbox', { name: 'Värde 1 – text' })).toBeFocused();
  for (const [i, value] of ['Ingen', 'Lite', 'Måttlig', 'Svår'].entries()) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await expect(inspector.getByRole('textbox', { name: `Värde ${i + 2} – text` })).toBeFocused();
  }
  await page.keyboard.type('Outhärdlig');
  const values = () =>
    inspector
      .locator('.value-text input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect.poll(values).toEqual(['Ingen', 'Lite', 'Måttlig', 'Svår', 'Outhärdlig']);
  // No points on a plain list; the names are unique in the panel.
  await expect(inspector.getByRole('textbox', { name: /poäng/ })).toHaveCount(0);

  // A column pasted into the last value: it becomes three values, in order.
  await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData('text/plain', 'Mild\nMedel\r\nStark\n');
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect.poll(values).toEqual(['Ingen', 'Lite', 'Måttlig', 'Svår', 'Mild', 'Medel', 'Stark']);
  await page.keyboard.press('Control+z');
  await expect.poll(values).toEqual(['Ingen', 'Lite', 'Måttlig', 'Svår', 'Outhärdlig']);
});

test('Egenskaper is in sections a keyboard user opens and closes; a closed section stays closed after reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  const inspector = page.getByRole('region', { name: 'Egenskaper' });
  const sections = () => inspector.locator('.inspector-section > h3').allTextContents();
  await page.getByRole('treeitem', { name: /^Typ av begränsning,/ }).click();
  expect(await sections()).toEqual([
    'Sökord Flervalslista · Aktivt',
    'Värden 5 värden',
    'Villkor visas när Begränsning',
    'Koder',
    'Användning 1 dokument',
  ]);
  // A free-text keyword has answer rules, and no values.
  await page.getByRole('treeitem', { name: /^Verksamhet \(klinik\/vårdcentral\),/ }).click();
  expect(await sections()).toEqual([
    'Sökord Fritext · Aktivt',
    'Villkor visas när Tillgängliggörande',
    'Regler',
    'Koder',
    'Användning 1 dokument',
  ]);
  const codes = inspector.getByRole('button', { name: /^Koder/ });
  await codes.focus();
  await page.keyboard.press('Enter');
  await expect(codes).toHaveAttribute('aria-expanded', 'false');
  await expect(inspector.getByRole('button', { name: 'Lägg till kod' })).toBeHidden();
  await page.reload();
  await page.getByRole('treeitem', { name: /^Verksamhet \(klinik\/vårdcentral\),/ }).click();
  await expect(inspector.getByRole('button', { name: /^Koder/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(inspector.getByRole('button', { name: /^Regler/ })).toHaveAttribute('aria-expanded', 'true');
});

test('an empty template says how to start, and its button adds the first keyword', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny mall' }).click();
  const tree = page.getByRole('tree', { name: 'Sökordsträd' });
  await expect(tree.getByRole('treeitem')).toHaveCount(0);
  await expect(page.getByText('Inga sökord ännu')).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till det första sökordet' }).click();
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(page.getByText('Inga sökord ännu')).toBeHidden();
});

test('the status in the document head opens Versioner, where it is changed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('button', { name: 'Status: Utkast. Ändra under Versioner' }).click();
  await expect(page.getByRole('button', { name: 'Redigera' })).toHaveAttribute('aria-pressed', 'true');
  const versions = page.getByRole('tab', { name: /^Versioner/ });
  await expect(versions).toHaveAttribute('aria-selected', 'true');
  await expect(versions).toBeFocused();
  await expect(page.getByRole('button', { name: 'Ändra status…' })).toBeVisible();
});

test('at 1024×700 the tree keeps room for nine rows of a fragment: the head folds and the drawer starts lower', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  const tree = page.getByRole('tree', { name: 'Sökordsträd' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Begränsande eller tillgängliggörande/ })).toBeVisible();
  // The open document is the 1177 fragment: its "Används i" line and the document's actions above.
  await expect(page.getByRole('heading', { name: 'Används i' })).toBeVisible();
  // A short window folds "Används i" to one line: the template's name ends in an ellipsis, whole
  // in its tooltip.
  const usedIn = page.getByRole('region', { name: 'Används i' });
  expect((await usedIn.boundingBox())!.height).toBeLessThan(32);
  const usage = usedIn.getByRole('button', { name: 'Mottagningsbesök med åtgärder 1177 (version 0.1.0)' });
  await expect(usage).toHaveAttribute('title', 'Mottagningsbesök med åtgärder 1177 (version 0.1.0)');
  expect(await usage.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
  const rows = (await tree.boundingBox())!.height / 30;
  expect(rows).toBeGreaterThanOrEqual(9);
  // Ta bort dokumentet sits beside the title, not on a row of its own.
  const title = (await page.getByLabel('Titel').boundingBox())!;
  const remove = (await page.getByRole('button', { name: 'Ta bort dokumentet' }).boundingBox())!;
  expect(Math.abs(remove.y + remove.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
});
