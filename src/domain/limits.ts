/**
 * Input and size limits (quality-targets.md D4). Each tree level costs two levels of JSON nesting
 * (the children array and the node object), and a library file adds a few more around a document,
 * so the tree depth limit is set to fit the raw JSON nesting limit with room for conditions.
 */
export const LIMITS = {
  /**
   * Template or fragment file, in bytes: a 25,000-node template is ~9 MB as our (indented) fragment
   * file and ~21 MB as a FHIR Questionnaire.
   */
  documentFileBytes: 25 * 1024 * 1024,
  /** Library backup file, in bytes. */
  libraryFileBytes: 25 * 1024 * 1024,
  /** Nesting of [ and { in the raw text, checked before JSON.parse. */
  jsonNesting: 64,
  /**
   * Fields in one JSON object, checked before JSON.parse: every object in our formats and FHIR has
   * a few dozen; one with 1.9 million took JSON.parse 2.4 s and 400 MB (issue 18, case 6).
   */
  jsonObjectMembers: 10_000,
  /** Tree depth (a top-level node has depth 1). */
  treeDepth: 24,
  /** Depth above which a warning suggests flattening the tree. */
  treeDepthWarning: 8,
  /** Nodes in one document (issue 17: raised from 5,000 once the form and the checks kept up). */
  nodes: 25_000,
  /** Node count above which a warning is given. */
  nodesWarning: 1000,
  /** Longest advisable keyword term (note display width, domain-knowledge.md §1.5). */
  termAdvisedLength: 80,
  /** Rows of a keyword list (CSV) read at once: a region's catalogue. */
  keywordListRows: 20000,
  /** Diagnostics shown at most. */
  diagnosticsShown: 200,
  /** A value list up to this long shows as radio buttons (preview, FHIR itemControl); longer ones as a drop-down. */
  radioOptions: 7,
} as const;
