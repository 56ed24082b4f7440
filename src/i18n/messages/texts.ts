import type { Language } from '../strings.ts';

/** A message's parameters once nested messages are in words: what a text function receives. */
export type RenderedParams = Readonly<Record<string, string | number | readonly string[]>>;

/** One message's words in each language. */
export type Texts = { readonly [L in Language]: (p: RenderedParams) => string };

export const q = (value: unknown) => `"${String(value)}"`;

/** A few terms in words: "A", "A, B och C", "A, B, C och 2 till". */
export function listTerms(terms: RenderedParams[string] | undefined, language: Language): string {
  const all = Array.isArray(terms) ? (terms as readonly string[]) : [String(terms)];
  const and = language === 'sv' ? 'och' : 'and';
  const shown = all.slice(0, 3).map(q);
  if (all.length > 3)
    return `${shown.join(', ')} ${and} ${all.length - 3} ${language === 'sv' ? 'till' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}`;
}

/** Bytes as megabytes with one decimal, with the language's decimal sign ("6,0 MB", "6.0 MB"). */
export function megabytes(bytes: RenderedParams[string] | undefined, language: Language): string {
  const mb = (Number(bytes) / 1024 / 1024).toFixed(1);
  return `${language === 'sv' ? mb.replace('.', ',') : mb} MB`;
}

/** A size in megabytes, or in bytes when the size it is compared with reads the same in megabytes. */
export function fileSize(
  bytes: RenderedParams[string] | undefined,
  other: RenderedParams[string] | undefined,
  language: Language,
): string {
  const shown = megabytes(bytes, language);
  if (shown !== megabytes(other, language)) return shown;
  const exact = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(Number(bytes));
  return `${exact} ${language === 'sv' ? 'byte' : 'bytes'}`;
}

const TYPES_SV: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'sant eller falskt',
  object: 'ett objekt',
  array: 'en lista',
  null: 'tomt (null)',
};
const FORMATS_SV: Readonly<Record<string, string>> = {
  'date-time': 'tidpunkt',
  date: 'datum',
  uri: 'adress',
};

/**
 * What a schema check found, in the language: from the rule and its value when the check named them
 * (structural.ts), else the check's own English words. "okänt fält \"x\"", "längre än 200 tecken".
 */
export function schemaDetail(p: RenderedParams, language: Language): string {
  const value = String(p.value ?? '');
  if (language === 'en' || p.rule === undefined) return String(p.detail);
  switch (p.rule) {
    case 'additionalProperties':
      return `okänt fält ${q(value)}`;
    case 'required':
      return `fältet ${q(value)} saknas`;
    case 'maxLength':
      return `längre än ${value} tecken`;
    case 'minLength':
      return `kortare än ${value} tecken`;
    case 'maxItems':
      return `fler än ${value} ${value === '1' ? 'post' : 'poster'}`;
    case 'minItems':
      return `färre än ${value} ${value === '1' ? 'post' : 'poster'}`;
    case 'type':
      return `ska vara ${value
        .split(',')
        .map((type) => TYPES_SV[type] ?? type)
        .join(' eller ')}`;
    case 'enum':
    case 'const':
      return 'inte ett av de tillåtna värdena';
    case 'pattern':
      return 'har inte den form som krävs';
    case 'format':
      return `inte ${FORMATS_SV[value] ? `en giltig ${FORMATS_SV[value]}` : `giltigt ${value}`}`;
    case 'repeated':
      // Not ajv's: a stored document's edits naming a node twice (persistence/library-load.ts).
      return `${q(value)} förekommer flera gånger`;
    case 'minimum':
      return `mindre än ${value}`;
    case 'maximum':
      return `större än ${value}`;
    default:
      return `uppfyller inte formatets regel ${q(String(p.rule))}`;
  }
}
