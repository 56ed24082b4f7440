import type { TreeDocument } from '../domain/model.ts';
import type { KeywordRow } from './keyword-rows.ts';

/** The texts of the specification, per language. */
export interface SpecWords {
  readonly lang: string;
  readonly heading: (title: string) => string;
  readonly meta: (kind: string, status: string, version: string) => string;
  readonly path: string;
  readonly type: string;
  readonly values: string;
  readonly unit: string;
  readonly codes: string;
  readonly description: string;
  readonly condition: string;
  readonly required: string;
  readonly rules: string;
  readonly alwaysShown: string;
  readonly generated: (at: string) => string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PRINT_CSS = `
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2rem; color: #111; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
.meta { color: #444; margin: 0 0 1.5rem; }
section { border-top: 1px solid #bbb; padding: 0.5rem 0; break-inside: avoid; }
h2 { font-size: 1rem; margin: 0; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.1rem 1rem; margin: 0.3rem 0 0; }
dt { color: #444; }
dd { margin: 0; }
.required { color: #8a1020; }
@media print { body { margin: 1cm; } a { color: inherit; } }
`;

/**
 * "Specifikation (utskrift)": a readable, printable HTML document of a template or fragment for
 * review and for the admins who build it in Cosmic: every keyword with its path, type, values,
 * unit, answer rules, codes, description and its condition in plain words. Every text is escaped.
 */
export function toSpecificationHtml(
  document: TreeDocument,
  rows: readonly KeywordRow[],
  words: SpecWords,
  labels: { readonly kind: string; readonly status: string; readonly exportedAt: string },
): string {
  const entry = (term: string, value: string) =>
    value === '' ? '' : `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  const sections = rows.map((row) => {
    return `<section style="margin-inline-start:${row.depth * 1.2}rem">
<h2>${escapeHtml(row.keyword.term)}${row.required ? ` <span class="required">(${escapeHtml(words.required)})</span>` : ''}</h2>
<dl>${[
      entry(words.path, row.path.join(' > ')),
      entry(words.type, row.type),
      entry(words.values, row.values.join(', ')),
      entry(words.unit, row.keyword.unit ?? ''),
      entry(words.rules, row.rules.join('; ')),
      entry(words.codes, row.codes.join('; ')),
      entry(words.description, row.keyword.description ?? ''),
      entry(words.condition, row.condition || words.alwaysShown),
    ].join('')}</dl>
</section>`;
  });
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(words.heading(document.title))}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(words.heading(document.title))}</h1>
<p class="meta">${escapeHtml(words.meta(labels.kind, labels.status, document.version))} · ${escapeHtml(words.generated(labels.exportedAt))}</p>
${document.description ? `<p>${escapeHtml(document.description)}</p>\n` : ''}${sections.join('\n')}
</body>
</html>
`;
}
