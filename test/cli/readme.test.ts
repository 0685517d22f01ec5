/**
 * The README and every page of docs/ show real output from real runs. Every fenced block (no info
 * string, or `console`/`sh`/`shell`/`text`) whose first line starts with `$ ` is a run: each `$ ` line is
 * a command and the lines up to the next one are what it showed. Each is run here in-process on the
 * shipped catalog, on the day the runs were made (README_DAY), and what the block shows must appear in
 * what the run prints (a block may show an excerpt; a line holding only `…` skips output between two
 * parts, which must appear in order). A run that shows nothing fails: it is a defect of the page.
 *
 * The commands are `ftcost …` / `npx ftcost …` with a little shell around them, and nothing else:
 * quotes ('…', "…"), `< FILE` (standard input), `> /dev/null`, `2> /dev/null`, `| grep [-c] WORD`
 * and `; echo $?`. A last shown line `(exit N)` is checked against the exit code. Blocks tagged
 * otherwise (yaml, json, ts, js, html…) are never run, and a `$ ftcost` line in such a block fails.
 *
 * A catalog or wording change that alters those outputs fails here until the pages are refreshed:
 * `UPDATE_README=1 npx vitest run test/cli/readme.test.ts` rewrites each stale run of each page with its
 * whole output (then read `git diff README.md docs/`).
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';

/** The day the pages' runs are of (FTCOST_TODAY when they were made). */
const README_DAY = '2026-12-08';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The pages whose runs are checked: the README and every page of docs/. */
const PAGES = [
  'README.md',
  ...readdirSync(`${ROOT}docs`)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Runs a page is known to hold, at least: a parser that stops finding them fails here. */
const AT_LEAST: Readonly<Record<string, number>> = {
  'README.md': 5,
  'docs/estimate.md': 5,
  'docs/budget.md': 1,
  'docs/breakeven.md': 4,
  'docs/catalog.md': 4,
  'docs/inspect.md': 3,
  'docs/bad-input.md': 11,
  'docs/ci-guard.md': 4,
  'docs/sensitivity.md': 1,
};

/** Info strings of a fenced block that may hold a run; any other (yaml, json, ts…) never does. */
const RUN_INFO = new Set(['', 'console', 'sh', 'shell', 'text']);
const EXIT_LINE = /^\(exit (\d+)\)$/;
const GAP = '…';

interface Run {
  /** 0-based line of the `$ ` line, and of the line after the shown output. */
  from: number;
  to: number;
  /** The block's indentation (a block inside a list item), stripped from every line. */
  indent: string;
  command: string;
  shown: string;
}

/** The runs of a page, and what is wrong with its blocks (a block never closed, a run in a block never run). */
function runsIn(lines: readonly string[], page: string): { runs: Run[]; problems: string[] } {
  const runs: Run[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end++;
    if (end === lines.length) {
      problems.push(`${page}:${i + 1}: a code block is never closed`);
      break;
    }
    const body = (k: number) => (lines[k]!.startsWith(indent) ? lines[k]!.slice(indent.length) : lines[k]!.trimStart());
    const isRun = RUN_INFO.has(info) && end > i + 1 && body(i + 1).startsWith('$ ');
    if (!isRun) {
      for (let k = i + 1; k < end; k++)
        if (/^\$ (npx )?ftcost /.test(body(k)))
          problems.push(`${page}:${k + 1}: a run in a block that is not run (\`\`\`${info}); tag it console`);
    } else {
      const starts: number[] = [];
      for (let k = i + 1; k < end; k++) if (body(k).startsWith('$ ')) starts.push(k);
      starts.forEach((from, n) => {
        const to = starts[n + 1] ?? end;
        const shown: string[] = [];
        for (let k = from + 1; k < to; k++) shown.push(body(k));
        runs.push({ from, to, indent, command: body(from).slice(2), shown: shown.join('\n').trim() });
      });
    }
    i = end;
  }
  return { runs, problems };
}

/** Shell words: whitespace-separated, '…' and "…" quoted (no escapes, no variables but `$?`). */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  let word: string | undefined;
  let last = -1;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    const piece = m[1] ?? m[2] ?? m[3]!;
    // 'a'"b" and a'b' are one word
    if (word !== undefined && m.index === last) word += piece;
    else {
      if (word !== undefined) out.push(word);
      word = piece;
    }
    last = re.lastIndex;
  }
  if (word !== undefined) out.push(word);
  return out;
}

/** What a run prints: stdout then stderr (as the pages show them), after the shell around the command. */
async function output(command: string): Promise<{ text: string; code: number }> {
  let rest = command;
  // `COLUMNS=80 ftcost …`: what a terminal 80 columns wide shows (stdout a TTY of that width).
  const terminal = /^COLUMNS=(\d+)\s+/.exec(rest);
  const columns = terminal ? Number(terminal[1]) : undefined;
  if (terminal) rest = rest.slice(terminal[0].length);
  const echo = /;\s*echo \$\?\s*$/.test(rest);
  if (echo) rest = rest.replace(/;\s*echo \$\?\s*$/, '');
  const [main = '', grep] = rest.split(/\s\|\s/);
  if (rest.split(/\s\|\s/).length > 2) throw new Error(`more than one pipe: ${command}`);
  const argv = words(main);
  if (argv[0] === 'npx') argv.shift();
  if (argv.shift() !== 'ftcost') throw new Error(`not an ftcost command: ${command}`);
  let input: string | undefined;
  let dropOut = false;
  let dropErr = false;
  for (let k = 0; k < argv.length; k++) {
    const op = argv[k];
    if (op !== '<' && op !== '>' && op !== '2>') continue;
    const target = argv[k + 1];
    if (target === undefined) throw new Error(`${op} without a file: ${command}`);
    if (op === '<') input = target;
    else if (target !== '/dev/null') throw new Error(`only /dev/null can be written to: ${command}`);
    else if (op === '>') dropOut = true;
    else dropErr = true;
    argv.splice(k, 2);
    k--;
  }
  if (argv.some((w) => /^[0-9]*[<>|;&]/.test(w))) throw new Error(`shell this test does not run: ${command}`);

  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: columns !== undefined, columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: columns === undefined ? {} : { COLUMNS: String(columns) },
    cwd: ROOT,
    today: README_DAY,
    ...(input === undefined ? {} : { stdin: { stream: createReadStream(`${ROOT}${input}`), isTTY: false } }),
  });
  if (grep !== undefined) {
    const g = words(grep);
    const count = g[1] === '-c';
    const word = g[count ? 2 : 1];
    if (g[0] !== 'grep' || word === undefined || g.length !== (count ? 3 : 2))
      throw new Error(`only \`| grep [-c] WORD\` is run: ${command}`);
    const hits = stdout.split('\n').filter((l, n, all) => l.includes(word) && !(n === all.length - 1 && l === ''));
    stdout = count ? `${hits.length}\n` : hits.map((l) => `${l}\n`).join('');
  }
  let text = (dropOut ? '' : stdout) + (dropErr ? '' : stderr);
  if (echo) text += `${text === '' || text.endsWith('\n') ? '' : '\n'}${code}\n`;
  return { text, code };
}

/** The parts of a shown output between its `…` lines (a gap may open or close it). */
function parts(shown: string): string[] {
  const out: string[][] = [[]];
  for (const line of shown.split('\n')) {
    if (line.trim() === GAP) out.push([]);
    else out.at(-1)!.push(line);
  }
  return out.map((p) => p.join('\n').trim()).filter((p) => p !== '');
}

/** The first part of `shown` that does not appear in `real` after the parts before it, or undefined. */
function missing(real: string, shown: string): string | undefined {
  let at = 0;
  for (const part of parts(shown)) {
    const found = real.indexOf(part, at);
    if (found < 0) return part;
    at = found + part.length;
  }
  return undefined;
}

for (const page of PAGES)
  describe(`the runs shown in ${page}`, () => {
    const file = `${ROOT}${page}`;
    const lines = readFileSync(file, 'utf8').split('\n');
    const { runs, problems } = runsIn(lines, page);

    it(`are found (at least ${AT_LEAST[page] ?? 0}), and none is in a block that is not run`, () => {
      expect(problems).toEqual([]);
      expect(runs.length).toBeGreaterThanOrEqual(AT_LEAST[page] ?? 0);
    });

    const stale: { run: Run; real: string }[] = [];
    for (const r of runs)
      it(`print what ${page}:${r.from + 1} shows: ${r.command.slice(0, 90)}`, async () => {
        const shownLines = r.shown.split('\n');
        const exit = EXIT_LINE.exec(shownLines.at(-1)!);
        const shown = (exit ? shownLines.slice(0, -1) : shownLines).join('\n').trim();
        const { text, code } = await output(r.command);
        const real = exit ? `${text.replace(/\n+$/, '')}\n(exit ${code})` : text;
        const bad =
          parts(shown).length === 0 || (exit && Number(exit[1]) !== code) || missing(text, shown) !== undefined;
        if (process.env.UPDATE_README && bad) {
          stale.push({ run: r, real });
          return;
        }
        expect(parts(shown), `${page}:${r.from + 1} shows no output: show what the command prints`).not.toEqual([]);
        if (exit) expect(code, `${page}:${r.from + 1}: the exit code shown`).toBe(Number(exit[1]));
        expect(text).toContain(missing(text, shown) ?? '');
      });

    // UPDATE_README: the stale runs rewritten with their whole output, once every run has been made.
    afterAll(() => {
      if (stale.length === 0) return;
      const next = [...lines];
      for (const { run: r, real } of [...stale].sort((a, b) => b.run.from - a.run.from)) {
        const blank = r.to < next.length && next[r.to - 1]!.trim() === '' ? [''] : [];
        const body = real
          .replace(/\n+$/, '')
          .split('\n')
          .map((l) => (l === '' ? '' : r.indent + l));
        next.splice(r.from + 1, r.to - r.from - 1, ...body, ...blank);
      }
      writeFileSync(file, next.join('\n'));
    });
  });
