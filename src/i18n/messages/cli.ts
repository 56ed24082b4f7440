import { q, type Texts } from './texts.ts';

/** The command line's own words: usage, argument errors, report lines. */
export const CLI_TEXTS = {
  CLI_KEPT: {
    sv: (p) => `${String(p.where)}: ${String(p.what)} sparas oförändrat och skrivs tillbaka vid export`,
    en: (p) => `${String(p.where)}: ${String(p.what)} is kept verbatim and written back on export`,
  },
  CLI_USAGE: {
    sv: () => `Användning: termverkstad validate [--json] [--lang sv|en] FIL...
  Kontrollerar fragment-, mall- och biblioteksfiler mot scheman och regler.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FIL] FIL
       termverkstad convert --from fhir [--out FIL] [--report FIL] FIL
  Konverterar som Exportera och Importera i appen; utan --out skrivs resultatet till standard ut.
  Från FHIR listas på standard fel det som sparats oförändrat eller omvandlats (--report: som JSON).
  Slutstatus: 0 giltig, 1 fel i innehållet, 2 filen kan inte läsas eller tolkas.`,
    en: () => `Usage: termverkstad validate [--json] [--lang sv|en] FILE...
  Checks fragment, template and library files against the schemas and rules.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FILE] FILE
       termverkstad convert --from fhir [--out FILE] [--report FILE] FILE
  Converts as Export and Import do in the app; without --out the result goes to standard output.
  From FHIR, what was kept verbatim or converted is listed on standard error (--report: as JSON).
  Exit status: 0 valid, 1 errors in the content, 2 a file cannot be read or parsed.`,
  },
  CLI_NAME_ONE_FILE: { sv: () => 'Ange en fil.', en: () => 'Name one file.' },
  CLI_NAME_FILES: { sv: () => 'Ange minst en fil.', en: () => 'Name at least one file.' },
  CLI_UNKNOWN_COMMAND: {
    sv: (p) => `Okänt kommando: ${String(p.command)}`,
    en: (p) => `Unknown command: ${String(p.command)}`,
  },
  CLI_NEED_TO_OR_FROM: { sv: () => 'Ange --to eller --from.', en: () => 'Give --to or --from.' },
  CLI_FILE_HAS_ERRORS: {
    sv: (p) => `Filen har ${String(p.errors)} fel; rätta dem först (termverkstad validate visar dem).`,
    en: (p) => `The file has ${String(p.errors)} errors; fix them first (termverkstad validate shows them).`,
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
      `${String(p.file)}: ${p.errors === 0 ? 'giltig' : 'ogiltig'} (${String(p.errors)} fel, ${String(p.warnings)} varningar)`,
    en: (p) =>
      `${String(p.file)}: ${p.errors === 0 ? 'valid' : 'invalid'} (${String(p.errors)} errors, ${String(p.warnings)} warnings)`,
  },
  CLI_BAD_LANG: {
    sv: (p) => `--lang: sv eller en, inte ${q(p.value)}`,
    en: (p) => `--lang: sv or en, not ${q(p.value)}`,
  },
} satisfies Record<string, Texts>;

export type CliCode = keyof typeof CLI_TEXTS;
