/**
 * Deterministic generator of a varied chat fine-tuning JSONL for `npm run bench`.
 *
 * Why its own generator: the benchmark must be reproducible byte for byte with no download. The
 * text is meant to be as hard for a piece cache as real data, not easier: a vocabulary of ~30k
 * words (common English plus pseudo-words built from syllables, so most are rare), mixed case,
 * numbers of every length, code and JSON snippets, URLs, whitespace runs, non-English text
 * (accents, Cyrillic, Greek, CJK, emoji) in about one example in eight, special-token lookalikes,
 * tool calls, names and weights. System prompts are drawn from a few hundred variants with a
 * random customer and date in each, so no two are alike.
 *
 *   node bench/generate.mjs OUT_FILE MEGABYTES [SEED]
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** English sentences (from the message keys) and translated ones, from the typescript package. */
function loadCorpus() {
  const lib = dirname(createRequire(import.meta.url).resolve('typescript'));
  const english = [];
  const foreign = [];
  for (const lang of readdirSync(lib, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const messages = JSON.parse(readFileSync(join(lib, lang, 'diagnosticMessages.generated.json'), 'utf8'));
    for (const [key, text] of Object.entries(messages)) {
      if (lang === 'de')
        english.push(
          key
            .split('_')
            .slice(0, -1)
            .join(' ')
            .replace(/\b(\d)\b/g, '{$1}'),
        );
      if (lang !== 'de' || foreign.length % 2 === 0) foreign.push(text);
    }
  }
  return { english, foreign };
}

/** mulberry32: a tiny, fast, seedable PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the of and to a in is you that it he was for on are as with his they I at be this have from or one had by ' +
  'word but not what all were we when your can said there use an each which she do how their if will up other ' +
  'about out many then them these so some her would make like him into time has look two more write go see ' +
  'number no way could people my than first water been call who oil its now find long down day did get come ' +
  'made may part over new sound take only little work know place year live me back give most very after thing ' +
  'our just name good sentence man think say great where help through much before line right too mean old any ' +
  'same tell boy follow came want show also around form three small set put end does another well large must ' +
  'big even such because turn here why ask went men read need land different home us move try kind hand picture ' +
  'again change off play spell air away animal house point page letter mother answer found study still learn ' +
  'should America world model training data cost token invoice refund order account password shipping delivery ' +
  'subscription upgrade billing customer support assistant please thanks sorry issue error problem question'
).split(' ');
const SYLLABLES = (
  'ka ri to ne sa mu lo vi da pe qu ex th str an on en in ul or ar ys ph gr bl ch ck ' +
  'ion ment ing ed ly er est ous ive ize'
).split(' ');
const FOREIGN = [
  'Это пример текста на русском языке.',
  'Ελληνικά κείμενα για δοκιμή.',
  '日本語のテキストを数える。',
  '这是一个中文句子，用于测试。',
  'Le café coûte trois euros à Paris.',
  'Größenänderung über Straßen.',
  'naïve façade — déjà vu',
  '한국어 문장입니다.',
  '🙂 👍 🚀 ✅',
  'مرحبا بالعالم',
];
const SNIPPETS = [
  'function add(a, b) {\n  return a + b;\n}',
  'SELECT id, name FROM users WHERE id = 42;',
  '{"status": "ok", "items": [1, 2, 3]}',
  'for i in range(10):\n    print(i)',
  'https://example.com/api/v2/orders?id=12345&sort=desc',
  '<|endoftext|> is just text here',
  '    indented\n\n\n   \t line',
];

function makeVocabulary(rand, size) {
  const words = [...COMMON];
  while (words.length < size) {
    let w = '';
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.push(w);
  }
  return words;
}

export function* examples(seed) {
  const rand = prng(seed);
  const vocab = makeVocabulary(rand, 30_000);
  const corpus = loadCorpus();
  const pick = (list) => list[Math.floor(rand() * list.length)];
  // Real words, at their frequency in real sentences; 3% invented (names, rare words).
  const words = corpus.english.flatMap((s) => s.split(' ')).filter((w) => w && !w.startsWith('{'));
  const word = () => (rand() < 0.03 ? vocab[Math.floor(vocab.length * rand())] : pick(words).toLowerCase());
  const number = () => String(Math.floor(rand() ** 2 * 10 ** (1 + Math.floor(rand() * 9))));
  const sentence = () => {
    if (rand() < 0.5) {
      const s = pick(corpus.english);
      return s[0].toUpperCase() + s.slice(1) + pick(['.', '.', '.', '?', '!', ':']);
    }
    const n = 4 + Math.floor(rand() * 18);
    let s = '';
    for (let i = 0; i < n; i++) {
      let w = rand() < 0.06 ? number() : word();
      if (i === 0 || rand() < 0.05) w = w[0].toUpperCase() + w.slice(1);
      if (rand() < 0.01) w = w.toUpperCase();
      s += (i ? ' ' : '') + w;
      if (rand() < 0.06) s += pick([',', ';', ':', ' -', "'s", "'ll"]);
    }
    return s + pick(['.', '.', '.', '?', '!', '...']);
  };
  const paragraph = (k) => {
    let p = '';
    const n = 1 + Math.floor(rand() * k);
    for (let i = 0; i < n; i++) {
      p += (i ? pick([' ', ' ', ' ', '\n', '\n\n', '  ']) : '') + sentence();
      if (rand() < 0.04) p += '\n' + pick(SNIPPETS) + '\n';
      if (rand() < 0.03) p += ' ' + (rand() < 0.2 ? pick(FOREIGN) : pick(corpus.foreign));
    }
    return p;
  };
  const systems = Array.from({ length: 300 }, () => paragraph(3));
  for (let _i = 0; ; _i++) {
    const messages = [];
    if (rand() < 0.9)
      messages.push({
        role: 'system',
        content:
          `${pick(systems)} Customer: ${word()} ${word()} #${number()}. ` +
          `Date: 2026-${1 + Math.floor(rand() * 12)}-${1 + Math.floor(rand() * 28)}.`,
      });
    const turns = 1 + Math.floor(rand() ** 2 * 6);
    const foreign = rand() < 0.12;
    for (let t = 0; t < turns; t++) {
      const user = {
        role: 'user',
        content: foreign ? pick(corpus.foreign) + ' ' + pick(corpus.foreign) + ' ' + paragraph(2) : paragraph(3),
      };
      if (rand() < 0.05) user.name = word();
      messages.push(user);
      if (rand() < 0.06) {
        const id = `call_${number()}`;
        messages.push({
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id,
              type: 'function',
              function: { name: `get_${word()}`, arguments: JSON.stringify({ id: Number(number()), q: word() }) },
            },
          ],
        });
        messages.push({
          role: 'tool',
          tool_call_id: id,
          content: JSON.stringify({ result: sentence(), total: number() }),
        });
      }
      const assistant = { role: 'assistant', content: rand() < 0.5 ? paragraph(6) : paragraph(12) };
      if (rand() < 0.1) assistant.weight = rand() < 0.5 ? 0 : 1;
      messages.push(assistant);
    }
    yield JSON.stringify({ messages });
  }
}

/** Writes about `megabytes` MB of examples to `path`; resolves with { bytes, lines }. */
export async function generate(path, megabytes, seed = 20261123) {
  const target = megabytes * 1e6;
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = 0;
  let buffer = '';
  for (const line of examples(seed)) {
    buffer += line + '\n';
    bytes += Buffer.byteLength(line) + 1;
    lines++;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((r) => out.once('drain', r));
      buffer = '';
    }
    if (bytes >= target) break;
  }
  out.write(buffer);
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  return { bytes, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, mb, seed] = process.argv.slice(2);
  const r = await generate(path, Number(mb), seed ? Number(seed) : undefined);
  console.log(`${path}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.lines} lines`);
}
