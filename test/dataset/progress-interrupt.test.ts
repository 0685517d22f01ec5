/**
 * Ctrl-C during the progress bar (issue 24, cosmetic): cli-progress hides the cursor and turns line wrap off
 * until stop(), which an interrupted run never reached — the terminal was left with neither. The bar now
 * restores both on SIGINT, then re-raises the signal (exit 130, no partial output, as before).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { progressBar, RESTORE_TERMINAL } from '../../src/dataset/node/progress.js';

const HIDE_CURSOR = '\x1b[?25l';
const WRAP_OFF = '\x1b[?7l';

function fakeTerminal() {
  const written: string[] = [];
  return {
    written,
    stream: { write: (s: string) => written.push(s), isTTY: true, columns: 80 },
  };
}

/** A stand-in for `process`: SIGINT listeners, and kill() recorded instead of sent. */
function fakeSignals() {
  const emitter = new EventEmitter();
  const kills: [number, string][] = [];
  return {
    emitter,
    kills,
    signals: {
      pid: 4242,
      once: (event: 'SIGINT', listener: () => void) => emitter.once(event, listener),
      removeListener: (event: 'SIGINT', listener: () => void) => emitter.removeListener(event, listener),
      kill: (pid: number, signal: 'SIGINT') => kills.push([pid, signal]),
    },
  };
}

const BIG = 64 * 1024 * 1024;

describe('the progress bar and Ctrl-C', () => {
  it('SIGINT shows the cursor and turns line wrap back on, then re-raises SIGINT', () => {
    const t = fakeTerminal();
    const s = fakeSignals();
    const bar = progressBar(t.stream, { enabled: true, label: 'train.jsonl', bytes: BIG }, s.signals);
    bar.update(BIG / 4, BIG);
    const drawn = t.written.join('');
    expect(drawn).toContain(HIDE_CURSOR);
    expect(drawn).toContain(WRAP_OFF);
    s.emitter.emit('SIGINT');
    const after = t.written.join('').slice(drawn.length);
    expect(after.endsWith(RESTORE_TERMINAL)).toBe(true);
    expect(RESTORE_TERMINAL).toBe('\x1b[?25h\x1b[?7h');
    expect(s.kills).toEqual([[4242, 'SIGINT']]);
    expect(s.emitter.listenerCount('SIGINT')).toBe(0);
  });

  it('a bar that finishes stops listening: a later Ctrl-C is left to Node', () => {
    const t = fakeTerminal();
    const s = fakeSignals();
    const bar = progressBar(t.stream, { enabled: true, label: 'train.jsonl', bytes: BIG }, s.signals);
    expect(s.emitter.listenerCount('SIGINT')).toBe(1);
    bar.stop();
    expect(s.emitter.listenerCount('SIGINT')).toBe(0);
    expect(s.kills).toEqual([]);
  });

  it('no bar (not a terminal, or a small file): nothing listens', () => {
    const s = fakeSignals();
    progressBar({ write: () => true, isTTY: false }, { enabled: true, label: 'x', bytes: BIG }, s.signals);
    progressBar(fakeTerminal().stream, { enabled: true, label: 'x', bytes: 1000 }, s.signals);
    expect(s.emitter.listenerCount('SIGINT')).toBe(0);
  });
});
