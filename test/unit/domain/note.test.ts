import { describe, expect, it } from 'vitest';
import { assembleDocument, formatAnswer, formatNumber, getNoteText } from '../../../src/domain/index.ts';
import { answersByTerm, exampleCatalog, exampleDocument, exampleLibrary } from '../../helpers/examples.ts';

describe('getNoteText (journaltext)', () => {
  const doc = exampleDocument('exempel-1177-fragment');

  it('writes the answered, visible keywords as "Sökord: värde", indented two spaces per level', () => {
    const answers = answersByTerm(doc, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
      ['Åtgärd', 'Tillgängliggörande'],
      ['Tillgängliggörandet avser', 'Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)'],
      ['Omfattning', 'Journalinformation från denna verksamhet'],
      ['Verksamhet (klinik/vårdcentral)', 'Barn- och ungdomsmedicinska mottagningen, Exempelstad'],
      ['Tidsbegränsat', 'Ja'],
      ['Gäller till och med', '2027-06-30'],
      ['Ungdomens inställning', 'Samtycker'],
      ['Särskilda skäl', 'Funktionsnedsättning; ungdomen behöver stöd med vårdkontakter.'],
      ['Begäran/initiativ från', 'Vårdnadshavare'],
      ['Beslut fattat av', 'Verksamhetschef'],
      ['Beslutsdatum', '2026-02-03'],
      ['Begäran skickad till Stöd och service', 'Via ärende'],
      ['Ärendenummer', 'SOS-000000'],
    ]);
    expect(getNoteText(doc, exampleCatalog, answers)).toBe(
      [
        'Begränsande eller tillgängliggörande åtgärder 1177: Ja',
        '  Åtgärd: Tillgängliggörande',
        '    Tillgängliggörandet avser: Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)',
        '    Omfattning: Journalinformation från denna verksamhet',
        '    Verksamhet (klinik/vårdcentral): Barn- och ungdomsmedicinska mottagningen, Exempelstad',
        '    Tidsbegränsat: Ja',
        '      Gäller till och med: 2027-06-30',
        '    Ungdomens inställning: Samtycker',
        '    Särskilda skäl: Funktionsnedsättning; ungdomen behöver stöd med vårdkontakter.',
        '  Begäran/initiativ från: Vårdnadshavare',
        '  Beslut fattat av: Verksamhetschef',
        '  Beslutsdatum: 2026-02-03',
        '  Begäran skickad till Stöd och service: Via ärende',
        '    Ärendenummer: SOS-000000',
      ].join('\n'),
    );
  });

  it('leaves out a folded branch, and nothing at all when nothing is answered', () => {
    const folded = answersByTerm(doc, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Nej'],
      ['Åtgärd', 'Begränsning'],
    ]);
    expect(getNoteText(doc, exampleCatalog, folded)).toBe(
      'Begränsande eller tillgängliggörande åtgärder 1177: Nej',
    );
    expect(getNoteText(doc, exampleCatalog, new Map())).toBe('');
  });

  it('writes a heading only above answered keywords; an incomplete score without its band; lists joined', () => {
    const phq = exampleDocument('exempel-phq9');
    const answers = answersByTerm(phq, [
      ['PHQ-9 genomförd', 'Ja'],
      ['PHQ-9 1 Intresse/glädje', 'Nästan varje dag'],
      ['PHQ-9 2 Nedstämdhet/hopplöshet', 'Nästan varje dag'],
    ]);
    const note = getNoteText(phq, exampleCatalog, answers).split('\n');
    expect(note[0]).toBe('Skattning');
    // Two of nine items answered: the sum says it is incomplete and gets no band.
    expect(note).toContain('    PHQ-9 summa: 6 (ofullständig: 2 av 9 besvarade)');
    const ic = exampleDocument('exempel-imaginecare');
    const icNote = getNoteText(
      ic,
      exampleCatalog,
      answersByTerm(ic, [
        ['Egenmonitorering ImagineCare ordinerad', 'Ja'],
        ['Kommunikation via tjänsten', ['Chatt', 'Video']],
      ]),
    );
    expect(icNote.split('\n')).toEqual([
      'Ordination',
      '  Egenmonitorering ImagineCare ordinerad: Ja',
      '    Kommunikation via tjänsten: Chatt, Video',
    ]);
  });

  it('formats numbers the Swedish way with unit, and multi-line text indented under its keyword', () => {
    const vikt = {
      id: 'k',
      term: 'Vikt',
      type: 'number' as const,
      status: 'active' as const,
      unit: 'kg',
      decimals: 1,
    };
    expect(formatNumber(82.5, vikt)).toBe('82,5 kg');
    expect(formatAnswer(vikt, 82)).toBe('82,0 kg');
    expect(formatAnswer({ ...vikt, type: 'check' }, true)).toBe('Ja');
    const answers = answersByTerm(doc, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
      ['Bedömning och skäl', 'Rad ett\nRad två'],
    ]);
    expect(getNoteText(doc, exampleCatalog, answers).split('\n')).toEqual([
      'Begränsande eller tillgängliggörande åtgärder 1177: Ja',
      '  Bedömning och skäl: Rad ett',
      '    Rad två',
    ]);
  });
});

describe('getNoteText over the other shipped examples', () => {
  it('Levnadsvanor: headings above answered keywords, a score sum, and an action shown by its threshold', () => {
    const doc = exampleDocument('exempel-levnadsvanor');
    const answers = answersByTerm(doc, [
      ['Rökning', 'Röker dagligen'],
      ['Antal cigaretter per dag', '10–19'],
      ['AUDIT-C 1 Dryckesfrekvens', '2–3 gånger i veckan'],
      ['AUDIT-C 2 Standardglas per tillfälle', '3–4'],
      ['AUDIT-C 3 Sex standardglas eller mer', 'Aldrig'],
    ]);
    const note = getNoteText(doc, exampleCatalog, answers).split('\n');
    expect(note.slice(0, 4)).toEqual([
      'Levnadsvanor',
      '  Tobak och nikotin',
      '    Rökning: Röker dagligen',
      '      Antal cigaretter per dag: 10–19',
    ]);
    // 3 + 1 + 0 = 4: the sum is written, and "Åtgärd alkohol" (shown at ≥ 4) is not, as it is unanswered.
    expect(note).toContain('    AUDIT-C summa: 4');
    expect(note.some((line) => line.includes('Åtgärd alkohol'))).toBe(false);
  });

  it('Riskbedömning: DFRI opens on a fall and its sum is written under it', () => {
    const doc = exampleDocument('exempel-riskbedomning');
    const answers = answersByTerm(doc, [
      ['Fallit senaste året', 'Ja'],
      ['Bedömd risk för fall under vårdtiden', 'Nej'],
      ['Tidigare fall', 'Ja'],
    ]);
    expect(getNoteText(doc, exampleCatalog, answers).split('\n')).toEqual([
      'Riskbedömning',
      '  Fall',
      '    Fallit senaste året: Ja',
      '    Bedömd risk för fall under vårdtiden: Nej',
      '    Fallriskutredning (DFRI)',
      '      Tidigare fall: Ja',
      '      DFRI summa: 1 (ofullständig: 1 av 5 besvarade)',
    ]);
  });

  it('the 1177 template writes the included fragment under Utförda åtgärder', () => {
    const library = exampleLibrary();
    const template = library.documents.find((d) => d.id === 'exempel-mottagningsbesok-1177')!;
    const fragment = library.documents.find((d) => d.id === 'exempel-1177-fragment')!;
    const { document: assembled } = assembleDocument(template, exampleCatalog, () => ({
      document: fragment,
      catalog: exampleCatalog,
    }));
    const answers = answersByTerm(assembled, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
      ['Åtgärd', 'Hävning av tidigare åtgärd'],
      ['Åtgärder i fritext', 'Samtal om journalåtkomst.'],
    ]);
    expect(getNoteText(assembled, exampleCatalog, answers).split('\n')).toEqual([
      'Utförda åtgärder',
      '  Begränsande eller tillgängliggörande åtgärder 1177: Ja',
      '    Åtgärd: Hävning av tidigare åtgärd',
      '  Åtgärder i fritext: Samtal om journalåtkomst.',
    ]);
  });
});
