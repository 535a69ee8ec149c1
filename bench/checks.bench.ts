// House-style checks on a generated 20,000-word story (target: ≤ 100 ms), p50 and p99 over repeated
// runs: the default pack alone, and with five user pattern rules (which run on the linear-time
// matcher rather than the native engine).
import { checkStory, loadRulePack, type RulePack } from '../src/shared/checks';
import { DEFAULT_RULE_PACK } from '../src/shared/checks/defaultPack';
import { defaultPreferences } from '../src/shared/settings/preferences';
import { documentFromText, documentOf, figure, paragraph, textRun, type BlockNodeJSON } from '../src/shared/story/document';
import { countWords, documentText } from '../src/shared/story/text';
import { percentile, type BenchOptions, type BenchResult } from './types';

// News copy with the slips the rules look for sprinkled in (a doubled word, straight quotes, a
// numeral, a month, "per cent", "US") so the checks do real work, not just scan clean text.
const SENTENCES = [
  'The council approved the harbour budget on Tuesday after a month of debate over repairs to the old quay.',
  '"We have waited long enough," said the mayor, who has led the city since Oct. 7, 2019.',
  'Officials said 3 contractors had bid for the work -- a figure lower than expected.',
  'Spending on the project rose 12 per cent from last year, according to the finance office.',
  'The the opposition said the plan relied on money from the US government that had not yet arrived.',
  'Residents packed the hall, and some stood outside in the rain to hear the vote...',
  'Work is due to start on October 7 and to finish within 18 months, weather permitting.',
  'A spokeswoman for the port authority (which owns the quay) declined to comment.',
];

function story(words: number): { body: ReturnType<typeof documentOf>; words: number } {
  const blocks: BlockNodeJSON[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const text = Array.from({ length: 4 }, (_, k) => SENTENCES[(p * 3 + k) % SENTENCES.length]!).join(' ');
    count += countWords(text);
    blocks.push(paragraph([textRun(text)]));
    if (p % 40 === 39) {
      blocks.push(
        figure({
          mediaId: null,
          width: null,
          height: null,
          alt: '',
          credit: 'CNN Wire',
          caption: documentFromText('Residents outside the town hall on Tuesday.'),
        }),
      );
    }
  }
  const body = documentOf(blocks);
  return { body, words: countWords(documentText(body)) };
}

/**
 * Wall-clock p50/p99, and the p99 of CPU time (user + system): on a busy machine the wall clock
 * also measures waiting for a core, which the CPU figure leaves out.
 */
function time(
  pack: RulePack,
  body: ReturnType<typeof documentOf>,
  runs: number,
): { p50: number; p99: number; cpuP99: number; findings: number } {
  const input = {
    headline: 'Council approves harbour budget',
    deck: 'A month of debate ends',
    byline: 'Jane Doe',
    body,
    credit: 'AP',
    agency: 'AP',
  };
  const context = { preferences: defaultPreferences(), rewriteShare: 0.5 };
  let findings = 0;
  for (let i = 0; i < 3; i++) findings = checkStory(input, pack, context).length; // warm up
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    findings = checkStory(input, pack, context).length;
    samples.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), cpuP99: percentile(cpu, 99), findings };
}

const USER_RULES = [
  { id: 'utilise', pattern: '\\butili[sz](?:e|es|ed|ing)\\b', flags: 'i' },
  { id: 'very', pattern: '\\bvery (?:unique|first|last)\\b', flags: 'i' },
  { id: 'said-that', pattern: '\\bsaid that\\b', flags: '' },
  { id: 'passive', pattern: '\\b(?:was|were|been) \\w+ed by\\b', flags: '' },
  { id: 'amounts', pattern: '\\$\\d+(?:\\.\\d+)? (?:million|billion)', flags: '' },
].map((r) => ({ ...r, kind: 'pattern' as const, message: 'user rule {match}', severity: 'info' as const, fields: ['body' as const] }));

export async function benchChecks(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const { body, words } = story(20_000);
  const size = `${words.toLocaleString('en')} words`;
  const loaded = loadRulePack({ ...DEFAULT_RULE_PACK, rules: [...DEFAULT_RULE_PACK.rules, ...USER_RULES] });
  if (!loaded.ok) throw new Error(loaded.error);
  const runs = options.quick ? 10 : 100;
  const base = time(DEFAULT_RULE_PACK, body, runs);
  const withUser = time(loaded.pack, body, runs);
  return [
    { name: 'checks: default pack, p50', unit: 'ms', value: base.p50, size, target: '≤ 100 ms' },
    { name: 'checks: default pack, p99', unit: 'ms', value: base.p99, size, target: '≤ 100 ms' },
    { name: 'checks: default pack, p99 CPU time', unit: 'ms', value: base.cpuP99, size, target: '≤ 100 ms' },
    { name: 'checks: default pack + 5 user pattern rules, p50', unit: 'ms', value: withUser.p50, size, target: '≤ 100 ms' },
    { name: 'checks: default pack + 5 user pattern rules, p99', unit: 'ms', value: withUser.p99, size, target: '≤ 100 ms' },
  ];
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('checks.bench.ts');
if (isMain) for (const r of await benchChecks()) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (${r.size})`);
