/** The words of the folder library (Öppna mapp, outside changes, conflicts), in both languages. */
const sv = {
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
    `${count} ${count === 1 ? 'fil har' : 'filer har'} ändrats utanför Termverkstad (till exempel av git eller en kollega).`,
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

export type FolderStrings = typeof sv;

const en: FolderStrings = {
  open: 'Open folder',
  openTitle: 'Open a folder as the library',
  intro:
    'The library can live in a folder of plain files that the group shares in git or on a network drive. Choose an empty folder to move the library there, or a folder that already is a Termverkstad library. The library in the browser stays.',
  choose: 'Choose folder…',
  unsupported:
    'This browser cannot open folders. Use Edge or Chrome, or work in the browser library and use the command line (termverkstad unpack).',
  empty: (name) =>
    `The folder ${name} is empty. Move the library here (the documents, keywords and saved versions)? It is written as one file per template, fragment, keyword group and version, with a README describing the layout.`,
  moveHere: 'Move the library here',
  found: (name, documents, errors) =>
    `The folder ${name} is a library with ${documents} ${documents === 1 ? 'document' : 'documents'}${errors > 0 ? ` and ${errors} ${errors === 1 ? 'error' : 'errors'} to fix` : ''}.`,
  openThis: 'Open the library',
  notLibrary: (name) =>
    `The folder ${name} is neither empty nor a Termverkstad library (termverkstad.json is missing). Choose another folder.`,
  working: 'Reading the folder…',
  inFolder: (name) => `Library: the folder ${name}`,
  close: 'Close the folder',
  closeHint: 'Back to the library in the browser; the folder and its files do not change.',
  moveToBrowser: 'Move to the browser…',
  moveTitle: 'Move the library to the browser',
  moveIntro: (documents) =>
    `The library in the browser is replaced with the folder's (${documents} documents, with keywords, versions and the bin). The folder and its files do not change. To keep the browser's library, back it up first.`,
  move: 'Move',
  needsPermission: (name) =>
    `The library is in the folder ${name}, and the browser needs your permission to read it again.`,
  allow: 'Open the folder again',
  changedOutside: (count) =>
    `${count} ${count === 1 ? 'file has' : 'files have'} changed outside Termverkstad (by git or a colleague, say).`,
  reload: 'Reload from the folder',
  reloadHint: 'Your unsaved changes are saved first and merged with theirs.',
  conflictTitle: 'Changed by someone else',
  conflictIntro:
    'Someone else has changed the same thing in the folder since you read it. Choose for each conflict what is to stand; nothing is written until you choose.',
  conflictStatus: 'Conflict with a change in the folder – choose what is to stand',
  resolve: 'Resolve conflicts…',
  keepMine: 'Keep mine',
  keepTheirs: 'Keep theirs',
  mine: 'Mine',
  theirs: 'Theirs',
  save: 'Save the choices',
  removed: 'removed',
  keptChanged: 'kept, with changes',
  atTop: 'at the top of the tree',
  under: (term) => `under ”${term}”`,
  yes: 'Yes',
  no: 'No',
  absent: 'no value',
  document: 'the document',
  file: (path) => `The file ${path}`,
  kinds: {
    field: 'the same field changed both ways',
    'removed-changed': 'removed on one side, changed on the other',
    moved: 'moved to different places',
    'parent-removed': 'placed under something the other side removed',
    'source-removed': 'the condition refers to something the other side removed',
  },
  fields: {
    title: 'title',
    description: 'description',
    status: 'status',
    version: 'version',
    term: 'term',
    type: 'type',
    showWhen: 'condition',
    required: 'required',
    parent: 'place',
    label: 'value text',
    score: 'points',
    file: 'the file',
  },
};

export const FOLDER_STRINGS = { sv, en } as const;
