import type { FragmentFile, Keyword, KeywordNode } from '../../src/domain/model.ts';

/**
 * A deterministic large template in the shape quality-targets.md compares peers with: dynamic
 * Ja/Nej keywords, each unfolding four conditional children (choice, text, number, date), grouped
 * under headings. 20 headings × 49 groups × 5 = 4,920 nodes (+ 20 headings) by default.
 */
export function buildLargeTemplate(headings = 20, groupsPerHeading = 49): FragmentFile {
  const keywords: Keyword[] = [
    {
      id: 'kw-val',
      term: 'Val',
      type: 'singleChoice',
      status: 'active',
      options: [
        { id: 'a', label: 'Alternativ A' },
        { id: 'b', label: 'Alternativ B' },
      ],
    },
    { id: 'kw-text', term: 'Beskrivning', type: 'text', status: 'active' },
    { id: 'kw-antal', term: 'Antal', type: 'number', unit: 'st', min: 0, max: 100, status: 'active' },
    { id: 'kw-datum', term: 'Datum', type: 'date', status: 'active' },
  ];
  for (let g = 1; g <= groupsPerHeading; g++)
    keywords.push({ id: `kw-fraga-${g}`, term: `Åtgärd ${g} utförd`, type: 'yesNo', status: 'active' });
  const nodes: KeywordNode[] = [];
  for (let h = 1; h <= headings; h++) {
    keywords.push({
      id: `kw-avsnitt-${h}`,
      term: `Avsnitt ${h} – åtgärder`,
      type: 'heading',
      status: 'active',
    });
    const groups: KeywordNode[] = [];
    for (let g = 1; g <= groupsPerHeading; g++) {
      const id = `n-${h}-${g}`;
      const whenJa = {
        behavior: 'all' as const,
        clauses: [{ source: id, operator: 'equals' as const, value: 'ja' }] as [
          { source: string; operator: 'equals'; value: string },
        ],
      };
      groups.push({
        id,
        keywordId: `kw-fraga-${g}`,
        children: ['val', 'text', 'antal', 'datum'].map((kind) => ({
          id: `${id}-${kind}`,
          keywordId: `kw-${kind}`,
          showWhen: whenJa,
        })),
      });
    }
    nodes.push({ id: `n-${h}`, keywordId: `kw-avsnitt-${h}`, children: groups });
  }
  const at = '2026-11-25T09:00:00Z';
  return {
    format: 'termverkstad-fragment',
    formatVersion: 1,
    document: {
      id: 'stor-mall',
      kind: 'template',
      title: 'Stor mall',
      version: '0.1.0',
      status: 'draft',
      nodes,
      changeLog: [],
      createdAt: at,
      updatedAt: at,
    },
    keywords,
  };
}
