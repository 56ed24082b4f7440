import type { FolderStrings } from './folder-strings.ts';
import { plural } from './plural.ts';

/** The folder library's words in English. */
export const FOLDER_EN: FolderStrings = {
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
    `The folder ${name} is a library with ${documents} ${plural('en', documents, 'document', 'documents')}${errors > 0 ? ` and ${errors} ${plural('en', errors, 'error', 'errors')} to fix` : ''}.`,
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
    `The library in the browser is replaced with the folder's (${plural('en', documents, '1 document', `${documents} documents`)}, with keywords, versions and the trash). The folder and its files do not change. To keep the browser's library, back it up first.`,
  move: 'Move',
  needsPermission: (name) =>
    `The library is in the folder ${name}, and the browser needs your permission to read it again.`,
  allow: 'Open the folder again',
  changedOutside: (count) =>
    `${count} ${plural('en', count, 'file has', 'files have')} changed outside Termverkstad (for example by git or a colleague).`,
  reload: 'Reload from the folder',
  reloadHint: 'Your unsaved changes are saved first and merged with theirs.',
  conflictTitle: 'Changed by someone else',
  conflictIntro:
    'Someone else has changed the same thing in the folder since you read it. For each conflict, choose which change to keep; nothing is written until you have chosen.',
  conflictStatus: 'Conflict with a change in the folder – choose which to keep',
  resolve: 'Resolve conflicts…',
  keepMine: 'Keep mine',
  keepTheirs: 'Keep theirs',
  mine: 'Mine',
  theirs: 'Theirs',
  save: 'Save the choices',
  removed: 'removed',
  keptChanged: 'kept, with changes',
  atTop: 'at the top of the tree',
  under: (term) => `under “${term}”`,
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
