/**
 * The answer first: the cheapest training a team can buy and, once the break-even is computed, its verdict — the
 * two lines a reader came for, above the inputs, so that in a docs column they are on screen without scrolling.
 * The words are the CLI's (src/render/answer.ts; the verdict from src/render/words/verdict.ts).
 */
import type { EstimateResult } from '../../../src/result/estimate.js';
import { estimateAnswer } from '../../../src/render/answer.js';

export function Answer({ result, verdict }: { result: EstimateResult; verdict?: { kind: string; text: string } }) {
  return (
    <div class="answer" aria-live="polite">
      {estimateAnswer(result, undefined).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {verdict ? (
        <p class="verdict" data-verdict={verdict.kind}>
          {verdict.text}
        </p>
      ) : null}
    </div>
  );
}
