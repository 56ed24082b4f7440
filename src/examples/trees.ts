/**
 * The example library shipped with the app (domain-knowledge.md §2.3 and §3). These are illustrative
 * designs, not content approved by any Termgruppen: every document is marked as an example, status
 * Utkast. Labels the source marks as unverified say so in their description.
 */
import type { IncludeNode, Keyword, TreeDocument } from '../domain/model.ts';
import {
  answered,
  buildDocument,
  compare,
  date,
  has,
  heading,
  is,
  isNot,
  multiple,
  number,
  score,
  single,
  text,
  when,
  whenAll,
  whenAny,
  yesNo,
  type NodeSpec,
} from './builder.ts';

const CREATED = '2026-11-25T09:00:00Z';
const JA = when(is('Ja'));
const VERIFY = 'Etiketten är återgiven ur minnet i underlaget; verifiera mot källan före skarp användning.';

export const FRAGMENT_1177_ID = 'exempel-1177-fragment';

const restriction1177: NodeSpec = yesNo(
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
    date('Beslutsdatum', { when: JA, required: true, description: 'Får inte ligga i framtiden.' }),
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

const FREQUENCY = ['Dagligen', 'Flera gånger per vecka', 'En gång per vecka', 'Vid symtom'];

const imagineCare: NodeSpec = heading('Ordination', [
  yesNo('Egenmonitorering ImagineCare ordinerad', {}, [
    single(
      'Typ av egenmonitorering',
      ['Standardiserad (fast logik)', 'Individanpassad'],
      { when: JA, required: true },
      [
        single('Program', ['Astma', 'Diabetes typ 2', 'Hjärtsvikt', 'KOL'], {
          when: when(is('Standardiserad (fast logik)')),
          required: true,
        }),
        multiple(
          'Mätvärden',
          [
            'Blodsocker',
            'Blodsocker gravid',
            'Blodtryck',
            'Blodtryck gravid',
            'FEV1',
            'Fysisk aktivitet',
            'PEF',
            'Spirometri',
            'Steg',
            'Syremättnad',
            'Sömn',
            'Temperatur',
            'Vikt',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Blodtryck – mätfrekvens', FREQUENCY, { when: when(has('Blodtryck')), required: true }),
            number('Blodtryck – larmgräns systoliskt övre', 'mmHg', {
              when: when(has('Blodtryck')),
              min: 60,
              max: 260,
              decimals: 0,
              description: 'Illustrativ gräns, inte en klinisk rekommendation.',
            }),
            number('Blodtryck – larmgräns systoliskt nedre', 'mmHg', {
              when: when(has('Blodtryck')),
              min: 60,
              max: 260,
              decimals: 0,
              description: 'Ska vara lägre än den övre larmgränsen.',
            }),
            single('Vikt – mätfrekvens', FREQUENCY, { when: when(has('Vikt')), required: true }),
            number('Vikt – larm vid viktökning', 'kg', {
              when: when(has('Vikt')),
              min: 0,
              max: 20,
              decimals: 1,
            }),
            number('Vikt – antal dagar för viktökningen', 'dagar', {
              when: when(has('Vikt')),
              min: 1,
              max: 30,
              decimals: 0,
            }),
            number('Syremättnad – larmgräns nedre', '%', {
              when: when(has('Syremättnad')),
              min: 70,
              max: 100,
              decimals: 0,
            }),
          ],
        ),
        multiple(
          'Formulär',
          [
            'ACT',
            'CAT',
            'CRP-resultat',
            'Frågor om smärta',
            'IPOS 3 dagar',
            'IPOS 7 dagar',
            'KEDS',
            'Levnadsvanor',
            'PHQ-9',
            'PROMIS-10',
            'Symtomkoll vid hjärtsvikt',
            'Tilläggsfrågor om KOL',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Formulär – frekvens', ['Varje vecka', 'Varannan vecka', 'Varje månad', 'Inför besök'], {
              when: when(answered()),
            }),
          ],
        ),
        multiple(
          'Skattningar',
          [
            'Andfåddhet',
            'Aptit',
            'Fysisk hälsa',
            'Huvudvärk',
            'Illamående',
            'Psykisk hälsa',
            'Smärta',
            'Stress',
            'Sömn',
            'Trötthet',
            'Yrsel',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Skattningar – frekvens', ['Dagligen', 'Flera gånger per vecka', 'Varje vecka'], {
              when: when(answered()),
            }),
          ],
        ),
      ],
    ),
    multiple(
      'Utrustning som lämnas ut',
      ['Glukosmätare', 'Blodtrycksmätare', 'Spirometer', 'Pulsoximeter', 'Kroppstemperaturmätare', 'Våg'],
      { when: JA },
    ),
    multiple('Kommunikation via tjänsten', ['Chatt', 'Video'], { when: JA }),
    date('Startdatum', { when: JA, required: true }),
    date('Planerad uppföljning', { when: JA }),
    text('Ansvarig mottagning/vårdteam', { when: JA, required: true }),
    yesNo('Patienten informerad om hur varningar hanteras', { when: JA }),
  ]),
]);

const ACTION_LEVELS = ['Enkla råd', 'Rådgivande samtal', 'Kvalificerat rådgivande samtal'];
const VEG_SCALE: NodeSpec['options'] = [
  ['Två gånger per dag eller oftare', 3],
  ['En gång per dag', 2],
  ['Några gånger i veckan', 1],
  ['En gång i veckan eller mer sällan', 0],
];

const lifestyle: NodeSpec = heading('Levnadsvanor', [
  multiple('Prioriterad grupp', [
    'Särskild risk för allvarlig sjukdom',
    'Ska opereras',
    'Gravid',
    'Ammar',
    'Under 18 år',
    'Ingen av dessa',
  ]),
  heading('Tobak och nikotin', [
    single(
      'Rökning',
      [
        'Har aldrig varit rökare',
        'Har slutat röka för mer än 6 månader sedan',
        'Har slutat röka för mindre än 6 månader sedan',
        'Röker, men inte dagligen',
        'Röker dagligen',
      ],
      { required: true },
      [
        single('Antal cigaretter per dag', ['1–9', '10–19', '20 eller fler'], {
          when: when(is('Röker dagligen')),
        }),
      ],
    ),
    single(
      'Snusning',
      [
        'Har aldrig varit snusare',
        'Har slutat snusa för mer än 6 månader sedan',
        'Har slutat snusa för mindre än 6 månader sedan',
        'Snusar, men inte dagligen',
        'Snusar dagligen',
      ],
      { required: true },
      [
        single('Antal dosor per vecka', ['1–3', '4–6', '7 eller fler'], {
          when: when(is('Snusar dagligen')),
        }),
      ],
    ),
    single('Andra nikotinprodukter', ['Använder inte', 'Använder men inte dagligen', 'Använder dagligen'], {
      key: 'nikotin',
      description: 'Till exempel vitt snus och e-cigarett.',
    }),
    single(
      'Åtgärd tobak/nikotin',
      [...ACTION_LEVELS, 'Remiss till tobaksavvänjning', 'Avböjer', 'Ej aktuellt'],
      {
        when: whenAny(
          is('Röker dagligen', 'rokning'),
          is('Snusar dagligen', 'snusning'),
          is('Använder dagligen', 'nikotin'),
        ),
        optionCodes: {
          'Enkla råd': [{ system: 'KVÅ', code: 'DV111', display: 'Enkla råd om tobaksbruk' }],
          'Rådgivande samtal': [{ system: 'KVÅ', code: 'DV112', display: 'Rådgivande samtal om tobaksbruk' }],
        },
        description:
          'Visas vid dagligt bruk. Riktlinjen gäller också allt bruk i prioriterade grupper; det villkoret kräver nästlade villkor och är inte med i exemplet.',
      },
    ),
  ]),
  heading('Alkohol (AUDIT-C)', [
    single(
      'AUDIT-C 1 Dryckesfrekvens',
      [
        ['Aldrig', 0],
        ['En gång i månaden eller mer sällan', 1],
        ['2–4 gånger i månaden', 2],
        ['2–3 gånger i veckan', 3],
        ['4 gånger i veckan eller mer', 4],
      ],
      { key: 'audit-1', required: true, description: 'Hur ofta dricker du alkohol? ' + VERIFY },
      [
        single(
          'AUDIT-C 2 Standardglas per tillfälle',
          [
            ['1–2', 0],
            ['3–4', 1],
            ['5–6', 2],
            ['7–9', 3],
            ['10 eller fler', 4],
          ],
          {
            key: 'audit-2',
            when: whenAll(answered(), isNot('Aldrig')),
            required: true,
            description: 'Hur många standardglas dricker du en typisk dag då du dricker alkohol?',
          },
        ),
        single(
          'AUDIT-C 3 Sex standardglas eller mer',
          [
            ['Aldrig', 0],
            ['Mer sällan än en gång i månaden', 1],
            ['Varje månad', 2],
            ['Varje vecka', 3],
            ['Dagligen eller nästan varje dag', 4],
          ],
          {
            key: 'audit-3',
            when: whenAll(answered(), isNot('Aldrig')),
            required: true,
            description: 'Hur ofta dricker du sex standardglas eller mer vid samma tillfälle?',
          },
        ),
      ],
    ),
    score('AUDIT-C summa', ['audit-1', 'audit-2', 'audit-3'], { key: 'audit-summa' }),
    single('Åtgärd alkohol', [...ACTION_LEVELS, 'Remiss', 'Avböjer', 'Ej aktuellt'], {
      when: when(compare('greaterOrEqual', 4, 'audit-summa')),
      description:
        'Visas vid AUDIT-C summa 4 eller mer. Gränsen ska vara konfigurerbar: 4 kvinnor / 5 män (Region Kronoberg) eller 5 / 6 (Folkhälsomyndigheten).',
    }),
  ]),
  heading('Fysisk aktivitet', [
    single(
      'Fysisk träning per vecka',
      [
        ['0 minuter/ingen tid', 0],
        ['Mindre än 30 minuter', 0],
        ['30–59 minuter', 30],
        ['60–89 minuter', 60],
        ['90–119 minuter', 90],
        ['2 timmar eller mer', 120],
      ],
      {
        key: 'traning',
        required: true,
        description: 'Träning som gör dig andfådd. Poäng = kategorins nedre gräns i minuter.',
      },
    ),
    single(
      'Vardagsaktiviteter per vecka',
      [
        ['0 minuter/ingen tid', 0],
        ['Mindre än 30 minuter', 0],
        ['30–59 minuter', 30],
        ['60–89 minuter', 60],
        ['90–149 minuter', 90],
        ['150–299 minuter', 150],
        ['5 timmar eller mer', 300],
      ],
      {
        key: 'vardag',
        required: true,
        description: 'Minst 10 minuter åt gången. Poäng = kategorins nedre gräns i minuter.',
      },
    ),
    score('Aktivitetsminuter per vecka', [['traning', 2], 'vardag'], { key: 'aktivitet', unit: 'min' }),
    single('Stillasittande per dygn', [
      'Mer än 15 timmar',
      '13–15 timmar',
      '10–12 timmar',
      '7–9 timmar',
      '4–6 timmar',
      '1–3 timmar',
      'Aldrig',
    ]),
    single(
      'Åtgärd fysisk aktivitet',
      [
        'Enkla råd',
        'Rådgivande samtal',
        'Rådgivande samtal med FaR',
        'Kvalificerat rådgivande samtal',
        'Avböjer',
        'Ej aktuellt',
      ],
      {
        when: when(compare('lessThan', 150, 'aktivitet')),
        description: 'Visas när aktivitetsminuterna är färre än 150.',
      },
    ),
  ]),
  heading('Matvanor (kostindex)', [
    single('Grönsaker och/eller rotfrukter', VEG_SCALE, { key: 'gronsaker', required: true }),
    single('Frukt och/eller bär', VEG_SCALE, { key: 'frukt', required: true }),
    single(
      'Fisk eller skaldjur',
      [
        ['Tre gånger i veckan eller oftare', 3],
        ['Två gånger per vecka', 2],
        ['En gång i veckan', 1],
        ['Några gånger i månaden eller mer sällan', 0],
      ],
      { key: 'fisk', required: true },
    ),
    single(
      'Kaffebröd, choklad/godis, chips eller läsk/saft',
      [
        ['Två gånger per dag eller oftare', 0],
        ['En gång per dag', 1],
        ['Några gånger i veckan', 2],
        ['En gång i veckan eller mer sällan', 3],
      ],
      { key: 'sott', required: true },
    ),
    score('Kostindex', ['gronsaker', 'frukt', 'fisk', 'sott'], { key: 'kostindex' }),
    single('Åtgärd matvanor', [...ACTION_LEVELS, 'Remiss dietist', 'Avböjer', 'Ej aktuellt'], {
      when: when(compare('lessOrEqual', 4, 'kostindex')),
      description: 'Visas vid kostindex 4 eller lägre (ohälsosamma matvanor).',
    }),
  ]),
]);

const NORTON = (labels: readonly [string, string, string, string]) =>
  labels.map((label, i) => [label, 4 - i] as const);

const riskAssessment: NodeSpec = heading('Riskbedömning', [
  heading('Fall', [
    yesNo('Fallit senaste året', { key: 'fallit', required: true }),
    yesNo('Bedömd risk för fall under vårdtiden', { key: 'fallrisk', required: true }),
    heading(
      'Fallriskutredning (DFRI)',
      [
        single(
          'Tidigare fall',
          [
            ['Nej', 0],
            ['Ja', 1],
          ],
          { key: 'dfri-fall', description: VERIFY },
        ),
        multiple(
          'Läkemedel',
          [
            ['Inga', 0],
            ['Lugnande/sömnmedel', 1],
            ['Diuretika', 1],
            ['Antihypertensiva (ej diuretika)', 1],
            ['Antiparkinsonmedel', 1],
            ['Antidepressiva', 1],
            ['Andra läkemedel', 0],
          ],
          { key: 'dfri-lakemedel', description: VERIFY },
        ),
        multiple(
          'Sensoriska funktionsnedsättningar',
          [
            ['Inga', 0],
            ['Synnedsättning', 1],
            ['Hörselnedsättning', 1],
            ['Nedsatt känsel/funktion i extremitet', 1],
          ],
          { key: 'dfri-sensorik', description: VERIFY },
        ),
        single(
          'Kognitiv förmåga',
          [
            ['Orienterad', 0],
            ['Kognitivt nedsatt', 1],
          ],
          { key: 'dfri-kognition', description: VERIFY },
        ),
        single(
          'Gångförmåga',
          [
            ['Säker med/utan hjälpmedel', 0],
            ['Osäker med/utan hjälpmedel', 1],
            ['Går inte', 0],
          ],
          { key: 'dfri-gang', description: VERIFY },
        ),
        score('DFRI summa', ['dfri-fall', 'dfri-lakemedel', 'dfri-sensorik', 'dfri-kognition', 'dfri-gang'], {
          key: 'dfri',
        }),
        multiple(
          'Åtgärder fallprevention',
          [
            'Läkemedelsgenomgång',
            'Balans- och styrketräning',
            'Höftskydd',
            'Översyn av miljö/belysning',
            'Synbedömning',
            'Gånghjälpmedel',
            'Sensor/larm',
            'Annan',
          ],
          {
            when: when(compare('greaterOrEqual', 3, 'dfri')),
            description: 'Visas vid DFRI summa 3 eller mer (risk för fall).',
          },
        ),
      ],
      { when: whenAny(is('Ja', 'fallit'), is('Ja', 'fallrisk')) },
    ),
  ]),
  heading('Trycksår (Modifierad Nortonskala)', [
    single(
      'Psykisk status',
      NORTON([
        'Helt orienterad till tid och rum',
        'Stundtals förvirrad',
        'Svarar ej adekvat på tilltal',
        'Okontaktbar',
      ]),
      {
        key: 'norton-psyk',
        required: true,
      },
    ),
    single(
      'Fysisk aktivitet',
      NORTON([
        'Går själv med eller utan hjälpmedel',
        'Går med hjälp av personal',
        'Rullstolsburen',
        'Sängliggande',
      ]),
      { key: 'norton-aktivitet', required: true },
    ),
    single('Rörelseförmåga', NORTON(['Full', 'Något begränsad', 'Mycket begränsad', 'Orörlig']), {
      key: 'norton-rorelse',
      required: true,
      description: VERIFY,
    }),
    single(
      'Födointag',
      NORTON(['Normal portion', 'Mer än halva portionen', 'Mindre än halva portionen', 'Äter inte']),
      {
        key: 'norton-foda',
        required: true,
        description: VERIFY,
      },
    ),
    single(
      'Vätskeintag',
      NORTON(['Mer än 1 000 ml/dag', '700–1 000 ml/dag', '500–700 ml/dag', 'Mindre än 500 ml/dag']),
      {
        key: 'norton-vatska',
        required: true,
        description: VERIFY,
      },
    ),
    single(
      'Inkontinens',
      NORTON([
        'Nej',
        'Tillfällig – vanligen kontinent men ej just nu',
        'Urin- eller tarminkontinent (KAD)',
        'Urin- och tarminkontinent',
      ]),
      { key: 'norton-inkontinens', required: true },
    ),
    single('Allmäntillstånd', NORTON(['Gott', 'Ganska gott', 'Dåligt', 'Mycket dåligt']), {
      key: 'norton-allman',
      required: true,
      description: VERIFY,
    }),
    score(
      'Norton summa',
      [
        'norton-psyk',
        'norton-aktivitet',
        'norton-rorelse',
        'norton-foda',
        'norton-vatska',
        'norton-inkontinens',
        'norton-allman',
      ],
      { key: 'norton' },
    ),
    yesNo('Befintligt trycksår', { key: 'trycksar' }, [
      single('Kategori', ['Kategori 1', 'Kategori 2', 'Kategori 3', 'Kategori 4', 'Ej klassificerbart'], {
        when: JA,
        description: VERIFY,
      }),
      text('Lokalisation', { when: JA }),
    ]),
    multiple(
      'Åtgärder trycksårsprevention',
      [
        'Tryckfördelande madrass',
        'Lägesändringsschema',
        'Hudinspektion',
        'Nutritionsåtgärder',
        'Inkontinenshjälpmedel',
        'Annan',
      ],
      {
        when: whenAny(compare('lessOrEqual', 20, 'norton'), is('Ja', 'trycksar')),
        description: 'Visas vid Norton summa 20 eller lägre, eller vid befintligt trycksår.',
      },
    ),
  ]),
]);

const PHQ_SCALE: NodeSpec['options'] = [
  ['Inte alls', 0],
  ['Flera dagar', 1],
  ['Mer än hälften av dagarna', 2],
  ['Nästan varje dag', 3],
];
const PHQ_SOURCE =
  'Frågetext enligt den svenska versionen (© Pfizer, övers. Mats Adler); hämta exakt ordalydelse från licensierad källa. Tidsram: de senaste två veckorna.';
const phqItem = (n: number, label: string, extra: Partial<NodeSpec> = {}, children: NodeSpec[] = []) =>
  single(
    `PHQ-9 ${n} ${label}`,
    PHQ_SCALE,
    { key: `phq-${n}`, when: JA, required: true, description: PHQ_SOURCE, ...extra },
    children,
  );

const phq9: NodeSpec = heading('Skattning', [
  yesNo('PHQ-9 genomförd', {}, [
    single('Besvarad via', ['1177 formulärtjänst', 'ImagineCare', 'Papper', 'Intervju'], { when: JA }),
    phqItem(1, 'Intresse/glädje'),
    phqItem(2, 'Nedstämdhet/hopplöshet'),
    phqItem(3, 'Sömn'),
    phqItem(4, 'Trötthet/energi'),
    phqItem(5, 'Aptit'),
    phqItem(6, 'Självkänsla/skuld'),
    phqItem(7, 'Koncentration'),
    phqItem(8, 'Psykomotorisk förändring'),
    phqItem(9, 'Tankar på död/självskada', {}, [
      yesNo(
        'Suicidriskbedömning genomförd',
        { when: whenAll(answered(), isNot('Inte alls')), required: true },
        [
          single('Bedömd suicidrisk', ['Låg', 'Måttlig', 'Hög'], { when: JA }),
          text('Bedömning av suicidrisk', { when: JA }),
          text('Planerad åtgärd', { when: when(is('Nej')), required: true }),
        ],
      ),
    ]),
    score('PHQ-9 summa', ['phq-1', 'phq-2', 'phq-3', 'phq-4', 'phq-5', 'phq-6', 'phq-7', 'phq-8', 'phq-9'], {
      key: 'phq-summa',
      when: JA,
      bands: [
        [0, 4, 'Minimal'],
        [5, 9, 'Lindrig'],
        [10, 14, 'Måttlig'],
        [15, 19, 'Måttligt svår'],
        [20, 27, 'Svår'],
      ],
      description:
        '0–9 talar inte för egentlig depression, 10–14 gråzon, 15–27 kan tala för egentlig depression. Svårighetsgraden visas efter summan.',
    }),
    single(
      'PHQ-9 funktion',
      ['Inga svårigheter', 'Vissa svårigheter', 'Stora svårigheter', 'Extrema svårigheter'],
      {
        when: when(compare('greaterOrEqual', 1, 'phq-summa')),
        description: 'Ställs om något av problemen i fråga 1–9 förekommit.',
      },
    ),
  ]),
]);

/** One document of the example library with the keywords it defines. */
export interface ExampleDocument {
  readonly document: TreeDocument;
  readonly keywords: readonly Keyword[];
}

/** A template with the 1177 fragment included (pinned to its version) under "Utförda åtgärder". */
function template1177(fragment: TreeDocument): ExampleDocument {
  const include: IncludeNode = {
    id: 'mall1177-inkludera-fragment',
    include: { fragmentId: fragment.id, version: fragment.version },
  };
  const built = buildDocument(
    {
      id: 'exempel-mottagningsbesok-1177',
      kind: 'template',
      title: 'Mottagningsbesök med åtgärder 1177',
      description:
        'Exempelmall där fragmentet om begränsande eller tillgängliggörande åtgärder 1177 ligger under Utförda åtgärder.',
      createdAt: CREATED,
    },
    'mall1177',
    [heading('Utförda åtgärder', [text('Åtgärder i fritext')])],
  );
  const [top] = built.document.nodes;
  if (!top || !('keywordId' in top)) throw new Error('the 1177 template must start with its heading');
  top.children = [include, ...(top.children ?? [])];
  return built;
}

/** Builds the whole example library: the 1177 fragment and a template using it, then four templates. */
export function buildExampleDocuments(): ExampleDocument[] {
  const fragment = buildDocument(
    {
      id: FRAGMENT_1177_ID,
      kind: 'fragment',
      title: 'Begränsande eller tillgängliggörande åtgärder 1177',
      description: 'Dynamiskt sökord: kryssa Ja så fälls undersökorden ut (domain-knowledge.md §2.3).',
      createdAt: CREATED,
    },
    'atg1177',
    [restriction1177],
  );
  const meta = (id: string, title: string, description: string) => ({
    id,
    kind: 'template' as const,
    title,
    description,
    createdAt: CREATED,
  });
  return [
    fragment,
    template1177(fragment.document),
    buildDocument(
      meta(
        'exempel-imaginecare',
        'Ordination av egenmonitorering – ImagineCare',
        'Ordination med mätvärden, formulär och skattningar.',
      ),
      'imagine',
      [imagineCare],
    ),
    buildDocument(
      meta(
        'exempel-levnadsvanor',
        'Levnadsvanor',
        'Tobak och nikotin, alkohol (AUDIT-C), fysisk aktivitet och matvanor enligt nationella riktlinjer.',
      ),
      'levnad',
      [lifestyle],
    ),
    buildDocument(
      meta(
        'exempel-riskbedomning',
        'Riskbedömning fall och trycksår',
        'Fallriskutredning (DFRI) och Modifierad Nortonskala enligt Senior alert.',
      ),
      'risk',
      [riskAssessment],
    ),
    buildDocument(
      meta(
        'exempel-phq9',
        'PHQ-9 depressionsskattning',
        'Nio frågor, summa med svårighetsgrad och funktionsfråga.',
      ),
      'phq9',
      [phq9],
    ),
  ];
}
