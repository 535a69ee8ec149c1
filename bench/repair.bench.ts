// Repair throughput (MB/s of UTF-16 text) on generated news copy: clean, and with one line in
// four damaged (cp1252, Latin-1, Mac Roman, cp1251, win874 and doubled damage, in turn).
import { CODEPAGE_TABLES, type CodepageName } from '../src/shared/ingest/repair/codepages.generated';
import { repairText } from '../src/shared/ingest/repair';

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

function corpus(targetChars: number, damaged: boolean): string {
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

function measure(text: string): number {
  repairText(text.slice(0, 20_000)); // warm up tables and JIT
  const rounds = 3;
  const t = performance.now();
  for (let i = 0; i < rounds; i++) repairText(text);
  const seconds = (performance.now() - t) / 1000 / rounds;
  return text.length / 1e6 / seconds;
}

export async function benchRepair(): Promise<{ name: string; unit: string; value: number; size: string }[]> {
  const size = 4_000_000;
  const ascii = corpus(size, false).replace(/[^\x00-\x7f]/g, 'e');
  return [
    { name: 'repair: clean ASCII news copy', unit: 'MB/s', value: measure(ascii), size: '4 M chars' },
    { name: 'repair: clean multilingual news copy', unit: 'MB/s', value: measure(corpus(size, false)), size: '4 M chars' },
    { name: 'repair: one line in four damaged', unit: 'MB/s', value: measure(corpus(size, true)), size: '4 M chars' },
  ];
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('repair.bench.ts');
if (isMain) for (const r of await benchRepair()) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (${r.size})`);
