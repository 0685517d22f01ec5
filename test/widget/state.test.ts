/** The URL-hash form of the widget's inputs: short, prefixed, lossless, and polite to the host page's own hash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOptions, DEFAULT_STATE, hashFromState, stateFromHash, type WidgetState } from '../../widget/src/state.js';

const base = (): WidgetState => ({
  ...DEFAULT_STATE,
  models: [...DEFAULT_STATE.models],
  providers: [],
  existingCustomers: [],
});

describe('URL hash', () => {
  it('writes only what differs from the defaults, with ft. keys', () => {
    expect(hashFromState(base())).toBe('');
    const s = {
      ...base(),
      examples: '500',
      tokensPerExample: '400',
      epochs: '3',
      models: ['gpt-4o-mini'],
      providers: ['openai', 'azure-openai'],
      hourlyHosting: false,
    };
    expect(hashFromState(s)).toBe(
      '#ft.examples=500&ft.tokens=400&ft.epochs=3&ft.models=gpt-4o-mini&ft.providers=openai,azure-openai&ft.hourly=0',
    );
  });

  it("keeps the page's own params and ignores a plain anchor", () => {
    expect(hashFromState({ ...base(), examples: '7' }, '#tab=pricing&ft.examples=3')).toBe(
      '#tab=pricing&ft.examples=7',
    );
    expect(stateFromHash('#install')).toEqual({});
    expect(stateFromHash('#tab=x')).toEqual({});
  });

  it('round-trips any state (property)', () => {
    const text = fc.string({ maxLength: 12 });
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9./_-]{0,20}$/);
    fc.assert(
      fc.property(
        fc.record({
          examples: text,
          tokensPerExample: text,
          epochs: text,
          queriesPerDay: text,
          ftModel: id,
          promptedModel: id,
          promptedInputTokens: text,
          fineTunedInputTokens: text,
          outputTokens: text,
          hoursPerDay: text,
          horizonMonths: text,
          models: fc.array(id, { maxLength: 4 }),
          providers: fc.array(id, { maxLength: 4 }),
          existingCustomers: fc.array(id, { maxLength: 4 }),
          hourlyHosting: fc.boolean(),
          selfHosted: fc.boolean(),
          promptedCachedTokens: text,
          batchShare: text,
          peakFactor: text,
          includeEnding: fc.boolean(),
          howSure: fc.boolean(),
          dataPrepCost: text,
          engineeringHours: text,
          hourlyRate: text,
          evalCost: text,
          costPerLabelledExample: text,
          evalExamples: text,
          reviewHours: text,
          monitoringPerMonth: text,
          promptedSuccessRate: text,
          ftSuccessRate: text,
          failureCost: text,
        }),
        (s) => {
          // Any text in the boxes (even "&", "=", "#" or "," inside it) survives the link.
          expect({ ...base(), ...stateFromHash(hashFromState(s)) }).toEqual(s);
        },
      ),
    );
  });

  it('applies host options given as numbers, strings or arrays', () => {
    const s = applyOptions(base(), {
      examples: 500,
      epochs: 'auto',
      models: 'gpt-4o-mini, gpt-4.1-mini',
      hourlyHosting: 'false',
      selfHosted: false,
    });
    expect(s.examples).toBe('500');
    expect(s.models).toEqual(['gpt-4o-mini', 'gpt-4.1-mini']);
    expect(s.hourlyHosting).toBe(false);
    expect(s.selfHosted).toBe(false);
  });

  it('keeps the providers the team already fine-tunes on under ft.existing; lists may be space-separated', () => {
    expect(hashFromState({ ...base(), existingCustomers: ['openai', 'azure-openai'] })).toBe(
      '#ft.existing=openai,azure-openai',
    );
    expect(stateFromHash('#ft.existing=openai,azure-openai')).toEqual({
      existingCustomers: ['openai', 'azure-openai'],
    });
    expect(applyOptions(base(), { existingCustomers: 'openai azure-openai' }).existingCustomers).toEqual([
      'openai',
      'azure-openai',
    ]);
  });
});
