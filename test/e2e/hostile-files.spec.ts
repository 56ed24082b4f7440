import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { includeBombLibrary } from '../helpers/include-bomb.ts';
import { largeBackup } from '../helpers/large-backup.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';
import { toQuestionnaire } from '../../src/formats/fhir-export.ts';
import { createCatalog } from '../../src/domain/index.ts';
import { drawerTab, EditorPage } from './pages/editor-page.ts';

/** Records the page's long tasks from now on (see longestTask). */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });

/** The longest task the page ran since watchLongTasks, in milliseconds (0 for none). */
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

test('an include bomb restored from a backup is named before it is written, and the form stays responsive (issue 18, case 2)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const editor = await new EditorPage(page).open();
  await editor.library.getByRole('button', { name: 'Återställ bibliotek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ bibliotek' });
  await dialog.getByLabel('Välj fil').setInputFiles({
    name: 'bomb.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(includeBombLibrary({ levels: 8, fanOut: 10, scenario: true }))),
  });
  await expect(dialog).toContainText('Kontrollen hittar 4 fel i säkerhetskopian');
  await expect(dialog).toContainText(
    'bomb-5: Med fragmenten infogade blir dokumentet minst 25001 sökord (bomb-5 → bomb-4 → bomb-3 → bomb-2 → bomb-1); högst 25000 tillåts.',
  );
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await editor.library.getByRole('button', { name: /^bomb-mall/ }).click();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  // The form is the 25,000 keywords the assembly stopped at (virtualised since issue 17), not the
  // minutes of the unbounded bomb.
  await expect(page.getByRole('region', { name: 'Förhandsgranskning' })).toBeVisible({ timeout: 30_000 });
  const checks = await drawerTab(page, 'Kontroll');
  await expect(checks).toContainText('Med fragmenten infogade blir dokumentet minst 25010 sökord');
  // Still answering: the tab did not freeze.
  await page.getByRole('button', { name: 'Redigera' }).click();
  await expect(editor.tree).toBeVisible();
});

test('Importera and Återställ refuse a file by its size before reading it, and a file that is not UTF-8 (issue 18, cases 5 and 12)', async ({
  page,
}, testInfo) => {
  // Two 25 MB files handed to the page: slow on a busy two-core machine (26-31 s seen in CI).
  test.setTimeout(90_000);
  const editor = await new EditorPage(page).open();
  // One byte over the largest file either reads (a library backup, 25 MB), from disk: a buffer
  // this large passed through the test runner stalls the page.
  const tooLarge = testInfo.outputPath('stor.json');
  writeFileSync(tooLarge, Buffer.alloc(25 * 1024 * 1024 + 1, 0x20));
  const latin1 = Buffer.from('{"format":"termverkstad-fragment","title":"Gr\xe5"}', 'latin1');
  for (const [button, title] of [
    ['Importera', 'Importera'],
    ['Återställ bibliotek', 'Återställ bibliotek'],
  ] as const) {
    await editor.library.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${title}`) });
    const picker = dialog.getByLabel('Välj fil');
    await picker.setInputFiles(tooLarge);
    await expect(dialog.getByRole('alert')).toContainText(
      'Filen är 26\u00a0214\u00a0401 byte; högst 26\u00a0214\u00a0400 byte tillåts.',
    );
    await picker.setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
    await expect(dialog.getByRole('alert')).toContainText('Filen är inte giltig UTF-8-text.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('a library a newer version has upgraded is shown read-only and never written (issue 18, case 3)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(editor.saveStatus).toHaveText('Sparat');
  // A newer Termverkstad upgrades the database (schema 40, a store of its own) while this tab is open.
  const before = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('termverkstad', 400);
        request.onupgradeneeded = () => request.result.createObjectStore('framtid', { keyPath: 'id' });
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const read = request.result.transaction('documents').objectStore('documents').get('exempel-phq9');
          read.onsuccess = () => {
            request.result.close();
            resolve(JSON.stringify(read.result));
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'nyare version' })).toHaveText(
    'Biblioteket i webbläsaren har sparats av en nyare version av Termverkstad (lagringsversion 40; den här känner till 6). Det visas skrivskyddat och ändras inte här: öppna den nyare versionen för att arbeta.',
  );
  await editor.library.getByRole('button', { name: /^PHQ-9 depressionsskattning/ }).click();
  await editor.tree.getByRole('treeitem').first().click();
  await page.keyboard.press('Delete');
  await expect(editor.tree.getByRole('treeitem').first()).toBeVisible();
  // Said as what it is, not as another tab editing.
  await expect(editor.messages).toHaveText(
    'Biblioteket har sparats av en nyare version av Termverkstad och visas skrivskyddat: öppna den nyare versionen för att ändra.',
  );
  const after = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('termverkstad');
        request.onsuccess = () => {
          const read = request.result.transaction('documents').objectStore('documents').get('exempel-phq9');
          read.onsuccess = () => {
            request.result.close();
            resolve(`${request.result.version}:${JSON.stringify(read.result)}`);
          };
        };
      }),
  );
  expect(after).toBe(`400:${before}`);
});

test('a damaged unsaved-changes journal is set aside and named; the stored library opens and saves (issue 18, case 15)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(editor.saveStatus).toHaveText('Sparat');
  const damaged = '{"keywords":[],"removedKeywords":[],"documents":[null],"removedDocuments":[]}';
  // Put in place before the next load's scripts run (the page clears an empty journal as it hides).
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('journal-planted')) return;
    sessionStorage.setItem('journal-planted', '1');
    localStorage.setItem('termverkstad:unsaved-changes', text);
  }, damaged);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Osparade ändringar' })).toContainText(
    'har lagts undan i webbläsarens localStorage (termverkstad:unsaved-changes-set-aside). Biblioteket är som det senast sparades.',
  );
  expect(await page.evaluate(() => localStorage.getItem('termverkstad:unsaved-changes-set-aside'))).toBe(
    damaged,
  );
  // Not "kunde inte öppnas": the stored library, saving as usual.
  await expect(page.getByRole('alert').filter({ hasText: 'kunde inte öppnas' })).toHaveCount(0);
  await editor.library.getByRole('button', { name: 'Ny mall' }).click();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Osparade ändringar' })).toHaveCount(0);
  await expect(editor.library.getByRole('button', { name: /^Ny mall Utkast/ })).toBeVisible();
});

test('a rename typed in the tree survives a reload in the middle of it (issue 18, case 17)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.rowNamed(/^Åtgärd,/).click();
  await page.keyboard.press('F2');
  // The rename field offers the catalogue's terms, so it is a combobox.
  const rename = editor.tree.getByRole('combobox');
  await rename.fill('Åtgärd som vidtogs');
  await page.reload();
  await expect(rename).toHaveValue('Åtgärd som vidtogs');
  await expect(rename).toBeFocused();
  await expect(editor.rowNamed(/^Åtgärd som vidtogs,/)).toHaveCount(0);
  // Typed on after the reload, then ended with Enter.
  await rename.fill('Vidtagen åtgärd');
  await page.keyboard.press('Enter');
  await expect(editor.rowNamed(/^Vidtagen åtgärd,/)).toBeVisible();
  await expect(editor.saveStatus).toHaveText('Sparat');
  // Over once ended: F2 again starts from the term (not from the interrupted text).
  await page.keyboard.press('F2');
  await expect(rename).toHaveValue('Vidtagen åtgärd');
  await page.keyboard.press('Escape');
  // Ended: the next reload opens no rename.
  await page.reload();
  await expect(editor.tree).toBeVisible();
  await expect(editor.tree.getByRole('combobox')).toHaveCount(0);
});

test('a damaged record in storage is named, left untouched and can be saved as a file (issue 18, case 4)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('termverkstad');
        request.onsuccess = () => {
          const store = request.result.transaction('documents', 'readwrite').objectStore('documents');
          const read = store.get('exempel-phq9');
          read.onsuccess = () => {
            const record = read.result as { document: Record<string, unknown> };
            store.put({ ...record, document: { ...record.document, nodes: 'garbage' } });
            store.transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'skadad' });
  await expect(alert).toContainText('1 post i webbläsarens lagring är skadad och visas inte.');
  await expect(alert).toContainText('dokumentet exempel-phq9: Filen följer inte formatet vid "/nodes"');
  await expect(editor.library.getByRole('button', { name: /^PHQ-9/ })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Spara de skadade posterna' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    records: { table: string; id: string; json: string }[];
  };
  const stored = (json: string) => JSON.parse(json) as { document: { nodes: unknown; title: string } };
  expect(
    saved.records.map((r) => [r.table, r.id, stored(r.json).document.nodes, stored(r.json).document.title]),
  ).toEqual([['documents', 'exempel-phq9', 'garbage', 'PHQ-9 depressionsskattning']]);
  // Editing the rest does not touch it: it is still there as it was after a save.
  await editor.library.getByRole('button', { name: 'Ny mall' }).click();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'skadad' })).toContainText('exempel-phq9');
});

test('Återställ refuses a backup with two documents under one id, and changes nothing (issue 18, case 14)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.library.getByRole('button', { name: 'Säkerhetskopiera bibliotek' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    documents: { id: string; title: string }[];
  };
  const phq9 = backup.documents.find((d) => d.id === 'exempel-phq9')!;
  backup.documents.push({ ...phq9, title: 'Den andra PHQ-9' });
  await editor.library.getByRole('button', { name: 'Återställ bibliotek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ bibliotek' });
  await dialog.getByLabel('Välj fil').setInputFiles({
    name: 'dubbel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'Dokument-id "exempel-phq9" förekommer flera gånger i biblioteket; bara ett av dem kan finnas.',
  );
  await expect(dialog.getByRole('button', { name: 'Återställ', exact: true })).toBeDisabled();
});

test('a damaged keyword is named where it is used, carried in the backup as it was stored, and named by Återställ (issue 18, case 4)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(editor.saveStatus).toHaveText('Sparat');
  const damagedId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('termverkstad');
        request.onsuccess = () => {
          const store = request.result.transaction('keywords', 'readwrite').objectStore('keywords');
          const all = store.getAll();
          all.onsuccess = () => {
            const keyword = (all.result as { id: string; term: unknown }[]).find((k) => k.term === 'Åtgärd')!;
            store.put({ ...keyword, term: 12345 });
            store.transaction.oncomplete = () => {
              request.result.close();
              resolve(keyword.id);
            };
          };
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'skadad' })).toContainText(`sökordet ${damagedId}`);
  const row = editor.rowNamed(new RegExp(`^Skadat sökord ${damagedId}, okänd typ,`));
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(editor.inspector).toContainText(
    `Skadat sökord ${damagedId}: sökordets post i webbläsarens lagring är skadad och kunde inte läsas.`,
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await expect(await drawerTab(page, 'Kontroll')).toContainText(
    `Fel: Noden använder sökord "${damagedId}", vars post i webbläsarens lagring är skadad`,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.library.getByRole('button', { name: 'Säkerhetskopiera bibliotek' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(text) as {
    keywords: { id: string }[];
    damaged: { table: string; id: string; reason: string; json: string }[];
  };
  expect(backup.keywords.some((k) => k.id === damagedId)).toBe(false);
  expect(backup.damaged.map((d) => [d.table, d.id, (JSON.parse(d.json) as { term: unknown }).term])).toEqual([
    ['keywords', damagedId, 12345],
  ]);
  expect(backup.damaged[0]!.reason).toContain('/term');

  await editor.library.getByRole('button', { name: 'Återställ bibliotek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ bibliotek' });
  await dialog
    .getByLabel('Välj fil')
    .setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(dialog.getByRole('status')).toContainText(
    'Säkerhetskopian bär 1 skadad post från webbläsarens lagring; de återställs inte men finns kvar i filen.',
  );
});

test('a failure nothing caught is shown in the status line with an id, not passed over (issue 18: the app shows every failure)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  // A notice without an error object (as a ResizeObserver loop sends) is not a failure.
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed' })),
  );
  await expect(editor.messages).not.toContainText('Internt fel');

  await page.evaluate(() => {
    void Promise.reject(new Error('avvisat löfte\nandra raden'));
  });
  await expect(editor.messages).toContainText(
    /Internt fel [0-9a-f]{8}: avvisat löfte\. Det som redan är sparat/,
  );
  await expect(editor.messages).not.toContainText('andra raden');
  const id = /Internt fel ([0-9a-f]{8})/.exec((await editor.messages.textContent()) ?? '')![1]!;
  expect(logged.some((line) => line.includes(`Internal error ${id}`))).toBe(true);

  await page.evaluate(() => {
    setTimeout(() => {
      throw new TypeError('Cannot read properties of undefined');
    });
  });
  await expect(editor.messages).toContainText('Cannot read properties of undefined');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(editor.page.getByRole('status', { name: 'Messages' })).toContainText(
    /Internal error [0-9a-f]{8}: Cannot read properties of undefined\. What is already saved is untouched/,
  );
});

test('a 20 MB backup is checked off the page: Återställ shows its plan and the page never stops for long (issue 18, case 6)', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const text = JSON.stringify(largeBackup(20));
  expect(text.length).toBeGreaterThan(19_000_000);
  const editor = await new EditorPage(page).open();
  await watchLongTasks(page);
  await editor.library.getByRole('button', { name: 'Återställ bibliotek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ bibliotek' });
  // From a file on disk: a buffer would be built into a File by script in the page, a long task of its own.
  const path = testInfo.outputPath('stor.json');
  writeFileSync(path, text);
  await dialog.getByLabel('Välj fil').setInputFiles(path);
  await expect(dialog.getByRole('status')).toContainText('sparade versioner', { timeout: 30_000 });
  await expect(dialog.getByRole('status')).toContainText(/^\d+ nya dokument|0 nya dokument/);
  const longest = await longestTask(page);
  // Checked on the page's thread it was one task of 1.7 s here (9 s in the issue); off it, the
  // longest is parsing the checked text for the plan, ~130 ms here.
  expect(longest).toBeLessThan(600);
});

test('with the seeded flag gone, a reload never writes the examples over saved work (issue 18, case 16)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.getByLabel('Titel').fill('Min ändrade titel');
  await page.getByLabel('Titel').press('Enter');
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('termverkstad');
        request.onsuccess = () => {
          const transaction = request.result.transaction('settings', 'readwrite');
          transaction.objectStore('settings').delete('seeded');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.reload();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await expect(editor.library.getByRole('button', { name: /^Min ändrade titel/ })).toBeVisible();
  await page.reload();
  await expect(editor.library.getByRole('button', { name: /^Min ändrade titel/ })).toBeVisible();
});

test('a 5,000-item Questionnaire is checked off the page: Importera shows its summary and the page never stops for long (issue 17, item 3)', async ({
  page,
}, testInfo) => {
  const template = buildLargeTemplate(20, 49);
  const questionnaire = toQuestionnaire(template.document, createCatalog(template.keywords));
  const path = testInfo.outputPath('stor-fhir.json');
  writeFileSync(path, JSON.stringify(questionnaire));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const editor = await new EditorPage(page).open();
  await watchLongTasks(page);
  await editor.library.getByRole('button', { name: 'Importera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera' });
  await dialog.getByLabel('Välj fil').setInputFiles(path);
  await expect(dialog.getByRole('status')).toContainText('Kontrollen hittar', { timeout: 30_000 });
  expect(workers.filter((path) => path.includes('import-check-worker'))).toHaveLength(1);
  const longest = await longestTask(page);
  // Checked on the page's thread it was one task of ~210 ms here; decoded on the page and checked
  // in the worker, 125-213 ms; decoded and checked in the worker, 0-100 ms over five runs.
  expect(longest).toBeLessThan(150);
});
