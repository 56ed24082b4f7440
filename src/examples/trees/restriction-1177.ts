/** Example tree: Begränsande eller tillgängliggörande åtgärder 1177 (domain-knowledge.md §2.3): tick Ja and the rest unfolds. */
import { date, has, is, multiple, single, text, when, whenAny, yesNo, type NodeSpec } from '../builder.ts';
import { JA } from './common.ts';

export const restriction1177: NodeSpec = yesNo(
  'Begränsande eller tillgängliggörande åtgärder 1177',
  {
    key: 'atgard-1177',
    shownIn1177: false,
    description:
      'Dokumenterar beslut om att begränsa eller tillgängliggöra 1177 journal. Kryssa Ja för att fälla ut sökorden. Öppen fråga till Termgruppen: ska sökordet undantas från 1177 journal?',
  },
  [
    single(
      'Åtgärd',
      ['Begränsning', 'Tillgängliggörande', 'Hävning av tidigare åtgärd'],
      { when: JA, required: true },
      [
        multiple(
          'Typ av begränsning',
          [
            'Låsning av inloggning till 1177 e-tjänster',
            'Försegling av 1177 journal – hela journalen',
            'Försegling av 1177 journal – viss vårdenhet',
            'Försegling av 1177 journal – viss tidsperiod',
            'Blockering av vårdnadshavares åtkomst',
          ],
          { when: when(is('Begränsning')), required: true },
          [
            text('Vårdenhet som förseglas', {
              when: when(has('Försegling av 1177 journal – viss vårdenhet')),
              required: true,
              description: 'Ange gärna HSA-id.',
            }),
            date('Period från', {
              when: when(has('Försegling av 1177 journal – viss tidsperiod')),
              required: true,
            }),
            date('Period till', {
              when: when(has('Försegling av 1177 journal – viss tidsperiod')),
              required: true,
              notBefore: 'period-fran',
              description: 'Ska vara samma dag som eller senare än Period från.',
            }),
            single('Blockeringen avser', ['En vårdnadshavare', 'Båda vårdnadshavarna'], {
              when: when(has('Blockering av vårdnadshavares åtkomst')),
              required: true,
            }),
            single('Orosanmälan till socialtjänsten gjord', ['Ja', 'Nej', 'Ej aktuellt'], {
              when: when(has('Blockering av vårdnadshavares åtkomst')),
            }),
          ],
        ),
        multiple('Bedömd risk för men för', ['Patienten', 'Närstående', 'Tredje person', 'Vårdpersonal'], {
          when: when(is('Begränsning')),
        }),
        single(
          'Tillgängliggörandet avser',
          ['Ungdom 13–15 år (egen åtkomst)', 'Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)'],
          { key: 'avser', when: when(is('Tillgängliggörande')), required: true },
        ),
        single('Omfattning', ['Journalinformation från denna verksamhet'], {
          when: when(is('Tillgängliggörande')),
          required: true,
          description: 'Fast val: tillgängliggörande gäller per klinik eller vårdcentral.',
        }),
        text('Verksamhet (klinik/vårdcentral)', {
          when: when(is('Tillgängliggörande')),
          required: true,
          description: 'Ange gärna HSA-id.',
        }),
        yesNo('Tidsbegränsat', { when: when(is('Tillgängliggörande')) }, [
          date('Gäller till och med', { when: JA, required: true }),
        ]),
        yesNo('Mognadsbedömning gjord', {
          when: when(is('Ungdom 13–15 år (egen åtkomst)', 'avser')),
          required: true,
        }),
        single(
          'Ungdomens inställning',
          ['Samtycker', 'Samtycker inte', 'Kan inte ta ställning (medicinska hinder)'],
          {
            when: when(is('Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)', 'avser')),
            required: true,
          },
        ),
        text('Särskilda skäl', {
          when: when(is('Vårdnadshavare till ungdom 13–15 år (förlängd åtkomst)', 'avser')),
          required: true,
          description: 'Till exempel funktionsnedsättning.',
        }),
        single(
          'Åtgärd som hävs',
          ['Låsning av inloggning', 'Försegling', 'Blockering av vårdnadshavare', 'Tillgängliggörande'],
          { when: when(is('Hävning av tidigare åtgärd')), required: true },
        ),
        date('Datum för ursprunglig åtgärd', { when: when(is('Hävning av tidigare åtgärd')) }),
      ],
    ),
    single(
      'Begäran/initiativ från',
      [
        'Patienten/invånaren själv',
        'Vårdnadshavare',
        'Hälso- och sjukvården',
        'Socialtjänst',
        'Polis',
        'Kriminalvård',
        'Annan myndighet',
      ],
      { when: JA, required: true },
    ),
    single(
      'Beslut fattat av',
      ['Verksamhetschef', 'Bakjour (jourtid)', 'Ansvarig läkare', 'Annan'],
      { when: JA, required: true },
      [text('Beslutsfattare, befattning', { when: when(is('Annan')), required: true })],
    ),
    date('Beslutsdatum', {
      when: JA,
      required: true,
      notInFuture: true,
      description: 'Får inte ligga i framtiden.',
    }),
    text('Bedömning och skäl', { when: JA, required: true }),
    single('Patient/vårdnadshavare informerad', ['Ja', 'Nej', 'Ej lämpligt'], { when: JA }, [
      text('Skäl till att information inte lämnats', { when: whenAny(is('Nej'), is('Ej lämpligt')) }),
    ]),
    single(
      'Begäran skickad till Stöd och service',
      ['Via ärende', 'Via telefon (akut/kväll/helg)'],
      { when: JA, required: true },
      [text('Ärendenummer', { when: when(is('Via ärende')) })],
    ),
    date('Planerad omprövning', { when: JA }),
  ],
);
