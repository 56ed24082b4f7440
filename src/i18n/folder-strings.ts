import { plural } from './plural.ts';

/** The words of the folder library (Öppna mapp, outside changes, conflicts), in Swedish (folder-strings-en.ts holds the English). */
export const FOLDER_SV = {
  open: 'Öppna mapp',
  openTitle: 'Öppna mapp som bibliotek',
  intro:
    'Biblioteket kan ligga i en mapp med vanliga filer som gruppen delar i git eller på en nätverksenhet. Välj en tom mapp för att flytta biblioteket dit, eller en mapp som redan är ett Termverkstad-bibliotek. Biblioteket i webbläsaren finns kvar.',
  choose: 'Välj mapp…',
  unsupported:
    'Den här webbläsaren kan inte öppna mappar. Använd Edge eller Chrome, eller arbeta i webbläsarens bibliotek och använd kommandoraden (termverkstad unpack).',
  empty: (name: string) =>
    `Mappen ${name} är tom. Flytta hit biblioteket (dokumenten, sökorden och de sparade versionerna)? Det skrivs som en fil per mall, fragment, sökordsgrupp och version, med en README som beskriver upplägget.`,
  moveHere: 'Flytta biblioteket hit',
  found: (name: string, documents: number, errors: number) =>
    `Mappen ${name} är ett bibliotek med ${documents} dokument${errors > 0 ? ` och ${errors} fel att rätta` : ''}.`,
  openThis: 'Öppna biblioteket',
  notLibrary: (name: string) =>
    `Mappen ${name} är varken tom eller ett Termverkstad-bibliotek (termverkstad.json saknas). Välj en annan mapp.`,
  working: 'Läser mappen…',
  inFolder: (name: string) => `Bibliotek: mappen ${name}`,
  close: 'Stäng mappen',
  closeHint: 'Tillbaka till biblioteket i webbläsaren; mappen och dess filer ändras inte.',
  moveToBrowser: 'Flytta till webbläsaren…',
  moveTitle: 'Flytta biblioteket till webbläsaren',
  moveIntro: (documents: number) =>
    `Biblioteket i webbläsaren ersätts med mappens (${documents} dokument, med sökord, versioner och papperskorg). Mappen och dess filer ändras inte. Vill du ha kvar webbläsarens bibliotek, säkerhetskopiera det först.`,
  move: 'Flytta',
  needsPermission: (name: string) =>
    `Biblioteket ligger i mappen ${name}, och webbläsaren behöver din tillåtelse för att läsa den igen.`,
  allow: 'Öppna mappen igen',
  changedOutside: (count: number) =>
    `${count} ${plural('sv', count, 'fil har', 'filer har')} ändrats utanför Termverkstad (till exempel av git eller en kollega).`,
  reload: 'Ladda om från mappen',
  reloadHint: 'Dina osparade ändringar sparas först och slås ihop med deras.',
  conflictTitle: 'Ändrat av någon annan',
  conflictIntro:
    'Någon annan har ändrat samma sak i mappen sedan du läste den. Välj för varje konflikt vad som ska gälla; inget skrivs förrän du väljer.',
  conflictStatus: 'Konflikt med en ändring i mappen – välj vad som ska gälla',
  resolve: 'Lös konflikter…',
  keepMine: 'Behåll min',
  keepTheirs: 'Behåll deras',
  mine: 'Min',
  theirs: 'Deras',
  save: 'Spara valen',
  removed: 'borttaget',
  keptChanged: 'kvar, med ändringar',
  atTop: 'överst i trädet',
  under: (term: string) => `under ”${term}”`,
  yes: 'Ja',
  no: 'Nej',
  absent: 'inget värde',
  document: 'dokumentet',
  file: (path: string) => `Filen ${path}`,
  kinds: {
    field: 'samma fält ändrat på båda håll',
    'removed-changed': 'borttaget på ena sidan, ändrat på den andra',
    moved: 'flyttat till olika platser',
    'parent-removed': 'lagt under något som den andra sidan tog bort',
    'source-removed': 'villkoret hänvisar till något som den andra sidan tog bort',
  },
  fields: {
    title: 'titel',
    description: 'beskrivning',
    status: 'status',
    version: 'version',
    term: 'term',
    type: 'typ',
    showWhen: 'villkor',
    required: 'obligatoriskt',
    parent: 'plats',
    label: 'värdetext',
    score: 'poäng',
    file: 'filen',
  } as Readonly<Record<string, string>>,
};

export type FolderStrings = typeof FOLDER_SV;
