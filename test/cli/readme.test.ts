/**
 * The README shows real output from real runs: every fenced block that starts with `$ ftcost …` or
 * `$ npx ftcost …` (a block may hold several) is run here on the shipped catalog, on the day the
 * README's runs were made, and what the block shows must appear in what the run prints (a block may
 * show an excerpt). A catalog or wording change that alters those outputs fails here until the README
 * is refreshed: `UPDATE_README=1 npx vitest run test/cli/readme.test.ts` rewrites each stale run with
 * its whole output (then read `git diff README.md`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** The day the README's runs are of (FTCOST_TODAY when they were made). */
const README_DAY = '2026-12-07';
const README = new URL('../../README.md', import.meta.url);

interface Run {
  /** 0-based line of the `$ ` line, and of the line after the shown output. */
  from: number;
  to: number;
  command: string;
  shown: string;
}

function runsIn(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trimStart().startsWith('```')) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith('```')) end++;
    if (end === lines.length) throw new Error(`README.md:${i + 1}: a code block is never closed`);
    const starts: number[] = [];
    for (let k = i + 1; k < end; k++) if (/^\$ (npx )?ftcost /.test(lines[k]!)) starts.push(k);
    if (starts[0] === i + 1)
      starts.forEach((from, n) => {
        const to = starts[n + 1] ?? end;
        runs.push({
          from,
          to,
          command: lines[from]!.slice(2),
          shown: lines
            .slice(from + 1, to)
            .join('\n')
            .trim(),
        });
      });
    i = end;
  }
  return runs;
}

async function output(command: string): Promise<string> {
  const argv = command.split(/\s+/).slice(command.startsWith('npx ') ? 2 : 1);
  const r = await runCli(argv, { today: README_DAY });
  return r.stdout + r.stderr;
}

describe("the README's example runs", async () => {
  const lines = readFileSync(README, 'utf8').split('\n');
  const runs = runsIn(lines);

  it('are found (the showcase, the main job, budget, a counted file, break-even)', () => {
    expect(runs.length).toBeGreaterThanOrEqual(9);
  });

  const stale: { run: Run; real: string }[] = [];
  for (const run of runs)
    it(`print what README.md:${run.from + 1} shows: ${run.command.slice(0, 90)}`, async () => {
      const real = await output(run.command);
      if (process.env.UPDATE_README && !real.includes(run.shown)) stale.push({ run, real });
      else expect(real).toContain(run.shown);
    });

  // UPDATE_README: the stale runs rewritten with their whole output, once every run has been made.
  afterAll(() => {
    if (stale.length === 0) return;
    const next = [...lines];
    for (const { run, real } of [...stale].sort((a, b) => b.run.from - a.run.from)) {
      const blank = run.to < next.length && next[run.to - 1] === '' ? [''] : [];
      next.splice(run.from + 1, run.to - run.from - 1, ...real.replace(/\n+$/, '').split('\n'), ...blank);
    }
    writeFileSync(README, next.join('\n'));
  });
});
