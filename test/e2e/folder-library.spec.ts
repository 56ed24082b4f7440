/**
 * The folder library ("Öppna mapp") on the Origin Private File System: the same File System Access
 * code as a folder picked on disk. Only the native picker is replaced (Playwright cannot click it):
 * it returns a real OPFS folder, and the test reads and writes that folder's files directly, as git
 * or a colleague would.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';
import { mergeFileTexts } from '../../src/formats/library-merge.ts';

const FOLDER = 'termbibliotek';

test.beforeEach(async ({ page }) => {
  await page.addInitScript((name) => {
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
  }, FOLDER);
});

/** Every file of the folder with its text, read straight from OPFS. */
async function folderFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const handle of dir.values()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${handle.name}/`);
        else out[`${prefix}${handle.name}`] = await (await handle.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
    return out;
  }, FOLDER);
}

/** Writes a file in the folder behind the app's back (as `git pull` or a colleague would). */
async function writeBehind(page: Page, path: string, text: string) {
  await page.evaluate(
    async ([name, path, text]) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name!);
      const parts = path!.split('/');
      const file = parts.pop()!;
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      const writable = await (await dir.getFileHandle(file, { create: true })).createWritable();
      await writable.write(text!);
      await writable.close();
    },
    [FOLDER, path, text],
  );
}

/** Opens the app and moves the example library into the (empty) OPFS folder. */
async function moveLibraryToFolder(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await page.goto('/');
  await expect(editor.saveStatus).toHaveText('Sparat');
  await editor.library.getByRole('button', { name: 'Öppna mapp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna mapp som bibliotek' });
  await dialog.getByRole('button', { name: 'Välj mapp…' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Mappen ${FOLDER} är tom.`);
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Flytta biblioteket hit' }).click();
  await expect(page.getByRole('region', { name: `Bibliotek: mappen ${FOLDER}` })).toBeVisible();
  await expect(editor.saveStatus).toHaveText('Sparat');
  return editor;
}

const json = <T>(text: string | undefined) => JSON.parse(text ?? 'null') as T;

test('a folder library: one file per record, and an edit changes exactly its line on disk', async ({
  page,
}) => {
  const editor = await moveLibraryToFolder(page);
  const before = await folderFiles(page);
  expect(Object.keys(before)).toEqual(
    expect.arrayContaining([
      'termverkstad.json',
      'README.md',
      'keywords/singleChoice.json',
      'templates/exempel-phq9.json',
      'fragments/exempel-1177-fragment.json',
    ]),
  );
  expect(Object.keys(before).some((p) => p.startsWith('versions/exempel-1177-fragment/'))).toBe(true);

  await editor.openDocument(/^PHQ-9 depressionsskattning/);
  await editor.row('PHQ-9 3 Sömn').click();
  await editor.inspector.getByRole('textbox', { name: 'Sökordsterm' }).fill('PHQ-9 3 Sömnproblem');
  await expect(editor.saveStatus).toHaveText('Sparat');
  const after = await folderFiles(page);
  const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
  // The keyword's term, and the edited document's time of change: one line each.
  expect(changed.sort()).toEqual(['keywords/singleChoice.json', 'templates/exempel-phq9.json']);
  const changedLines = (path: string) => {
    const [was, is] = [before[path]!.split('\n'), after[path]!.split('\n')];
    expect(is).toHaveLength(was.length);
    return is.flatMap((line, i) => (line === was[i] ? [] : [[was[i], line]]));
  };
  expect(changedLines('keywords/singleChoice.json')).toEqual([
    ['      "term": "PHQ-9 3 Sömn",', '      "term": "PHQ-9 3 Sömnproblem",'],
  ]);
  const [[wasTime, isTime]] = changedLines('templates/exempel-phq9.json') as [[string, string]];
  expect(wasTime).toMatch(/^ {2}"updatedAt": "[^"]+",$/);
  expect(isTime).toMatch(/^ {2}"updatedAt": "[^"]+",$/);
  expect(changedLines('templates/exempel-phq9.json')).toHaveLength(1);

  // After a restart the library opens from the folder again, with the edit.
  await page.reload();
  await editor.openDocument(/^PHQ-9 depressionsskattning/);
  await expect(editor.row('PHQ-9 3 Sömnproblem')).toBeVisible();
});

test('a file changed behind the app: a different field merges, the same field asks and overwrites nothing', async ({
  page,
}) => {
  const editor = await moveLibraryToFolder(page);
  await editor.openDocument(/^PHQ-9 depressionsskattning/);
  const path = 'templates/exempel-phq9.json';

  // A colleague changes the description; this app changes the title: both are kept.
  const theirs = json<Record<string, unknown>>((await folderFiles(page))[path]);
  await writeBehind(
    page,
    path,
    `${JSON.stringify({ ...theirs, description: 'Kollegans beskrivning' }, null, 2)}\n`,
  );
  await page.getByLabel('Titel').fill('PHQ-9 (min titel)');
  await page.getByLabel('Titel').press('Enter');
  await expect(editor.saveStatus).toHaveText('Sparat');
  const merged = json<{ title: string; description: string }>((await folderFiles(page))[path]);
  expect(merged).toMatchObject({ title: 'PHQ-9 (min titel)', description: 'Kollegans beskrivning' });

  // Both change the title: nothing is written until the user chooses.
  const now = (await folderFiles(page))[path]!;
  const colleague = now.replace('"title": "PHQ-9 (min titel)"', '"title": "PHQ-9 (kollegans titel)"');
  await writeBehind(page, path, colleague);
  await page.getByLabel('Titel').fill('PHQ-9 (min andra titel)');
  await page.getByLabel('Titel').press('Enter');
  const news = page.getByRole('region', { name: `Bibliotek: mappen ${FOLDER}` });
  await expect(news.getByRole('status')).toContainText('Konflikt med en ändring i mappen');
  expect((await folderFiles(page))[path]).toBe(colleague);
  await news.getByRole('button', { name: 'Lös konflikter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändrat av någon annan' });
  const group = dialog.getByRole('group', { name: /dokumentet ”PHQ-9 \(min andra titel\)” – titel/ });
  await expect(group.getByRole('radio', { name: 'Behåll min – ”PHQ-9 (min andra titel)”' })).toBeChecked();
  await group.getByRole('radio', { name: 'Behåll deras – ”PHQ-9 (kollegans titel)”' }).check();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Spara valen' }).click();
  await expect(editor.saveStatus).toHaveText('Sparat');
  await expect(page.getByLabel('Titel')).toHaveValue('PHQ-9 (kollegans titel)');
  expect(json<{ title: string }>((await folderFiles(page))[path]).title).toBe('PHQ-9 (kollegans titel)');
});

test('a change made outside is noticed within seconds and offered for reload', async ({ page }) => {
  const editor = await moveLibraryToFolder(page);
  const path = 'templates/exempel-levnadsvanor.json';
  const text = (await folderFiles(page))[path]!;
  await writeBehind(
    page,
    path,
    text.replace('"title": "Levnadsvanor"', '"title": "Levnadsvanor (från git)"'),
  );
  const news = page.getByRole('region', { name: `Bibliotek: mappen ${FOLDER}` });
  await expect(news.getByRole('status')).toHaveText(/1 fil har ändrats utanför Termverkstad/, {
    timeout: 6000,
  });
  await news.getByRole('button', { name: 'Ladda om från mappen' }).click();
  await expect(editor.library.getByRole('button', { name: /^Levnadsvanor \(från git\)/ })).toBeVisible();
  await expect(news.getByRole('status')).toHaveText('');

  // Stäng mappen: back to the browser's library, which the folder never changed.
  await news.getByRole('button', { name: 'Stäng mappen' }).click();
  await expect(news).toBeHidden();
  await expect(editor.library.getByRole('button', { name: /^Levnadsvanor\s*Utkast/ })).toBeVisible();
  await expect(editor.library.getByRole('button', { name: 'Öppna mapp' })).toBeVisible();
});

test('a conflict git left in the folder opens with the local side and is resolved in words', async ({
  page,
}) => {
  const editor = await moveLibraryToFolder(page);
  const path = 'templates/exempel-imaginecare.json';
  const base = (await folderFiles(page))[path]!;
  const retitled = (title: string) => base.replace(/"title": "[^"]*"/, `"title": "${title}"`);
  // What `termverkstad merge-driver` writes when two branches retitled the template.
  const merge = mergeFileTexts(
    base,
    retitled('ImagineCare (min gren)'),
    retitled('ImagineCare (deras gren)'),
  );
  if (!merge.ok) throw new Error('not merged');
  await writeBehind(page, path, merge.text);
  await page.reload();
  const news = page.getByRole('region', { name: `Bibliotek: mappen ${FOLDER}` });
  await expect(news.getByRole('status')).toContainText('Konflikt med en ändring i mappen');
  await expect(editor.library.getByRole('button', { name: /^ImagineCare \(min gren\)/ })).toBeVisible();
  await news.getByRole('button', { name: 'Lös konflikter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändrat av någon annan' });
  await dialog.getByRole('radio', { name: 'Behåll deras – ”ImagineCare (deras gren)”' }).check();
  await dialog.getByRole('button', { name: 'Spara valen' }).click();
  await expect(editor.library.getByRole('button', { name: /^ImagineCare \(deras gren\)/ })).toBeVisible();
  await expect(editor.saveStatus).toHaveText('Sparat');
  expect((await folderFiles(page))[path]).toBe(retitled('ImagineCare (deras gren)'));
});

test('the library moves back from the folder to the browser, with what was done in the folder', async ({
  page,
}) => {
  const editor = await moveLibraryToFolder(page);
  await editor.openDocument(/^PHQ-9 depressionsskattning/);
  await page.getByLabel('Titel').fill('PHQ-9 (i mappen)');
  await page.getByLabel('Titel').press('Enter');
  await expect(editor.saveStatus).toHaveText('Sparat');
  const bar = page.getByRole('region', { name: `Bibliotek: mappen ${FOLDER}` });
  await bar.getByRole('button', { name: 'Flytta till webbläsaren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Flytta biblioteket till webbläsaren' });
  await expect(dialog).toContainText('Biblioteket i webbläsaren ersätts med mappens (6 dokument');
  await dialog.getByRole('button', { name: 'Flytta', exact: true }).click();
  await expect(editor.library.getByRole('button', { name: 'Öppna mapp' })).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(editor.library.getByRole('button', { name: /^PHQ-9 \(i mappen\)/ })).toBeVisible();
  // It is the browser's library now: still there after a reload, with no folder open.
  await page.reload();
  await expect(editor.library.getByRole('button', { name: /^PHQ-9 \(i mappen\)/ })).toBeVisible();
  await expect(bar).toBeHidden();
});
