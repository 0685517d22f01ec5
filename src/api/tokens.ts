/**
 * `ftcost/tokens` (Node only): count a chat fine-tuning file exactly, and turn it into a dataset
 * the estimate takes.
 *
 *   import { estimate } from 'ftcost';
 *   import { countTrainingFiles } from 'ftcost/tokens';
 *   const dataset = await countTrainingFiles({ file: 'train.jsonl', encodings: ['o200k_base'] });
 *   const result = estimate({ dataset, models: ['gpt-4o-mini'] });
 *
 * The platform-neutral pieces (DatasetCounter, countDataset) run in a browser Web Worker too.
 */
export { countTrainingFiles, type CountFilesOptions } from '../dataset/node/count-files.js';
export { countFile, type CountFileOptions } from '../dataset/node/file.js';
export { countDataset, plansFor, type CountOptions } from '../dataset/count.js';
export { DatasetCounter, Deduper, mergeCounts, type DatasetCount } from '../dataset/counter.js';
export {
  countedDataset,
  datasetSummary,
  fileSummary,
  isCountedDataset,
  type CountedDataset,
  type DatasetReport,
  type DatasetSummaryJson,
  type FileSummaryJson,
} from '../dataset/report.js';
export { modelEncodings } from '../dataset/models.js';
export { exampleTokens, TOKENS_PER_MESSAGE, TOKENS_PER_NAME, TOKENS_AFTER_MESSAGES } from '../dataset/chat-tokens.js';
export { checkExample, ERROR_CODES, WARNING_CODES, type ErrorCode, type WarningCode } from '../dataset/validate.js';
export { TokenHistogram, type Distribution } from '../dataset/histogram.js';
export {
  loadCounter,
  planEncoding,
  KNOWN_ENCODINGS,
  EXACT_ENCODINGS,
  type EncodingPlan,
  type ExactEncoding,
} from '../tokens/encodings.js';
export { BpeCounter } from '../tokens/bpe.js';
