/* Generated from schemas/ by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

export type AnySchemaRoot = TreeDocument | FragmentFile | Keyword | LibraryFile | TreeNode;
/**
 * A stable identifier: letters, digits, dot, underscore or hyphen.
 */
export type Id = string;
export type DocumentKind = 'template' | 'fragment';
/**
 * A text shown to people (term, option label, title). Long enough for a real FHIR item's text or answer (instructions run to paragraphs); Kontroll advises short terms.
 */
export type Label = string;
/**
 * A longer free text (description, note).
 */
export type Text = string;
/**
 * A semantic version such as 1.2.0 or 2.0.0-rc.1.
 */
export type SemVer = string;
/**
 * draft = Utkast, review = Granskas, approved = Godkänd, retired = Avvecklad.
 */
export type DocumentStatus = 'draft' | 'review' | 'approved' | 'retired';
/**
 * One placement in a keyword tree: either a keyword with children, or an include of a fragment pinned to a version.
 */
export type TreeNode = KeywordNode | IncludeNode;
export type Operator =
  | 'checked'
  | 'equals'
  | 'notEquals'
  | 'includes'
  | 'answered'
  | 'notAnswered'
  | 'lessThan'
  | 'lessOrEqual'
  | 'greaterThan'
  | 'greaterOrEqual';
/**
 * An ISO 8601 date and time with a time zone.
 */
export type Timestamp = string;
/**
 * A node id in the assembled document: an include's nodes are prefixed with the include's id and a dot.
 */
export type NodePath = string;
/**
 * A preview answer: true for Ja-kryss, an option id, option ids, a number, a text or a date (YYYY-MM-DD).
 */
export type AnswerValue = boolean | number | string | string[];
/**
 * heading = Rubrik, check = Ja-kryss, yesNo = Ja/Nej, singleChoice = Envalslista, multipleChoice = Flervalslista, text = Fritext, number = Numeriskt, date = Datum, dateTime = Datum och tid, score = Poängsumma.
 */
export type KeywordType =
  | 'heading'
  | 'check'
  | 'yesNo'
  | 'singleChoice'
  | 'multipleChoice'
  | 'text'
  | 'number'
  | 'date'
  | 'dateTime'
  | 'score';
export type CodeSystem = 'KVÅ' | 'SNOMED CT' | 'ICF' | 'ICD-10-SE' | 'Cosmic' | 'Lokal';
/**
 * @maxItems 50
 */
export type Codings = Coding[];
/**
 * A text shown to people (term, option label, title). Long enough for a real FHIR item's text or answer (instructions run to paragraphs); Kontroll advises short terms.
 */
export type Label1 = string;
/**
 * A stable identifier: letters, digits, dot, underscore or hyphen.
 */
export type Id1 = string;
export type KeywordStatus = 'proposed' | 'active' | 'retired';

/**
 * A template (mall) or a fragment (a dynamic keyword with its subtree, added to many templates).
 */
export interface TreeDocument {
  id: Id;
  kind: DocumentKind;
  title: Label;
  description?: Text;
  version: SemVer;
  status: DocumentStatus;
  /**
   * Shipped as an example (Exempel), not approved content.
   */
  example?: boolean;
  /**
   * The top-level nodes. A fragment has exactly one.
   *
   * @maxItems 25000
   */
  nodes: TreeNode[];
  /**
   * @maxItems 10000
   */
  changeLog: ChangeEntry[];
  /**
   * What an import could not model, kept verbatim (JSON) and written back on export.
   *
   * @maxItems 60000
   */
  keptFromImport?: KeptEntry[];
  /**
   * Kommentarer: review comments on the document or on one of its nodes, open until resolved.
   *
   * @maxItems 5000
   */
  comments?: Comment[];
  /**
   * Testfall: saved preview answers with the outcome they gave, re-run on every change.
   *
   * @maxItems 200
   */
  scenarios?: Scenario[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface KeywordNode {
  id: Id;
  keywordId: Id;
  /**
   * An answer is required when the node is visible.
   */
  required?: boolean;
  showWhen?: Condition;
  /**
   * @maxItems 25000
   */
  children?: TreeNode[];
}
/**
 * Show-when condition (visas när): clauses joined by all (Alla) or any (Någon). FHIR enableWhen + enableBehavior.
 */
export interface Condition {
  behavior: 'all' | 'any';
  /**
   * @minItems 1
   * @maxItems 20
   */
  clauses: [Clause, ...Clause[]];
}
export interface Clause {
  source: Id;
  operator: Operator;
  /**
   * An option id, an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), a typed text or a number, as the operator and the source's type require.
   */
  value?: string | number;
}
export interface IncludeNode {
  id: Id;
  include: FragmentRef;
  showWhen?: Condition;
}
export interface FragmentRef {
  fragmentId: Id;
  version: SemVer;
}
export interface ChangeEntry {
  at: Timestamp;
  by?: string;
  version?: SemVer;
  status?: DocumentStatus;
  note: Text;
}
export interface KeptEntry {
  /**
   * The item's linkId, or empty for the resource itself.
   */
  where: string;
  /**
   * The element name, or the extension's URL.
   */
  what: string;
  json: string;
}
/**
 * A reviewer's comment on the document (no nodeId) or on one node; resolved when resolvedAt is set.
 */
export interface Comment {
  id: Id;
  nodeId?: Id;
  text: string;
  by?: string;
  at: Timestamp;
  resolvedAt?: Timestamp;
  resolvedBy?: string;
}
/**
 * A Testfall: answers, and the visible nodes and note text they gave when it was saved.
 */
export interface Scenario {
  id: Id;
  name: Label;
  /**
   * @maxItems 25000
   */
  answers: ScenarioAnswer[];
  expected: ScenarioOutcome;
  savedAt: Timestamp;
}
export interface ScenarioAnswer {
  nodeId: NodePath;
  value: AnswerValue;
}
export interface ScenarioOutcome {
  /**
   * @maxItems 25000
   */
  visible: NodePath[];
  note: string;
}
/**
 * A self-contained exchange file: one template or fragment plus the definition of every keyword it uses, and the saved version of every fragment it includes (at the version pinned, following includes inside them).
 */
export interface FragmentFile {
  format: 'termverkstad-fragment';
  formatVersion: 1;
  exportedAt?: Timestamp;
  document: TreeDocument;
  /**
   * @maxItems 100000
   */
  keywords: Keyword[];
  /**
   * The fragment versions the document's includes pin, each frozen with its keywords: a template travels with what it includes.
   *
   * @maxItems 1000
   */
  fragments?: IncludedFragment[];
}
/**
 * A reusable keyword (sökord) definition in the library's catalogue. One definition may be placed in many trees.
 */
export interface Keyword {
  id: Id;
  term: Label;
  description?: Text;
  type: KeywordType;
  /**
   * The value list of a single or multiple choice keyword, in display order.
   *
   * @maxItems 500
   */
  options?: Option[];
  /**
   * The ValueSet the value list comes from (a canonical URL, or #id of one contained in the Questionnaire): the FHIR export names it as answerValueSet instead of listing the options.
   */
  valueSet?: string;
  /**
   * The code system of the value list's codes (option ids) as a URI, as a FHIR valueCoding.system; empty when the codes have none. Absent: the keyword's own local system.
   */
  optionSystem?: string;
  unit?: string;
  min?: number;
  max?: number;
  decimals?: number;
  maxLength?: number;
  /**
   * For a Ja/Nej keyword: answered as a FHIR boolean (Ja = true, Nej = false) rather than a coded choice; set when a boolean item is imported.
   */
  booleanAnswer?: boolean;
  /**
   * For a choice: a free answer in words is taken besides the listed values (FHIR item type open-choice).
   */
  openChoice?: boolean;
  /**
   * For a text keyword: the answer is one line (FHIR item type string), not a longer text (text).
   */
  singleLine?: boolean;
  /**
   * For a text keyword: the fewest characters an answer may have.
   */
  minLength?: number;
  /**
   * For a text keyword: a regular expression (ECMAScript, u flag) the whole answer must match.
   */
  pattern?: string;
  patternHint?: Label1;
  /**
   * For a date keyword: the date may not be later than today.
   */
  notInFuture?: boolean;
  /**
   * For a date keyword: the date may not be earlier than today.
   */
  notInPast?: boolean;
  notBefore?: Id1;
  /**
   * For a score keyword: the keywords whose option scores (or numbers, times factor) are summed.
   *
   * @maxItems 200
   */
  scoreSources?: ScoreSource[];
  /**
   * For a score keyword: named ranges of the sum (e.g. PHQ-9 severity).
   *
   * @maxItems 20
   */
  bands?: ScoreBand[];
  missingItems?: MissingItems;
  codes?: Codings;
  status: KeywordStatus;
  /**
   * Whether the keyword is shown in 1177 journal. Absent means shown.
   */
  shownIn1177?: boolean;
}
/**
 * One value of a value list, with a stable id that conditions refer to.
 */
export interface Option {
  id: Id;
  label: Label;
  score?: number;
  codes?: Codings;
}
/**
 * A code binding in a named code system (KVÅ, SNOMED CT, ICF, the local Cosmic keyword id ...).
 */
export interface Coding {
  system: CodeSystem;
  code: string;
  display?: string;
}
export interface ScoreSource {
  keywordId: Id;
  factor?: number;
}
export interface ScoreBand {
  min: number;
  max: number;
  label: Label;
}
/**
 * For a score keyword: how many visible source items may be unanswered while the sum still counts, and whether the sum is then prorated (sum × items ÷ answered, rounded). Without it, any unanswered item makes the sum incomplete.
 */
export interface MissingItems {
  max: number;
  prorate?: boolean;
}
/**
 * A saved version of a fragment: the document as saved (its version is the one pinned) and the keywords it used.
 */
export interface IncludedFragment {
  document: TreeDocument;
  /**
   * @maxItems 100000
   */
  keywords: Keyword[];
}
/**
 * A backup of the whole library: the keyword catalogue, every document and every saved version.
 */
export interface LibraryFile {
  format: 'termverkstad-library';
  formatVersion: 1;
  exportedAt?: Timestamp;
  /**
   * @maxItems 100000
   */
  keywords: Keyword[];
  /**
   * @maxItems 10000
   */
  documents: TreeDocument[];
  /**
   * @maxItems 100000
   */
  versions: SavedVersion[];
  /**
   * @maxItems 10000
   */
  trash?: TrashEntry[];
  /**
   * @maxItems 100000
   */
  damaged?: DamagedRecord[];
}
/**
 * A frozen copy of a document and the keywords it used when the version was saved.
 */
export interface SavedVersion {
  id: Id;
  documentId: Id;
  version: SemVer;
  savedAt: Timestamp;
  by?: string;
  note?: Text;
  document: TreeDocument;
  /**
   * @maxItems 100000
   */
  keywords: Keyword[];
}
/**
 * Papperskorg: a deleted document, recoverable until it is emptied or 30 days have passed.
 */
export interface TrashEntry {
  id: Id;
  document: TreeDocument;
  deletedAt: Timestamp;
  by?: string;
}
/**
 * A record the browser's storage held that did not pass the schema when the library was loaded: carried as it was stored, so a backup loses nothing; a restore does not bring it back.
 */
export interface DamagedRecord {
  table: 'keywords' | 'documents' | 'versions' | 'trash';
  id: string;
  /**
   * Why it was refused, in words.
   */
  reason: string;
  /**
   * The record exactly as stored, as JSON text.
   */
  json: string;
}
