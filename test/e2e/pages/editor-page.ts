import { expect, type Locator, type Page } from '@playwright/test';

/** A regular expression for a row whose name starts with a term ("Åtgärd, Envalslista, …"). */
export const startingWith = (term: string) => new RegExp(`^${escapeRegExp(term)},`);

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The editor as a user meets it, by the names in ui-vocabulary.md: the regions, the tree and its
 * rows, and the actions a test takes through them (page object, as tldraw's e2e fixtures).
 */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens the app on the example library and waits for the tree. */
  async open() {
    await this.page.goto('/');
    await expect(this.tree).toBeVisible();
    return this;
  }

  get library() {
    return this.page.getByRole('navigation', { name: 'Bibliotek' });
  }
  get tree() {
    return this.page.getByRole('tree', { name: 'Sökordsträd' });
  }
  get rows() {
    return this.tree.getByRole('treeitem');
  }
  get search() {
    return this.page.getByRole('searchbox', { name: 'Sök i trädet' });
  }
  /** The status line ("Meddelanden"): what the last action did, or why not. */
  get messages() {
    return this.page.getByRole('status', { name: 'Meddelanden' });
  }
  get saveStatus() {
    return this.page.getByRole('status', { name: 'Sparstatus' });
  }
  get checks() {
    return this.page.getByRole('region', { name: 'Kontroll' });
  }
  get inspector() {
    return this.page.getByRole('region', { name: 'Egenskaper' });
  }

  /** The row of a term: its accessible name starts with the term ("Åtgärd, Envalslista, …"). */
  row(term: string): Locator {
    return this.tree.getByRole('treeitem', { name: startingWith(term) });
  }

  /** A row by its accessible name (term, type, marks, condition; a string matches a part), or a pattern. */
  rowNamed(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name });
  }

  async openDocument(title: string | RegExp) {
    const name = typeof title === 'string' ? new RegExp(`^${escapeRegExp(title)}`) : title;
    await this.library.getByRole('button', { name }).click();
  }

  /** Redigera, Sida vid sida, Förhandsgranska or Grenar. */
  async show(mode: 'Redigera' | 'Sida vid sida' | 'Förhandsgranska' | 'Grenar') {
    await this.page.getByRole('button', { name: mode, exact: true }).click();
  }

  async collapseAll() {
    await this.page.getByRole('button', { name: 'Fäll ihop alla' }).click();
  }
  async expandAll() {
    await this.page.getByRole('button', { name: 'Fäll ut alla' }).click();
  }

  /** Opens Sökordskatalog, searches it, and gives the keywords listed (the listbox's options). */
  async searchCatalogue(query: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Sökordskatalog', exact: true }).click();
    const catalogue = this.page.getByRole('navigation', { name: 'Sökordskatalog' });
    await catalogue.getByRole('searchbox', { name: 'Sök i katalogen' }).fill(query);
    return catalogue.getByRole('listbox', { name: 'Sökord' }).getByRole('option');
  }

  /** The terms of the rows in the DOM, in order (the tree is virtualised: those in view). */
  async termsShown(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!.split(',')[0]!));
  }
}

/**
 * One of the drawer's tabs under the tree (Kontroll, Versioner, Kommentarer, Journaltext, Testfall):
 * chosen if it is not already, and its region returned.
 */
export async function drawerTab(page: Page, name: string): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(name)}`) });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return page.getByRole('region', { name, exact: true });
}
