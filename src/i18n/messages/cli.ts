import { count } from '../plural.ts';
import { q, type Texts } from './texts.ts';

/** The command line's own words: usage, argument errors, report lines. */
export const CLI_TEXTS = {
  CLI_KEPT: {
    sv: (p) => `${String(p.where)}: ${String(p.what)} sparas oförändrat och skrivs tillbaka vid export`,
    en: (p) => `${String(p.where)}: ${String(p.what)} is kept verbatim and written back on export`,
  },
  CLI_USAGE: {
    sv: () => `Användning: termverkstad validate [--format text|json|github|gitlab|junit] [--lang sv|en] FIL|MAPP...
  Kontrollerar fragment-, mall- och biblioteksfiler, och biblioteksmappar med reglerna mellan filerna.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FIL] FIL
       termverkstad convert --from fhir [--out FIL] [--report FIL] FIL
  Konverterar som Exportera och Importera i appen; utan --out skrivs resultatet till standard ut.
  Från FHIR listas på standard fel det som sparats oförändrat eller omvandlats (--report: som JSON).
       termverkstad diff GAMMAL NY
  Ändringen i ord per dokument och sökord (filer, mappar eller git-revisioner som REV:SÖKVÄG).
       termverkstad merge-driver %O %A %B %P
  Gits sammanslagning av biblioteksfiler, sökord för sökord (se README).
       termverkstad unpack BIBLIOTEKSFIL MAPP   |   termverkstad pack MAPP BIBLIOTEKSFIL
  En säkerhetskopia blir en biblioteksmapp (för git), och tillbaka.
  Slutstatus: 0 giltig, 1 fel i innehållet (eller konflikt), 2 filen kan inte läsas eller tolkas.`,
    en: () => `Usage: termverkstad validate [--format text|json|github|gitlab|junit] [--lang sv|en] FILE|FOLDER...
  Checks fragment, template and library files, and library folders with the rules across files.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FILE] FILE
       termverkstad convert --from fhir [--out FILE] [--report FILE] FILE
  Converts as Export and Import do in the app; without --out the result goes to standard output.
  From FHIR, what was kept verbatim or converted is listed on standard error (--report: as JSON).
       termverkstad diff OLD NEW
  The change in words per document and keyword (files, folders or git revisions as REV:PATH).
       termverkstad merge-driver %O %A %B %P
  git's merge of library files, keyword by keyword (see the README).
       termverkstad unpack LIBRARYFILE FOLDER   |   termverkstad pack FOLDER LIBRARYFILE
  A backup becomes a library folder (for git), and back.
  Exit status: 0 valid, 1 errors in the content (or a conflict), 2 a file cannot be read or parsed.`,
  },
  CLI_NAME_ONE_FILE: { sv: () => 'Ange en fil.', en: () => 'Name one file.' },
  CLI_NAME_FILES: { sv: () => 'Ange minst en fil.', en: () => 'Name at least one file.' },
  CLI_UNKNOWN_COMMAND: {
    sv: (p) => `Okänt kommando: ${String(p.command)}`,
    en: (p) => `Unknown command: ${String(p.command)}`,
  },
  CLI_INTERNAL_ERROR: {
    sv: (p) =>
      `internt fel ${String(p.id)} (${String(p.detail)}); det är ett fel i Termverkstad, rapportera det gärna med filen.`,
    en: (p) =>
      `internal error ${String(p.id)} (${String(p.detail)}); this is a bug in Termverkstad, please report it with the file.`,
  },
  CLI_WRITE_FAILED: {
    sv: (p) => `${String(p.file)} kunde inte skrivas (${String(p.reason)}); en fil som fanns där är orörd.`,
    en: (p) =>
      `${String(p.file)} could not be written (${String(p.reason)}); a file already there is untouched.`,
  },
  CLI_NOT_A_FOLDER: {
    sv: () => 'Ingen mapp finns här; pack läser en biblioteksmapp.',
    en: () => 'There is no folder here; pack reads a library folder.',
  },
  CLI_NOT_A_LIBRARY_FILE: {
    sv: () => 'Filen är ingen biblioteksfil (Säkerhetskopiera i appen eller termverkstad pack gör en).',
    en: () => 'The file is not a library file (Back up in the app, or termverkstad pack, makes one).',
  },
  CLI_NEED_TO_OR_FROM: { sv: () => 'Ange --to eller --from.', en: () => 'Give --to or --from.' },
  CLI_FILE_HAS_ERRORS: {
    sv: (p) => `Filen har ${String(p.errors)} fel; rätta dem först (termverkstad validate visar dem).`,
    en: (p) =>
      `The file has ${count('en', Number(p.errors), 'error', 'errors')}; fix them first (termverkstad validate shows them).`,
  },
  CLI_NEED_DOCUMENT: {
    sv: (p) => `Ange --document med ett av: ${(p.ids as readonly string[]).join(', ')}.`,
    en: (p) => `Give --document with one of: ${(p.ids as readonly string[]).join(', ')}.`,
  },
  CLI_REFUSED: {
    sv: (p) => `${String(p.file)}: kan inte läsas: ${String(p.reason)}`,
    en: (p) => `${String(p.file)}: cannot be read: ${String(p.reason)}`,
  },
  CLI_FINDING: {
    sv: (p) =>
      `${String(p.file)}: ${p.severity === 'error' ? 'fel' : 'varning'} ${String(p.code)}${p.at === '' ? '' : ` [${String(p.at)}]`}: ${String(p.text)}`,
    en: (p) =>
      `${String(p.file)}: ${p.severity === 'error' ? 'error' : 'warning'} ${String(p.code)}${p.at === '' ? '' : ` [${String(p.at)}]`}: ${String(p.text)}`,
  },
  CLI_SUMMARY: {
    sv: (p) =>
      `${String(p.file)}: ${p.errors === 0 ? 'giltig' : 'ogiltig'} (${String(p.errors)} fel, ${count('sv', Number(p.warnings), 'varning', 'varningar')})`,
    en: (p) =>
      `${String(p.file)}: ${p.errors === 0 ? 'valid' : 'invalid'} (${count('en', Number(p.errors), 'error', 'errors')}, ${count('en', Number(p.warnings), 'warning', 'warnings')})`,
  },
  CLI_BAD_LANG: {
    sv: (p) => `--lang: sv eller en, inte ${q(p.value)}`,
    en: (p) => `--lang: sv or en, not ${q(p.value)}`,
  },
  CLI_MERGE_USAGE: {
    sv: () => 'Användning: termverkstad merge-driver BAS MIN DERAS [SÖKVÄG] (git: %O %A %B %P)',
    en: () => 'Usage: termverkstad merge-driver BASE MINE THEIRS [PATH] (git: %O %A %B %P)',
  },
  CLI_DIFF_USAGE: {
    sv: () => 'Användning: termverkstad diff GAMMAL NY (filer, mappar eller git-revisioner som REV:SÖKVÄG)',
    en: () => 'Usage: termverkstad diff OLD NEW (files, folders or git revisions as REV:PATH)',
  },
  CLI_DIFF_DOCUMENT: {
    sv: (p) =>
      `${String(p.kind)} ${q(p.title)} (${String(p.file)}): ${p.state === 'added' ? 'ny' : p.state === 'removed' ? 'borttagen' : 'ändrad'}`,
    en: (p) =>
      `${String(p.kind)} ${q(p.title)} (${String(p.file)}): ${p.state === 'added' ? 'added' : p.state === 'removed' ? 'removed' : 'changed'}`,
  },
  CLI_DIFF_FIELD: {
    sv: (p) =>
      `${{ title: 'Titel', description: 'Beskrivning', status: 'Status', version: 'Version' }[String(p.field)] ?? String(p.field)}: ${q(p.before)} → ${q(p.after)}`,
    en: (p) =>
      `${{ title: 'Title', description: 'Description', status: 'Status', version: 'Version' }[String(p.field)] ?? String(p.field)}: ${q(p.before)} → ${q(p.after)}`,
  },
  CLI_UNPACK_USAGE: {
    sv: () =>
      'Användning: termverkstad unpack BIBLIOTEKSFIL MAPP  eller  termverkstad pack MAPP BIBLIOTEKSFIL',
    en: () => 'Usage: termverkstad unpack LIBRARYFILE FOLDER  or  termverkstad pack FOLDER LIBRARYFILE',
  },
  CLI_FOLDER_NOT_EMPTY: {
    sv: () => 'Mappen har redan filer; välj en tom mapp så att inget skrivs över.',
    en: () => 'The folder already has files; choose an empty folder so that nothing is overwritten.',
  },
  CLI_DIFF_CATALOGUE: { sv: () => 'Sökordskatalog', en: () => 'Keyword catalogue' },
  CLI_DIFF_NONE: { sv: () => 'Inga ändringar.', en: () => 'No changes.' },
} satisfies Record<string, Texts>;

export type CliCode = keyof typeof CLI_TEXTS;
