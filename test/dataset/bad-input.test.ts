/**
 * Training files as a careless or hostile user gives them: vision and tool-call examples are
 * counted (and labelled honestly), absurd nesting is one line's error, stdin is read, and every path
 * is checked before counting starts.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { countDataset } from '../../src/dataset/count.js';
import { imageSizeOf, imageTokens } from '../../src/dataset/images.js';
import { fileSummary } from '../../src/dataset/report.js';
import { checkExample } from '../../src/dataset/validate.js';

const TOY = 'test/fixtures/toy_chat_fine_tuning.jsonl';

/** A PNG header (all imageSizeOf reads) of the given size, as a base64 data URL. */
function pngDataUrl(width: number, height: number): string {
  const b = new Uint8Array(24);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  b.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return `data:image/png;base64,${Buffer.from(b).toString('base64')}`;
}

const textOnly = {
  messages: [
    { role: 'user', content: 'What is this?' },
    { role: 'assistant', content: 'A cat.' },
  ],
};
function withImage(image_url: unknown) {
  return {
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url },
        ],
      },
      { role: 'assistant', content: 'A cat.' },
    ],
  };
}

async function summary(lines: unknown[]) {
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
  return fileSummary(await countDataset(text, { encodings: ['o200k_base'] }));
}

async function tokensOf(line: unknown): Promise<number> {
  const s = await summary([line]);
  expect(s.examples).toBe(1);
  return Number(s.encodings[0]!.totalTokens);
}

describe('OpenAI image tile rule', () => {
  it('matches the worked cases of the rule', () => {
    // 1024×1024 → shortest side to 768: 768×768 → 2×2 tiles → 85 + 4 × 170 = 765.
    expect(imageTokens({ width: 1024, height: 1024 }, 'high')).toBe(765);
    // 2048×4096 → fit 2048: 1024×2048 → shortest to 768: 768×1536 → 2×3 tiles → 85 + 6 × 170 = 1105.
    expect(imageTokens({ width: 2048, height: 4096 }, 'auto')).toBe(1105);
    // 512×512 is not enlarged: 1 tile → 85 + 170 = 255. Low detail: 85 whatever the size.
    expect(imageTokens({ width: 512, height: 512 }, undefined)).toBe(255);
    expect(imageTokens({ width: 4000, height: 3000 }, 'low')).toBe(85);
  });

  it('reads PNG, GIF and JPEG sizes from the bytes', () => {
    expect(imageSizeOf(Buffer.from(pngDataUrl(640, 480).split(',')[1]!, 'base64'))).toEqual({
      width: 640,
      height: 480,
    });
    const gif = Buffer.from('GIF89a\x40\x01\xf0\x00', 'latin1'); // 0x0140 = 320, 0x00f0 = 240
    expect(imageSizeOf(gif)).toEqual({ width: 320, height: 240 });
    // SOI, then an SOF0 segment: length 17, precision 8, height 0x01e0 = 480, width 0x0280 = 640.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
    expect(imageSizeOf(jpeg)).toEqual({ width: 640, height: 480 });
  });
});

describe('vision examples', () => {
  it('are counted, not rejected: text exactly, each image by the tile rule', async () => {
    const base = await tokensOf(textOnly);
    // The image part adds its tile-rule tokens and nothing else (the type tags are structure).
    expect(await tokensOf(withImage({ url: pngDataUrl(2048, 4096) }))).toBe(base + 1105);
    expect(await tokensOf(withImage({ url: pngDataUrl(4000, 3000), detail: 'low' }))).toBe(base + 85);
    // A URL is not fetched: the stated assumption, 1024×1024 = 765 tokens.
    expect(await tokensOf(withImage({ url: 'https://example.com/cat.png' }))).toBe(base + 765);
  });

  it('a mixed file is priced whole, and says which examples are approximate and why', async () => {
    const s = await summary([
      textOnly,
      withImage({ url: 'https://example.com/cat.png' }),
      withImage({ url: pngDataUrl(512, 512) }),
    ]);
    expect(s).toMatchObject({ examples: 3, invalidLines: 0, approximateExamples: 2, images: 2, imagesSizeAssumed: 1 });
    expect(s.encodings[0]).toMatchObject({ exact: false, exactExamples: 1 });
    expect(s.encodings[0]!.method).toBe(
      'counted with o200k_base (OpenAI chat rule); 1 of 3 example(s) exact, 2 approximate: ' +
        "2 with images (2 image(s) by OpenAI's tile rule, 85 + 170 tokens per 512 px tile; " +
        '1 of unknown size counted as 1024×1024 px = 765 tokens)',
    );
  });

  it(
    'audio and file parts are accepted and reported as not counted; ' + 'an image from the assistant is refused',
    async () => {
      const audio = {
        messages: [
          { role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] },
          { role: 'assistant', content: 'ok' },
        ],
      };
      const s = await summary([audio]);
      expect(s.encodings[0]!.method).toContain('1 with audio (not counted)');
      const bad = checkExample({
        messages: [
          { role: 'user', content: 'draw' },
          { role: 'assistant', content: [{ type: 'image_url', image_url: { url: 'https://x' } }] },
        ],
      });
      expect(bad).toEqual({
        ok: false,
        errors: [
          {
            code: 'unsupported_content_part',
            message:
              'message 2 has content part 1 of type image_url; an assistant message trains on text only; ' +
              'give text, or a list of text / image_url / input_audio / file parts',
          },
        ],
      });
    },
  );
});

describe('tool-call examples', () => {
  it('are labelled approximate per example; a file of plain chat stays exact', async () => {
    const tools = {
      ...textOnly,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
    };
    expect((await summary([textOnly, textOnly])).encodings[0]).toMatchObject({ exact: true, exactExamples: 2 });
    const s = await summary([textOnly, tools]);
    expect(s.approximateReasons).toEqual({ tools: 1 });
    expect(s.encodings[0]).toMatchObject({ exact: false, exactExamples: 1 });
  });
});

describe('limits end in a per-line error', () => {
  it("a line nested 5,000 deep (inside tools) is that line's error; the other lines are counted as alone", async () => {
    const deep =
      `{"tools":${'['.repeat(5000)}${']'.repeat(5000)},` +
      '"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}';
    const alone = await summary([textOnly]);
    const s = await summary([textOnly, deep]);
    expect(s.examples).toBe(1);
    expect(s.errors).toEqual([
      {
        line: 2,
        code: 'nested_too_deep',
        message: 'the line nests lists/objects more than 256 levels deep; ftcost reads up to 256',
      },
    ]);
    expect(s.encodings[0]!.totalTokens).toBe(alone.encodings[0]!.totalTokens);
  });

  it("a line over ftcost's own 64 MiB limit says the limit is ftcost's", async () => {
    const s = fileSummary(
      await countDataset(`${JSON.stringify(textOnly)}\n${'x'.repeat(200)}\n`, {
        encodings: ['o200k_base'],
        maxLineBytes: 100,
      }),
    );
    expect(s.errors[0]).toEqual({
      line: 2,
      code: 'line_too_long',
      message:
        "the line is 200 bytes long, over ftcost's own limit of 100 bytes per line " +
        '(a limit of this tool, not of the platform); it was not read or counted',
    });
  });
});

async function cli(args: string[], stdin?: AsyncIterable<Uint8Array>, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: process.cwd(),
    today: '2026-11-23',
    stdin: stdin ? { stream: stdin, isTTY } : undefined,
  });
  return { code, stdout, stderr };
}

async function* chunks(text: string): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
}

describe('standard input', () => {
  it('inspect - and estimate --file - read the file from stdin, with the same count as the file', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(TOY, 'utf8');
    const fromFile = JSON.parse((await cli(['inspect', TOY, '--format', 'json'])).stdout);
    const piped = await cli(['inspect', '-', '--format', 'json'], chunks(text));
    expect(piped.code).toBe(0);
    const fromStdin = JSON.parse(piped.stdout);
    expect(fromStdin.training.file).toBe('(stdin)');
    expect(fromStdin.training.encodings).toEqual(fromFile.training.encodings);
    const est = await cli(['estimate', '--file', '-', '-m', 'gpt-4o-mini', '-p', 'openai'], chunks(text));
    expect(est.code).toBe(0);
    expect(est.stdout).toContain('examples counted in (stdin)');
  });

  it('a terminal on stdin is refused with how to pipe, and stdin is read once', async () => {
    expect(await cli(['inspect', '-'], chunks(''), true)).toMatchObject({
      code: 2,
      stderr:
        'ftcost: - reads the training file from standard input; pipe it in (cat train.jsonl | ftcost inspect -)\n',
    });
    expect((await cli(['estimate', '--file', '-', '--validation-file', '-'], chunks(''))).stderr).toBe(
      'ftcost: only one file can be read from standard input (-)\n',
    );
  });

  it('a missing --validation-file is reported before the training file is read', async () => {
    let read = false;
    const never: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]() {
        read = true;
        throw new Error('the training input was read');
      },
    };
    const r = await cli(['estimate', '--file', '-', '--validation-file', '/missing/v.jsonl'], never);
    expect(r).toMatchObject({ code: 2, stderr: 'ftcost: cannot read "/missing/v.jsonl": no such file\n' });
    expect(read).toBe(false);
  });
});
