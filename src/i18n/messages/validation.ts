import type { ValidationCode } from '../../validation/messages.ts';
import { listTerms, q, type Texts } from './texts.ts';

const fixed = (sv: string, en: string): Texts => ({ sv: () => sv, en: () => en });

/** A scenario's difference in words: "nu visas "A"; journaltexten har ändrats". */
const scenarioDifference =
  (language: 'sv' | 'en'): Texts['sv'] =>
  (p) => {
    const sv = language === 'sv';
    const parts: string[] = [];
    const shown = p.shown as readonly string[];
    const hidden = p.hidden as readonly string[];
    const gone = Number(p.gone);
    const orphans = Number(p.orphans);
    if (shown.length > 0) parts.push(`${sv ? 'nu visas' : 'now shows'} ${listTerms(shown, language)}`);
    if (hidden.length > 0)
      parts.push(`${sv ? 'visas inte längre' : 'no longer shows'} ${listTerms(hidden, language)}`);
    if (gone > 0)
      parts.push(
        sv ? `${gone} sökord som visades finns inte längre` : `${gone} keywords that showed are gone`,
      );
    if (orphans > 0)
      parts.push(
        sv
          ? `${orphans} svar hör till sökord som inte finns längre`
          : `${orphans} answers belong to keywords that are gone`,
      );
    if (p.noteChanged === 1) parts.push(sv ? 'journaltexten har ändrats' : 'the note text has changed');
    return parts.join('; ');
  };

/** Why a condition never holds, why a file is not one of ours, and a Testfall's changed outcome. */
export const VALIDATION_TEXTS = {
  NEVER_NONE_CAN_OCCUR: fixed('inget av värdena kan förekomma', 'none of the values can occur'),
  NEVER_OUTSIDE_MIN_MAX: fixed('värdet ligger utanför Min–Max', 'the value is outside Min–Max'),
  NEVER_ANSWERED_AND_EMPTY: fixed(
    'samma källa ska vara både ifylld och tom',
    'one source must be both answered and empty',
  ),
  NEVER_TWO_VALUES: fixed('samma källa ska ha två olika värden', 'one source must have two different values'),
  NEVER_REQUIRED_AND_EXCLUDED: fixed(
    'samma värde krävs och utesluts',
    'the same value is both required and excluded',
  ),
  NEVER_COMPARISONS_EXCLUDE: fixed('jämförelserna utesluter varandra', 'the comparisons exclude each other'),
  NEVER_SOURCE_NOT_BEFORE: fixed(
    'villkorets källa finns inte före sökordet',
    'the condition’s source does not come before the keyword',
  ),
  NEVER_SOURCE_MISFIT: fixed(
    'villkoret passar inte källans typ',
    'the condition does not fit the source’s type',
  ),
  FILE_IS_FHIR: {
    sv: (p) => `Filen är en FHIR-resurs (${String(p.type)}); här kontrolleras Termverkstads egna filer.`,
    en: (p) => `The file is a FHIR resource (${String(p.type)}); this checks Termverkstad's own files.`,
  },
  FILE_FORMAT_UNKNOWN: {
    sv: (p) =>
      `Okänt filformat (${p.format === undefined ? 'inget' : q(p.format)}); väntade termverkstad-fragment eller termverkstad-library.`,
    en: (p) =>
      `Unknown file format (${p.format === undefined ? 'none' : q(p.format)}); expected termverkstad-fragment or termverkstad-library.`,
  },
  FILE_FORMAT_VERSION: {
    sv: (p) =>
      `Formatet ${String(p.format)} version ${String(p.version)} stöds inte; den här versionen läser ${String(p.known)}.`,
    en: (p) =>
      `Format ${String(p.format)} version ${String(p.version)} is not supported; this version reads ${String(p.known)}.`,
  },
  SCENARIO_DIFFERENCE: { sv: scenarioDifference('sv'), en: scenarioDifference('en') },
  FOLDER_NOT_LIBRARY: fixed(
    'Mappen är inget Termverkstad-bibliotek (termverkstad.json saknas).',
    'The folder is not a Termverkstad library (termverkstad.json is missing).',
  ),
} satisfies Record<ValidationCode, Texts>;
