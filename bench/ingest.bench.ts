// Ingest parse throughput on a synthetic day of wire: 15,000 items of generated copy spread over
// the agency formats (NITF, NewsML-G2, NewsML 1.2, IPTC 7901, ANPA, ZCZC, ninjs, AP JSON, plain
// text), one file each as a watch folder receives them. Parse only; the database comes later.
import { parseWire } from '../src/shared/ingest';
import { seededRandom } from './types';

const WORDS = (
  'the council said on minister government talks police city new after year week officials market shares ' +
  'percent budget report would could people two three million election vote court ruling plan bridge storm ' +
  'river season team coach match goal players fans company profit quarter energy gas prices workers union strike ' +
  'school hospital health water fire rescue road traffic airport flight train border trade deal summit leaders'
).split(' ');
const PLACES = ['BERLIN', 'PARIS', 'NEW YORK', 'TOKYO', 'NAIROBI', 'LIMA', 'OSLO', 'MADRID', 'SYDNEY', 'CAIRO'];

interface Story {
  headline: string;
  slug: string;
  place: string;
  paragraphs: string[];
  n: number;
}

function story(rand: () => number, n: number): Story {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (): string => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 14) }, () => pick(WORDS));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraphs = Array.from({ length: 8 + Math.floor(rand() * 8) }, () => `${sentence()} ${sentence()}`);
  const headline = sentence().replace(/\.$/, '').slice(0, 80);
  return { headline, slug: `bench-${n}`, place: pick(PLACES), paragraphs, n };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const FORMATS: [number, (s: Story) => string][] = [
  [
    20,
    (s) =>
      `<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata><doc-id id-string="${s.slug}"/><urgency ed-urg="4"/><date.issue norm="20310101T120000Z"/><du-key key="${s.slug}"/></docdata></head><body><body.head><hedline><hl1>${esc(s.headline)}</hl1></hedline><byline>By Bench Writer</byline></body.head><body.content>${s.paragraphs.map((p, i) => `<p>${i === 0 ? `${s.place} (SLW) - ` : ''}${esc(p)}</p>`).join('\n')}</body.content></body></nitf>`,
  ],
  [
    15,
    (s) =>
      `<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:${s.n}" version="1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2031-01-01T12:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><urgency>4</urgency><slugline>${s.slug}</slugline><headline>${esc(s.headline)}</headline><creditline>SLW</creditline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${s.paragraphs.map((p, i) => `<p>${i === 0 ? `${s.place} (SLW) - ` : ''}${esc(p)}</p>`).join('')}</body></html></inlineXML></contentSet></newsItem>`,
  ],
  [
    10,
    (s) =>
      `<?xml version="1.0" encoding="UTF-8"?><NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>bench</ProviderId><NewsItemId>${s.n}</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsManagement><ThisRevisionCreated>20310101T120000+0000</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement><NewsComponent><NewsLines><HeadLine>${esc(s.headline)}</HeadLine><DateLine>${s.place}, Jan 1 (SLW) -</DateLine><SlugLine>${s.slug}</SlugLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`,
  ],
  [
    15,
    (s) =>
      `\u0001abc${String(s.n).padStart(3, '0')} 4 i 400   slw 001\r\n\r\n${s.slug}/\r\n\u0002${s.headline} =\r\n\r\n${s.paragraphs.map((p, i) => `   ${i === 0 ? `${s.place} (slw) - ` : ''}${p.replace(/(.{60}\S*) /g, '$1\r\n')}`).join('\r\n\r\n')}\r\n\u0003011200 GMT Jan 31\r\n\u0004`,
  ],
  [
    15,
    (s) =>
      `\u0016\u0016\u0001w${s.n % 10000}\u001fbench\nr a\u0013\u0011 BC-${s.slug}  01-01 0400\n\u0002^BC-${s.slug},400<\n^${s.headline}<\n^By BENCH WRITER=\n${s.paragraphs.map((p, i) => `\t   ${i === 0 ? `${s.place} (SW) _ ` : ''}${p}`).join('\n \n')}\n\n\t   \u0003SW-WF-01-01-31 1200GMT<\n\u000c\n\u0004`,
  ],
  [5, (s) => `ZCZC AAP\r\n%A\r\n#${s.slug}\r\n$${s.headline}\r\n:(${s.place})\r\n${s.paragraphs.join('\n\n   ')}\n\r\nAAP RTV\r\nNNNN`],
  [
    10,
    (s) =>
      JSON.stringify({
        uri: `urn:bench:${s.n}`,
        type: 'text',
        versioncreated: '2031-01-01T12:00:00Z',
        headline: s.headline,
        slugline: s.slug,
        byline: 'Bench Writer',
        body_html: s.paragraphs.map((p, i) => `<p>${i === 0 ? `${s.place} (SLW) -- ` : ''}${esc(p)}</p>`).join(''),
      }),
  ],
  [
    5,
    (s) =>
      JSON.stringify({
        api_version: '2.0',
        data: {
          item: {
            altids: { itemid: `b${s.n}` },
            version: 1,
            headline: s.headline,
            slugline: s.slug,
            editorialpriority: 'r',
            body_html: s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
          },
        },
      }),
  ],
  [
    5,
    (s) =>
      `${s.headline}\n\n${s.place}, Jan. 1, 2031 /Bench-Newswire/ --\n\n${s.paragraphs.map((p) => p.replace(/(.{70}\S*) /g, '$1\n')).join('\n\n')}\n`,
  ],
];

/** The synthetic day: `count` files of generated copy, format shares as in FORMATS. */
export function syntheticDay(count = 15_000): { name: string; bytes: Uint8Array }[] {
  const rand = seededRandom(20310101);
  const total = FORMATS.reduce((n, [w]) => n + w, 0);
  const encoder = new TextEncoder();
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (let n = 0; n < count; n++) {
    let r = rand() * total;
    const make = FORMATS.find(([w]) => (r -= w) < 0)?.[1] ?? FORMATS[0]![1];
    files.push({ name: `item-${n}`, bytes: encoder.encode(make(story(rand, n))) });
  }
  return files;
}

export async function benchParse(): Promise<{ name: string; unit: string; value: number; size: string }[]> {
  const files = syntheticDay();
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const started = performance.now();
  // CPU time too: on a shared machine wall-clock time also measures the neighbours.
  const cpuStart = typeof process !== 'undefined' ? process.cpuUsage() : null;
  let items = 0;
  let refused = 0;
  for (const f of files) {
    const result = parseWire(f.bytes, f.name);
    if (result.ok) items += result.value.items.length;
    else refused++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuStart ? process.cpuUsage(cpuStart) : null;
  const cpuSeconds = cpu ? (cpu.user + cpu.system) / 1e6 : seconds;
  if (refused) throw new Error(`${refused} synthetic items were refused: the generator or a parser is broken`);
  const size = `${files.length} files, ${megabytes.toFixed(1)} MB`;
  return [
    { name: 'ingest parse: synthetic day of wire', unit: 'items/s', value: items / seconds, size },
    { name: 'ingest parse: synthetic day of wire', unit: 'MB/s', value: megabytes / seconds, size },
    { name: 'ingest parse: synthetic day of wire, total', unit: 's', value: seconds, size },
    { name: 'ingest parse: synthetic day of wire, CPU time', unit: 's', value: cpuSeconds, size },
  ];
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('ingest.bench.ts');
if (isMain) {
  void benchParse().then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (${r.size})`);
  });
}
