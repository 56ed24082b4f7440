import type { DiagnosticCode } from '../../validation/messages.ts';
import { q, schemaDetail, type Texts } from './texts.ts';

const CONFLICT_KINDS = {
  field: { sv: 'samma fält ändrat på båda håll', en: 'the same field changed both ways' },
  'removed-changed': {
    sv: 'borttaget på ena sidan, ändrat på den andra',
    en: 'removed on one side, changed on the other',
  },
  moved: { sv: 'flyttat till olika platser', en: 'moved to different places' },
  'parent-removed': {
    sv: 'tillagt eller flyttat under något som den andra sidan tog bort',
    en: 'added or moved under something the other side removed',
  },
  'source-removed': {
    sv: 'ett villkor hänvisar till något som den andra sidan tog bort',
    en: 'a condition refers to something the other side removed',
  },
} as const;

function conflictWhat(p: Record<string, unknown>, language: 'sv' | 'en'): string {
  const kind = CONFLICT_KINDS[p.kind as keyof typeof CONFLICT_KINDS];
  const field = p.field === undefined ? '' : ` ${q(p.field)}`;
  return `${String(p.at)}${field}: ${kind?.[language] ?? String(p.kind)}`;
}

/** The kind of value a condition's source compares with, in words. */
const VALUE_KINDS = {
  number: { sv: 'ett tal', en: 'a number' },
  text: { sv: 'en text', en: 'a text' },
  date: { sv: 'ett datum ÅÅÅÅ-MM-DD', en: 'a date YYYY-MM-DD' },
  dateTime: {
    sv: 'ett datum ÅÅÅÅ-MM-DD eller en tidpunkt med tidszon',
    en: 'a date YYYY-MM-DD or a time with its zone',
  },
} as const;

function valueKind(kind: unknown, language: 'sv' | 'en'): string {
  return VALUE_KINDS[kind as keyof typeof VALUE_KINDS]?.[language] ?? String(kind);
}

/** The words of every diagnostic (validation/messages.ts holds the codes and their severities). */
export const DIAGNOSTIC_TEXTS = {
  SCHEMA_INVALID: {
    sv: (p) => `Filen följer inte formatet vid ${q(p.path)}: ${schemaDetail(p, 'sv')}.`,
    en: (p) => `The file does not follow the format at ${q(p.path)}: ${schemaDetail(p, 'en')}.`,
  },
  DUPLICATE_NODE_ID: {
    sv: (p) => `Id ${q(p.id)} används av flera noder i trädet.`,
    en: (p) => `Id ${q(p.id)} is used by more than one node in the tree.`,
  },
  DUPLICATE_DOCUMENT_ID: {
    sv: (p) => `Dokument-id ${q(p.id)} förekommer flera gånger i biblioteket; bara ett av dem kan finnas.`,
    en: (p) => `Document id ${q(p.id)} occurs more than once in the library; only one of them can exist.`,
  },
  DUPLICATE_KEYWORD_ID: {
    sv: (p) => `Sökords-id ${q(p.id)} förekommer flera gånger i katalogen.`,
    en: (p) => `Keyword id ${q(p.id)} occurs more than once in the catalogue.`,
  },
  DUPLICATE_OPTION_ID: {
    sv: (p) => `Värdelistan för ${q(p.term)} har id ${q(p.id)} flera gånger.`,
    en: (p) => `The value list of ${q(p.term)} has id ${q(p.id)} more than once.`,
  },
  UNKNOWN_KEYWORD: {
    sv: (p) => `Noden använder sökord ${q(p.keywordId)}, som inte finns i katalogen.`,
    en: (p) => `The node uses keyword ${q(p.keywordId)}, which is not in the catalogue.`,
  },
  CONDITION_SOURCE_MISSING: {
    sv: (p) => `Villkoret för ${q(p.term)} hänvisar till ${q(p.source)}, som inte finns i trädet.`,
    en: (p) => `The condition of ${q(p.term)} refers to ${q(p.source)}, which is not in the tree.`,
  },
  CONDITION_SOURCE_SELF: {
    sv: (p) => `Villkoret för ${q(p.term)} hänvisar till sökordet självt.`,
    en: (p) => `The condition of ${q(p.term)} refers to the keyword itself.`,
  },
  CONDITION_SOURCE_DESCENDANT: {
    sv: (p) => `Villkoret för ${q(p.term)} hänvisar till ${q(p.sourceTerm)}, som ligger under det.`,
    en: (p) => `The condition of ${q(p.term)} refers to ${q(p.sourceTerm)}, which lies below it.`,
  },
  CONDITION_SOURCE_LATER: {
    sv: (p) => `Villkoret för ${q(p.term)} hänvisar till ${q(p.sourceTerm)}, som kommer senare i mallen.`,
    en: (p) =>
      `The condition of ${q(p.term)} refers to ${q(p.sourceTerm)}, which comes later in the template.`,
  },
  CONDITION_OPERATOR_NOT_ALLOWED: {
    sv: (p) =>
      `Villkoret för ${q(p.term)} använder ${q(p.operator)}, som inte går på ${q(p.sourceTerm)} (${String(p.sourceType)}).`,
    en: (p) =>
      `The condition of ${q(p.term)} uses ${q(p.operator)}, which does not apply to ${q(p.sourceTerm)} (${String(p.sourceType)}).`,
  },
  CONDITION_VALUE_MISSING: {
    sv: (p) => `Villkoret för ${q(p.term)} saknar värde för ${q(p.operator)}.`,
    en: (p) => `The condition of ${q(p.term)} has no value for ${q(p.operator)}.`,
  },
  CONDITION_VALUE_WRONG_TYPE: {
    sv: (p) =>
      `Villkoret för ${q(p.term)} jämför med ${q(p.value)}, men ${q(p.sourceTerm)} kräver ${valueKind(p.expected, 'sv')}.`,
    en: (p) =>
      `The condition of ${q(p.term)} compares with ${q(p.value)}, but ${q(p.sourceTerm)} needs ${valueKind(p.expected, 'en')}.`,
  },
  CONDITION_VALUE_NOT_OPTION: {
    sv: (p) =>
      `Villkoret för ${q(p.term)} väntar på ${q(p.value)}, som inte finns i värdelistan för ${q(p.sourceTerm)}.`,
    en: (p) =>
      `The condition of ${q(p.term)} waits for ${q(p.value)}, which is not in the value list of ${q(p.sourceTerm)}.`,
  },
  CONDITION_NEVER_TRUE: {
    sv: (p) => `Villkoret för ${q(p.term)} kan aldrig uppfyllas (${String(p.why)}); sökordet visas aldrig.`,
    en: (p) => `The condition of ${q(p.term)} can never be met (${String(p.why)}); the keyword never shows.`,
  },
  EMPTY_VALUE_LIST: {
    sv: (p) => `${q(p.term)} är en lista men har inga värden.`,
    en: (p) => `${q(p.term)} is a list but has no values.`,
  },
  DUPLICATE_OPTION_LABEL: {
    sv: (p) => `Värdet ${q(p.label)} finns flera gånger i värdelistan för ${q(p.term)}.`,
    en: (p) => `The value ${q(p.label)} occurs more than once in the value list of ${q(p.term)}.`,
  },
  DUPLICATE_SIBLING_TERM: {
    sv: (p) => `${q(p.term)} finns flera gånger på samma nivå.`,
    en: (p) => `${q(p.term)} occurs more than once at the same level.`,
  },
  MIN_GREATER_THAN_MAX: {
    sv: (p) => `${q(p.term)}: Min (${String(p.min)}) är större än Max (${String(p.max)}).`,
    en: (p) => `${q(p.term)}: Min (${String(p.min)}) is greater than Max (${String(p.max)}).`,
  },
  VALUE_SET_NOT_EXPANDED: {
    sv: (p) =>
      `${q(p.term)}: Värdena kommer från ValueSet ${q(p.valueSet)}, som inte finns här; förhandsgranskningen kan inte visa dem, exporten anger den som förut.`,
    en: (p) =>
      `${q(p.term)}: The values come from ValueSet ${q(p.valueSet)}, which is not here; the preview cannot show them, the export names it as before.`,
  },
  MIN_LENGTH_GREATER_THAN_MAX: {
    sv: (p) =>
      `${q(p.term)}: Minst ${String(p.min)} tecken men högst ${String(p.max)} – inget svar kan uppfylla båda.`,
    en: (p) =>
      `${q(p.term)}: At least ${String(p.min)} characters but at most ${String(p.max)} – no answer can meet both.`,
  },
  PATTERN_INVALID: {
    sv: (p) => `${q(p.term)}: Formatet ${q(p.pattern)} är inget giltigt reguljärt uttryck.`,
    en: (p) => `${q(p.term)}: The format ${q(p.pattern)} is not a valid regular expression.`,
  },
  NOT_BEFORE_NOT_A_DATE: {
    sv: (p) =>
      `${q(p.term)} får inte ligga före ${q(p.keywordId)}, men det är inget annat datumsökord i katalogen.`,
    en: (p) =>
      `${q(p.term)} must not be earlier than ${q(p.keywordId)}, but there is no such date keyword in the catalogue.`,
  },
  NOT_BEFORE_NOT_PLACED: {
    sv: (p) =>
      `${q(p.term)} får inte ligga före ${q(p.otherTerm)}, som inte finns i den här mallen – regeln prövas aldrig.`,
    en: (p) =>
      `${q(p.term)} must not be earlier than ${q(p.otherTerm)}, which is not in this template – the rule is never applied.`,
  },
  DATE_ONLY_TODAY: {
    sv: (p) => `${q(p.term)}: Datumreglerna lämnar bara dagens datum kvar.`,
    en: (p) => `${q(p.term)}: The date rules leave only today's date.`,
  },
  SCORE_WITHOUT_SOURCES: {
    sv: (p) => `Poängsumman ${q(p.term)} anger inga sökord att summera.`,
    en: (p) => `The score ${q(p.term)} names no keywords to sum.`,
  },
  SCORE_SOURCE_UNKNOWN: {
    sv: (p) => `Poängsumman ${q(p.term)} summerar ${q(p.keywordId)}, som inte finns i katalogen.`,
    en: (p) => `The score ${q(p.term)} sums ${q(p.keywordId)}, which is not in the catalogue.`,
  },
  SCORE_SOURCE_UNSCORED: {
    sv: (p) => `Poängsumman ${q(p.term)} summerar ${q(p.sourceTerm)}, men alla dess värden har inte poäng.`,
    en: (p) => `The score ${q(p.term)} sums ${q(p.sourceTerm)}, but not all of its values have a score.`,
  },
  SCORE_SOURCE_LATER: {
    sv: (p) => `Poängsumman ${q(p.term)} summerar ${q(p.sourceTerm)}, som kommer efter summan i mallen.`,
    en: (p) => `The score ${q(p.term)} sums ${q(p.sourceTerm)}, which comes after the score in the template.`,
  },
  SCORE_SOURCE_NOT_PLACED: {
    sv: (p) => `Poängsumman ${q(p.term)} summerar ${q(p.sourceTerm)}, som inte finns i den här mallen.`,
    en: (p) => `The score ${q(p.term)} sums ${q(p.sourceTerm)}, which is not in this template.`,
  },
  FRAGMENT_ROOT: {
    sv: (p) => `Ett fragment ska ha exakt ett översta sökord, men har ${String(p.count)}.`,
    en: (p) => `A fragment must have exactly one top-level keyword, but has ${String(p.count)}.`,
  },
  INCLUDE_NOT_FOUND: {
    sv: (p) =>
      `Fragmentet ${q(p.title ?? p.fragmentId)} version ${q(p.version)} saknas: det finns inte som sparad version, varken i biblioteket eller i filen.`,
    en: (p) =>
      `Fragment ${q(p.title ?? p.fragmentId)} version ${q(p.version)} is missing: it is not a saved version in the library or in the file.`,
  },
  INCLUDE_CYCLE: {
    sv: (p) => `Fragmenten inkluderar varandra i en slinga: ${String(p.cycle)}.`,
    en: (p) => `The fragments include each other in a loop: ${String(p.cycle)}.`,
  },
  INCLUDE_TOO_LARGE: {
    sv: (p) =>
      p.reason === 'includes'
        ? `Fragmenten infogas fler än ${String(p.limit)} gånger när dokumentet sätts ihop (${String(p.chain)}); det sätts inte ihop längre än så.`
        : `Med fragmenten infogade blir dokumentet minst ${String(p.nodes)} sökord (${String(p.chain)}); högst ${String(p.limit)} tillåts.`,
    en: (p) =>
      p.reason === 'includes'
        ? `Fragments are placed more than ${String(p.limit)} times when the document is assembled (${String(p.chain)}); it is not assembled further.`
        : `With its fragments in place the document has at least ${String(p.nodes)} keywords (${String(p.chain)}); at most ${String(p.limit)} are allowed.`,
  },
  TREE_TOO_DEEP: {
    sv: (p) => `Trädet har ${String(p.depth)} nivåer; högst ${String(p.limit)} tillåts.`,
    en: (p) => `The tree has ${String(p.depth)} levels; at most ${String(p.limit)} are allowed.`,
  },
  TREE_DEEP: {
    sv: (p) => `Trädet har ${String(p.depth)} nivåer; fler än ${String(p.limit)} blir svårt att överblicka.`,
    en: (p) => `The tree has ${String(p.depth)} levels; more than ${String(p.limit)} is hard to follow.`,
  },
  TOO_MANY_NODES: {
    sv: (p) => `Mallen har ${String(p.count)} sökord; högst ${String(p.limit)} tillåts.`,
    en: (p) => `The template has ${String(p.count)} keywords; at most ${String(p.limit)} are allowed.`,
  },
  MANY_NODES: {
    sv: (p) => `Mallen har ${String(p.count)} sökord; fler än ${String(p.limit)} är ovanligt många.`,
    en: (p) =>
      `The template has ${String(p.count)} keywords; more than ${String(p.limit)} is unusually many.`,
  },
  HEADING_WITHOUT_CHILDREN: {
    sv: (p) => `Rubriken ${q(p.term)} har inga undersökord.`,
    en: (p) => `The heading ${q(p.term)} has no child keywords.`,
  },
  REQUIRED_WITHOUT_ANSWER: {
    sv: (p) =>
      `${q(p.term)} är markerat som obligatoriskt men besvaras inte (en rubrik eller poängsumma): markeringen har ingen verkan och följer inte med till FHIR.`,
    en: (p) =>
      `${q(p.term)} is marked required but takes no answer (a heading or a score): the mark has no effect and is not exported to FHIR.`,
  },
  CHILD_NEVER_FOLDS: {
    sv: (p) =>
      `${q(p.term)} ligger under ${q(p.parentTerm)} men har inget villkor, så det fälls aldrig ihop.`,
    en: (p) => `${q(p.term)} lies under ${q(p.parentTerm)} but has no condition, so it never folds.`,
  },
  RETIRED_KEYWORD: {
    sv: (p) => `${q(p.term)} är avvecklat men används fortfarande.`,
    en: (p) => `${q(p.term)} is retired but still in use.`,
  },
  NUMBER_WITHOUT_UNIT: {
    sv: (p) => `Det numeriska sökordet ${q(p.term)} saknar enhet.`,
    en: (p) => `The number keyword ${q(p.term)} has no unit.`,
  },
  CODE_FORMAT: {
    sv: (p) => `${q(p.term)}: koden ${q(p.code)} ser inte ut som en ${String(p.system)}-kod.`,
    en: (p) => `${q(p.term)}: the code ${q(p.code)} does not look like a ${String(p.system)} code.`,
  },
  NAME_LOWERCASE_START: {
    sv: (p) => `${q(p.term)} bör börja med stor bokstav.`,
    en: (p) => `${q(p.term)} should start with a capital letter.`,
  },
  NAME_CAPITALS: {
    sv: (p) => `${q(p.term)}: ${q(p.word)} bör skrivas med gemener (versaler bara i förkortningar och namn).`,
    en: (p) => `${q(p.term)}: ${q(p.word)} should be lower case (capitals only in abbreviations and names).`,
  },
  NAME_TRAILING_PUNCTUATION: {
    sv: (p) => `${q(p.term)} bör inte sluta med punkt eller kolon.`,
    en: (p) => `${q(p.term)} should not end with a full stop or colon.`,
  },
  NAME_TOO_LONG: {
    sv: (p) => `${q(p.term)} har ${String(p.length)} tecken; högst ${String(p.limit)} rekommenderas.`,
    en: (p) => `${q(p.term)} has ${String(p.length)} characters; at most ${String(p.limit)} is advised.`,
  },
  NAME_UNIT_IN_TERM: {
    sv: (p) => `${q(p.term)}: enheten ${q(p.unit)} hör hemma i fältet Enhet, inte i namnet.`,
    en: (p) => `${q(p.term)}: the unit ${q(p.unit)} belongs in the Unit field, not in the name.`,
  },
  NAME_QUESTION: {
    sv: (p) => `${q(p.term)} är formulerat som en fråga; lägg frågan i beskrivningen.`,
    en: (p) => `${q(p.term)} is phrased as a question; put the question in the description.`,
  },
  NAME_VAGUE: {
    sv: (p) => `${q(p.term)} säger inte vad det gäller; lägg till en bestämning.`,
    en: (p) => `${q(p.term)} does not say what it is about; add a qualifier.`,
  },
  OPTION_LABEL_STYLE: {
    sv: (p) => `Värdet ${q(p.label)} i ${q(p.term)} bör börja med stor bokstav och sakna avslutande punkt.`,
    en: (p) =>
      `The value ${q(p.label)} of ${q(p.term)} should start with a capital letter and have no final full stop.`,
  },
  SAME_TERM_IN_CATALOGUE: {
    sv: (p) =>
      `Det finns ett annat sökord ${q(p.term)} i katalogen. Är de samma, slå ihop dem i Sökordskatalog.`,
    en: (p) =>
      `There is another keyword ${q(p.term)} in the catalogue. If they are the same, merge them in the keyword catalogue.`,
  },
  SCENARIO_CHANGED: {
    sv: (p) =>
      `Testfallet ${q(p.name)} ger inte längre samma utfall: ${String(p.what)}. Uppdatera testfallet om ändringen är avsedd.`,
    en: (p) =>
      `The test case ${q(p.name)} no longer gives the same outcome: ${String(p.what)}. Update the test case if the change is intended.`,
  },
  FOLDER_DUPLICATE_ID: {
    sv: (p) => `Id ${q(p.id)} finns också i ${String(p.other)}; varje post ska finnas i en enda fil.`,
    en: (p) => `Id ${q(p.id)} is also in ${String(p.other)}; each record belongs in one file only.`,
  },
  FOLDER_WRONG_PATH: {
    sv: (p) => `Innehållet hör hemma i ${String(p.expected)}; flytta filen dit.`,
    en: (p) => `The content belongs in ${String(p.expected)}; move the file there.`,
  },
  FOLDER_UNKNOWN_FILE: {
    sv: () => 'Filen hör inte till bibliotekets upplägg och läses inte (se README.md i mappen).',
    en: () => 'The file is not part of the library layout and is not read (see README.md in the folder).',
  },
  FOLDER_NOT_CANONICAL: {
    sv: () =>
      'Filen är inte skriven i bibliotekets fasta form (nyckelordning, indrag, LF); Termverkstad skriver om den vid nästa ändring, vilket ger en större diff.',
    en: () =>
      'The file is not written in the library’s fixed form (key order, indent, LF); Termverkstad rewrites it on the next change, which makes a larger diff.',
  },
  MERGE_CONFLICT: {
    sv: (p) =>
      `Olöst konflikt från en sammanslagning (${conflictWhat(p, 'sv')}). Öppna biblioteket i Termverkstad och välj Behåll min eller Behåll deras.`,
    en: (p) =>
      `Unresolved conflict from a merge (${conflictWhat(p, 'en')}). Open the library in Termverkstad and choose Keep mine or Keep theirs.`,
  },
} satisfies Record<DiagnosticCode, Texts>;
