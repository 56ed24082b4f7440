import type { ExchangeCode } from '../../exchange/exchange-messages.ts';
import type { FormatCode } from '../../formats/format-messages.ts';
import { fileSize, q, schemaDetail, type Texts } from './texts.ts';

/** Why a file, a FHIR resource or a pasted subtree cannot be read. */
export const FILE_TEXTS = {
  // Just over the limit, both sizes round alike ("25,0 MB; högst 25,0 MB"): then in bytes.
  FILE_TOO_LARGE: {
    sv: (p) =>
      `Filen är ${fileSize(p.bytes, p.limit, 'sv')}; högst ${fileSize(p.limit, p.bytes, 'sv')} tillåts.`,
    en: (p) =>
      `The file is ${fileSize(p.bytes, p.limit, 'en')}; the limit is ${fileSize(p.limit, p.bytes, 'en')}.`,
  },
  FILE_UTF16: {
    sv: () => 'Filen är UTF-16; UTF-8 förväntas.',
    en: () => 'The file is UTF-16; UTF-8 expected.',
  },
  FILE_CHECK_TIMED_OUT: {
    sv: (p) =>
      `Kontrollen av filen tog längre än ${String(p.seconds)} sekunder och avbröts; inget lästes in.`,
    en: (p) =>
      `Checking the file took longer than ${String(p.seconds)} seconds and was stopped; nothing was read.`,
  },
  FILE_NOT_UTF8: {
    sv: () => 'Filen är inte giltig UTF-8-text.',
    en: () => 'The file is not valid UTF-8 text.',
  },
  FILE_TOO_MANY_MEMBERS: {
    sv: (p) =>
      `Filen har ett objekt med fler än ${Number(p.limit).toLocaleString('sv-SE')} fält; inget av formaten har så stora objekt.`,
    en: (p) =>
      `The file has an object with more than ${Number(p.limit).toLocaleString('en-GB')} fields; none of the formats has objects that large.`,
  },
  FILE_TOO_DEEP: {
    sv: (p) => `Filen är nästlad djupare än ${String(p.limit)} nivåer.`,
    en: (p) => `The file is nested deeper than ${String(p.limit)} levels.`,
  },
  FILE_NOT_JSON: {
    sv: (p) => `Filen är inte giltig JSON (${String(p.detail)}).`,
    en: (p) => `The file is not valid JSON (${String(p.detail)}).`,
  },
  FILE_FORBIDDEN_KEY: {
    sv: (p) => `Filen innehåller den otillåtna nyckeln ${q(p.key)}.`,
    en: (p) => `The file contains the forbidden key ${q(p.key)}.`,
  },
  FILE_WRONG_ROOT: {
    sv: () => 'Filen ska innehålla ett JSON-objekt överst.',
    en: () => 'The file must hold a JSON object at the top.',
  },
  FILE_MISSING: { sv: () => 'Filen finns inte.', en: () => 'The file does not exist.' },
  FILE_CANNOT_OPEN: {
    sv: (p) => `Filen kan inte öppnas (${String(p.reason)}).`,
    en: (p) => `The file cannot be opened (${String(p.reason)}).`,
  },
  FILE_NOT_REGULAR: { sv: () => 'Det är ingen vanlig fil.', en: () => 'It is not a regular file.' },
  FHIR_NOT_QUESTIONNAIRE: {
    sv: (p) => `FHIR-resursen är av typen ${String(p.type)}; bara Questionnaire kan importeras.`,
    en: (p) => `The FHIR resource is of type ${String(p.type)}; only Questionnaire can be imported.`,
  },
  FHIR_ITEM_NOT_OBJECT: {
    sv: (p) => `${String(p.path)} är inte ett objekt.`,
    en: (p) => `${String(p.path)} is not an object.`,
  },
  FHIR_ITEM_NO_LINKID: {
    sv: (p) => `${String(p.path)} saknar linkId.`,
    en: (p) => `${String(p.path)} has no linkId.`,
  },
  FHIR_ITEM_INVALID: {
    sv: (p) => `${String(p.place)} kan inte läsas in: ${schemaDetail(p, 'sv')}.`,
    en: (p) => `${String(p.place)} cannot be read: ${schemaDetail(p, 'en')}.`,
  },
  FHIR_ITEM_UNKNOWN_TYPE: {
    sv: (p) => `${String(p.path)} (linkId ${q(p.linkId)}) har okänd typ ${String(p.type)}.`,
    en: (p) => `${String(p.path)} (linkId ${q(p.linkId)}) has an unknown type ${String(p.type)}.`,
  },
  FHIR_DUPLICATE_LINKID: {
    sv: (p) =>
      `linkId ${q(p.linkId)} finns två gånger: ${String(p.first)} och ${String(p.second)} (FHIR que-2).`,
    en: (p) => `linkId ${q(p.linkId)} occurs twice: ${String(p.first)} and ${String(p.second)} (FHIR que-2).`,
  },
  FHIR_CONDITION_TARGET_MISSING: {
    sv: (p) => `Villkoret ${String(p.path)} pekar på linkId ${String(p.question)}, som inte finns.`,
    en: (p) =>
      `The condition ${String(p.path)} refers to linkId ${String(p.question)}, which does not exist.`,
  },
  FHIR_BUNDLE_WITHOUT_QUESTIONNAIRE: {
    sv: () => 'FHIR-bunten innehåller inget Questionnaire.',
    en: () => 'The FHIR Bundle holds no Questionnaire.',
  },
  FHIR_EXPORT_INVALID: {
    sv: (p) =>
      `FHIR-exporten skulle inte vara giltig (${String(p.count)} fel, till exempel ${String(p.first)}); ingen fil skrevs.`,
    en: (p) =>
      `The FHIR export would not be valid (${String(p.count)} problems, for example ${String(p.first)}); no file was written.`,
  },
  CSV_MISSING_COLUMN: {
    sv: (p) => `Listan saknar kolumnen ${q(p.column)} (rad 1 ska ha rubrikerna).`,
    en: (p) => `The list has no column ${q(p.column)} (line 1 must hold the headings).`,
  },
  CSV_TOO_MANY_ROWS: {
    sv: (p) => `Listan har ${String(p.count)} rader; högst ${String(p.limit)} läses in åt gången.`,
    en: (p) => `The list has ${String(p.count)} rows; at most ${String(p.limit)} are read at a time.`,
  },
  CSV_EMPTY_TERM: {
    sv: (p) => `Rad ${String(p.line)}, kolumn ${q(p.column)}: sökordet saknar term.`,
    en: (p) => `Line ${String(p.line)}, column ${q(p.column)}: the keyword has no term.`,
  },
  CSV_TERM_TOO_LONG: {
    sv: (p) => `Rad ${String(p.line)}, kolumn ${q(p.column)}: termen är längre än 10 000 tecken.`,
    en: (p) => `Line ${String(p.line)}, column ${q(p.column)}: the term is longer than 10,000 characters.`,
  },
  CSV_UNKNOWN_TYPE: {
    sv: (p) => `Rad ${String(p.line)}, kolumn ${q(p.column)}: okänd typ ${q(p.value)}.`,
    en: (p) => `Line ${String(p.line)}, column ${q(p.column)}: unknown type ${q(p.value)}.`,
  },
  CSV_UNKNOWN_CODE_SYSTEM: {
    sv: (p) =>
      `Rad ${String(p.line)}, kolumn ${q(p.column)}: ${q(p.value)} börjar inte med ett känt kodsystem (KVÅ, SNOMED CT, ICF, ICD-10-SE, Cosmic, Lokal).`,
    en: (p) =>
      `Line ${String(p.line)}, column ${q(p.column)}: ${q(p.value)} does not start with a known code system (KVÅ, SNOMED CT, ICF, ICD-10-SE, Cosmic, Lokal).`,
  },
  CLIPBOARD_IS_LIBRARY: {
    sv: () => 'Urklippet är ett helt bibliotek.',
    en: () => 'The clipboard holds a whole library.',
  },
  CLIPBOARD_NODE_COUNT: {
    sv: (p) => `Urklippet ska innehålla ett sökord med sina undersökord, inte ${String(p.count)}.`,
    en: (p) => `The clipboard should hold one keyword with its children, not ${String(p.count)}.`,
  },
  IMPORT_IS_LIBRARY: {
    sv: () => 'Filen är en säkerhetskopia av ett helt bibliotek; den läses in med Återställ bibliotek.',
    en: () => 'The file is a backup of a whole library; it is read with Restore library.',
  },
} satisfies Record<FormatCode | ExchangeCode, Texts>;
