/**
 * Reading saved Azure Retail Prices API responses: a page as the API returns it
 * ({"Items": [...], "NextPageLink": ...}), a JSON array of items, or NDJSON (one item a line, as
 * downloaders such as cpich3g/modelmeters save them). No network: only what was saved is read.
 */
import { isIsoDate } from '../../../src/domain/vocabulary.js';
import { readSaved } from '../files.js';
import { isNumberText, parseJsonKeepingNumbers } from '../jsonText.js';

/** The fields of an API item the importer reads (prices kept as the number text the API wrote). */
export interface RetailItem {
  /** "file:line" (NDJSON) or "file item N" (a page): where to find the item. */
  where: string;
  currencyCode: string;
  retailPrice: string;
  armRegionName: string;
  /** YYYY-MM-DD: the date part of the item's effectiveStartDate. */
  effectiveFrom: string;
  meterName: string;
  productName: string;
  unitOfMeasure: string;
  type: string;
  /** Volume tiers: a row from N units on (0 for the first tier). */
  tierMinimumUnits: string;
}

export interface RetailFile {
  items: RetailItem[];
  /** The $filter of the query the page came from, read off its NextPageLink, when it has one. */
  filter?: string;
  problems: string[];
}

const REQUIRED_TEXT = [
  'currencyCode',
  'armRegionName',
  'effectiveStartDate',
  'meterName',
  'productName',
  'unitOfMeasure',
  'type',
] as const;

/** One raw item checked and narrowed, or the reason it cannot be read. */
function toItem(raw: unknown, where: string): RetailItem | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${where}: not a JSON object`;
  const item = raw as Record<string, unknown>;
  for (const key of REQUIRED_TEXT)
    if (typeof item[key] !== 'string') return `${where}: no ${key} (every Retail Prices item has one)`;
  if (!isNumberText(item.retailPrice)) return `${where}: retailPrice is not a number`;
  const start = item.effectiveStartDate as string;
  const effectiveFrom = start.slice(0, 10);
  if (!isIsoDate(effectiveFrom)) return `${where}: effectiveStartDate ${JSON.stringify(start)} is not a date`;
  return {
    where,
    currencyCode: item.currencyCode as string,
    retailPrice: item.retailPrice,
    armRegionName: item.armRegionName as string,
    effectiveFrom,
    meterName: item.meterName as string,
    productName: item.productName as string,
    unitOfMeasure: item.unitOfMeasure as string,
    type: item.type as string,
    tierMinimumUnits: isNumberText(item.tierMinimumUnits) ? item.tierMinimumUnits : '0',
  };
}

/** The $filter of the query a saved page belongs to (its NextPageLink repeats it). */
function filterOf(nextPageLink: unknown): string | undefined {
  if (typeof nextPageLink !== 'string' || nextPageLink === '') return undefined;
  try {
    return new URL(nextPageLink).searchParams.get('$filter') ?? undefined;
  } catch {
    return undefined;
  }
}

function collect(raws: { raw: unknown; where: string }[]): { items: RetailItem[]; problems: string[] } {
  const items: RetailItem[] = [];
  const problems: string[] = [];
  for (const { raw, where } of raws) {
    const item = toItem(raw, where);
    if (typeof item === 'string') problems.push(item);
    else items.push(item);
  }
  return { items, problems };
}

/** NDJSON: every non-blank line one item; a line that is not JSON is a problem, the rest still read. */
function fromNdjson(text: string, shown: string): RetailFile {
  const items: RetailItem[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${shown}:${index + 1}`;
    let raw: unknown;
    try {
      raw = parseJsonKeepingNumbers(line);
    } catch {
      problems.push(`${where}: not a JSON line`);
      return;
    }
    const item = toItem(raw, where);
    if (typeof item === 'string') problems.push(item);
    else items.push(item);
  });
  return { items, problems };
}

/**
 * Parse one saved response. Throws (with the file's name) only when the file as a whole is neither
 * JSON nor NDJSON; a bad item is a problem and the other items are still read.
 */
export function retailItemsFromText(text: string, shown: string): RetailFile {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  // NDJSON: more than one line, the first a whole object. A page or array spans lines too, but its
  // first line alone ("{" or '{"Items": [') is not valid JSON.
  if (lines.length > 1) {
    let firstIsObject = false;
    try {
      const first = parseJsonKeepingNumbers(lines[0]!);
      firstIsObject = typeof first === 'object' && first !== null && !Array.isArray(first);
    } catch {
      firstIsObject = false;
    }
    if (firstIsObject) return fromNdjson(text, shown);
  }
  let whole: unknown;
  try {
    whole = parseJsonKeepingNumbers(text);
  } catch {
    throw new Error(
      `${shown}: neither JSON nor NDJSON (expected a Retail Prices API page, an array of items, or one item a line)`,
    );
  }
  if (Array.isArray(whole)) return { ...collect(whole.map((raw, i) => ({ raw, where: `${shown} item ${i + 1}` }))) };
  if (typeof whole === 'object' && whole !== null) {
    const page = whole as Record<string, unknown>;
    const items = page.Items ?? page.items;
    if (Array.isArray(items)) {
      const read = collect(items.map((raw, i) => ({ raw, where: `${shown} item ${i + 1}` })));
      const filter = filterOf(page.NextPageLink ?? page.nextPageLink);
      return { ...read, ...(filter === undefined ? {} : { filter }) };
    }
    // A single item saved on its own.
    if ('meterName' in page) return collect([{ raw: page, where: `${shown}:1` }]);
  }
  throw new Error(`${shown}: JSON, but not a Retail Prices API page (no "Items" array), an array of items, or an item`);
}

export function readRetailFile(path: string, shown: string): RetailFile {
  return retailItemsFromText(readSaved(path, shown), shown);
}
