import { describe, expect, it } from 'vitest';
import { indexTree } from '../../../src/domain/index.ts';
import { describeCondition } from '../../../src/formats/describe-condition.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { exampleCatalog, exampleDocument, nodeIdByTerm } from '../../helpers/examples.ts';

function describeNode(documentId: string, term: string, language: 'sv' | 'en' = 'sv') {
  const doc = exampleDocument(documentId);
  const index = indexTree(doc.nodes);
  const id = nodeIdByTerm(doc, term);
  return describeCondition(
    index.places.get(id)!.node.showWhen!,
    id,
    index,
    exampleCatalog,
    STRINGS[language].condition,
  );
}

describe('describeCondition', () => {
  it('says only the value when the source is the parent', () => {
    expect(describeNode('exempel-1177-fragment', 'Åtgärd')).toBe('visas när Ja');
    expect(describeNode('exempel-1177-fragment', 'Typ av begränsning')).toBe('visas när Begränsning');
    expect(describeNode('exempel-1177-fragment', 'Period från')).toBe(
      'visas när innehåller Försegling av 1177 journal – viss tidsperiod',
    );
    expect(describeNode('exempel-levnadsvanor', 'AUDIT-C 2 Standardglas per tillfälle')).toBe(
      'visas när ifylld och inte Aldrig',
    );
  });

  it('names other sources, joins with eller/och, and writes numbers with a decimal comma', () => {
    expect(describeNode('exempel-1177-fragment', 'Mognadsbedömning gjord')).toBe(
      'visas när Tillgängliggörandet avser = Ungdom 13–15 år (egen åtkomst)',
    );
    expect(describeNode('exempel-levnadsvanor', 'Åtgärd tobak/nikotin')).toBe(
      'visas när Rökning = Röker dagligen eller Snusning = Snusar dagligen eller Andra nikotinprodukter = Använder dagligen',
    );
    expect(describeNode('exempel-levnadsvanor', 'Åtgärd fysisk aktivitet')).toBe(
      'visas när Aktivitetsminuter per vecka < 150',
    );
  });

  it('speaks English when asked', () => {
    expect(describeNode('exempel-1177-fragment', 'Åtgärd', 'en')).toBe('shown when Ja');
    expect(describeNode('exempel-phq9', 'PHQ-9 funktion', 'en')).toBe('shown when PHQ-9 summa ≥ 1');
  });
});
