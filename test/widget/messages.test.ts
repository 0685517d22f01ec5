/**
 * The widget shows library messages in its own words: its field labels, never a CLI flag or the
 * ftcost command (src/errors.ts Wording; widget/src/compute.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeBreakEven } from '../../widget/src/breakEven.js';
import { LABELS } from '../../widget/src/labels.js';
import { DEFAULT_STATE, type WidgetState } from '../../widget/src/state.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const catalog = fixtureCatalog();
const TODAY = '2026-11-23';
const state: WidgetState = { ...DEFAULT_STATE, promptedModel: 'ol-large', ftModel: 'ol-mini', providers: [] };

function errorOf(s: WidgetState): string {
  const out = computeBreakEven(s, { catalog, today: TODAY });
  if (out.ok) expect.fail('expected an error');
  expect(out.error).not.toMatch(/--[a-z]|ftcost/);
  return out.error;
}

describe('widget error messages', () => {
  it('an unknown fine-tuned model names the picker and the Models list', () => {
    expect(errorOf({ ...state, ftModel: 'ol-mnii' })).toBe(
      'Fine-tuned model: unknown model "ol-mnii"; did you mean "ol-mini"? (the Models list shows every model)',
    );
  });
  it('an unknown prompted model names its picker', () => {
    expect(errorOf({ ...state, promptedModel: 'ol-largee' })).toBe(
      'Prompted base model: unknown model "ol-largee"; did you mean "ol-large"? (the Models list shows every model)',
    );
  });
  it('more cached prompt tokens than prompt tokens: the engine names both boxes by their labels', () => {
    expect(errorOf({ ...state, promptedInputTokens: '100', promptedCachedTokens: '200' })).toBe(
      'Cached prompt tokens / query (200) cannot exceed Prompted input tokens / query (100)',
    );
  });
  it("the boxes' labels and the messages' names come from one table (widget/src/labels.ts)", () => {
    const dir = new URL('../../widget/src/components/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/<Field[^>]*\slabel="/s);
    }
    for (const file of ['../../widget/src/compute.ts', '../../widget/src/breakEven.ts'])
      expect(readFileSync(new URL(file, import.meta.url), 'utf8'), file).not.toMatch(/parseWhole\('/);
    expect(LABELS.baseCachedInputTokens).toBe('Cached prompt tokens / query');
  });
});
