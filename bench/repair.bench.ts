// Repair throughput (MB/s of UTF-16 text, i.e. million characters per second) on generated news
// copy: clean ASCII, clean multilingual, and with one line in four damaged (cp1252, Latin-1, Mac
// Roman, cp1251, win874 and doubled damage, in turn). Each figure is the median of several runs,
// by the wall clock and by the process's CPU time (which other load on the machine does not
// inflate), next to a plain `text.normalize('NFC')` pass over the same text measured the same way,
// so numbers from a noisy machine can still be compared.
import { CODEPAGE_TABLES, type CodepageName } from '../src/shared/ingest/repair/codepages.generated';
import { repairText } from '../src/shared/ingest/repair';
import { percentile, type BenchOptions, type BenchResult } from './types';

const LINES = [
  'The council’s budget — approved late on Tuesday — cuts “non-essential” travel by 12%.',
  'Shares in Nordhavn Shipping fell 4.5% to €18.40 after the profit warning, analysts said.',
  'À Besançon, la préfète a annoncé l’ouverture d’un centre d’accueil dès vendredi.',
  'Die Bürgerinitiative in Görlitz fordert „mehr Grünflächen“ und günstigere Mieten.',
  'El alcalde de Cádiz señaló que la reunión con los pescadores será el próximo miércoles.',
  'Officials said the new bridge would open in the spring, ahead of the regional elections.',
  'Мэрия Казани объявила о строительстве новой ветки метро к 2030 году.',
  'Police closed the motorway for three hours after a lorry overturned near the junction.',
];

function damage(text: string, page: CodepageName): string {
  const table = CODEPAGE_TABLES[page];
  let out = '';
  for (const b of new TextEncoder().encode(text)) {
    const cp = table[b] ?? -1;
    if (cp >= 0) out += String.fromCharCode(cp);
  }
  return out;
}

export function benchCorpus(targetChars: number, damaged: boolean): string {
  const pages: CodepageName[] = ['cp1252', 'latin-1', 'mac-roman', 'cp1251', 'win874'];
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    let line = LINES[i % LINES.length] ?? '';
    if (damaged && i % 4 === 3) {
      const page = pages[(i >> 2) % pages.length] ?? 'cp1252';
      line = (i >> 2) % 7 === 6 ? damage(damage(line, 'cp1252'), 'cp1252') : damage(line, page);
    }
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

interface Rate {
  /** Median MB/s by the wall clock. */
  wall: number;
  /** Median MB/s by CPU time (user + system), or NaN where the runtime cannot tell. */
  cpu: number;
}

const cpuMicros = (): number => {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') return Number.NaN;
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Median rates of `work` over `text` (after warm-up runs, so the JIT has settled). */
function measure(text: string, work: (s: string) => unknown, runs: number): Rate {
  work(text.slice(0, 200_000));
  work(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = cpuMicros();
    const t = performance.now();
    work(text);
    wall.push(text.length / 1e6 / ((performance.now() - t) / 1000));
    cpu.push(text.length / (cpuMicros() - c));
  }
  return { wall: percentile(wall, 50), cpu: percentile(cpu, 50) };
}

const repair = (s: string) => repairText(s);
// The copy is already NFC, like real text: the reference is the cheapest full pass the engine
// makes anyway. Concatenating a fresh string defeats any caching of the last result.
const nfc = (s: string) => (s + ' ').normalize('NFC');

export async function benchRepair(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const size = options.quick ? 400_000 : 4_000_000;
  const runs = options.quick ? 3 : 7;
  const label = `${size / 1e6} M chars, median of ${runs}`;
  const texts: [string, string][] = [
    ['clean ASCII news copy', benchCorpus(size, false).replace(/[^\x00-\x7f]/g, 'e')],
    ['clean multilingual news copy', benchCorpus(size, false)],
    ['one line in four damaged', benchCorpus(size, true)],
  ];
  const out: BenchResult[] = [];
  for (const [name, text] of texts) {
    const rate = measure(text, repair, runs);
    const ref = measure(text, nfc, runs);
    // The bar is for damaged copy: at least ten times ftfy's speed, i.e. 30 MB/s.
    const target = name.includes('damaged') ? '≥ 30 MB/s' : undefined;
    const common = { unit: 'MB/s', referenceName: 'NFC pass', ...(target ? { target } : {}) };
    out.push({ name: `repair: ${name}`, value: rate.wall, reference: ref.wall, size: `${label}, wall clock`, ...common });
    out.push({ name: `repair: ${name}`, value: rate.cpu, reference: ref.cpu, size: `${label}, CPU time`, ...common });
  }
  return out;
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('repair.bench.ts');
if (isMain) {
  for (const r of await benchRepair({ quick: process.argv.includes('--quick') })) {
    const ratio = r.reference ? ` = ${(r.value / r.reference).toFixed(2)} × ${r.referenceName} (${r.reference.toFixed(0)} MB/s)` : '';
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${ratio} [${r.size}]`);
  }
}
