/** Example tree: Riskbedömning fall (DFRI) och trycksår (Modifierad Norton), Senior alert. */
import {
  compare,
  heading,
  is,
  multiple,
  score,
  single,
  text,
  when,
  whenAny,
  yesNo,
  type NodeSpec,
} from '../builder.ts';
import { JA, VERIFY } from './common.ts';

const NORTON = (labels: readonly [string, string, string, string]) =>
  labels.map((label, i) => [label, 4 - i] as const);

export const riskAssessment: NodeSpec = heading('Riskbedömning', [
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
