/**
 * Tokens of an image content part by OpenAI's published rule for the GPT-4o family ("Calculating
 * costs", https://platform.openai.com/docs/guides/vision#calculating-costs — read in copies of that
 * page: https://docs.camel-ai.org/reference/camel.utils.token_counting and
 * https://community.openai.com/t/reading-videos-with-gpt4v/523568/13, which quote it):
 *  - `detail: "low"`: 85 tokens, whatever the size;
 *  - otherwise (`high`, or `auto`, counted as high): the image is scaled to fit within 2048 × 2048,
 *    then so that its shortest side is 768 px (images already smaller are not enlarged), and costs
 *    85 tokens plus 170 per 512 px tile it covers.
 * Vision fine-tuning bills image tokens as training tokens; that it uses this inference rule is an
 * assumption, so an example with an image is labelled approximate.
 *
 * The size is read from the image itself when the part carries it (a base64 `data:` URL of a PNG,
 * GIF, JPEG or WebP); an image given by http(s) URL is not fetched (ftcost makes no network call),
 * so its size is the stated assumption ASSUMED_IMAGE_SIZE. Platform-neutral (atob, no Node APIs).
 */

const IMAGE_BASE_TOKENS = 85;
const IMAGE_TILE_TOKENS = 170;
const TILE_PX = 512;
const FIT_PX = 2048;
const SHORT_SIDE_PX = 768;

/** The size counted for an image whose size ftcost cannot read (a URL): 1024 × 1024, 765 tokens at high detail. */
export const ASSUMED_IMAGE_SIZE = { width: 1024, height: 1024 } as const;

export interface ImageSize {
  width: number;
  height: number;
}

/** Tokens of one image at `detail` by the tile rule (see above). */
export function imageTokens(size: ImageSize, detail: string | undefined): number {
  if (detail === 'low') return IMAGE_BASE_TOKENS;
  let { width, height } = size;
  if (width <= 0 || height <= 0) return IMAGE_BASE_TOKENS;
  const fit = Math.min(1, FIT_PX / Math.max(width, height));
  width *= fit;
  height *= fit;
  const shrink = Math.min(1, SHORT_SIDE_PX / Math.min(width, height));
  width = Math.floor(width * shrink);
  height = Math.floor(height * shrink);
  const tiles = Math.ceil(width / TILE_PX) * Math.ceil(height / TILE_PX);
  return IMAGE_BASE_TOKENS + IMAGE_TILE_TOKENS * tiles;
}

/** Enough of a base64 image to reach its header (a JPEG's size can follow tens of KB of EXIF). */
const HEADER_BASE64_CHARS = 96 * 1024;

function bytesOfDataUrl(url: string): Uint8Array | undefined {
  const m = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(url);
  if (!m) return undefined;
  let b64 = url.slice(m[0].length, m[0].length + HEADER_BASE64_CHARS).replace(/\s+/g, '');
  b64 = b64.slice(0, b64.length - (b64.length % 4));
  try {
    const text = atob(b64);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const le24 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);

/** Width and height from a PNG, GIF, JPEG or WebP header; undefined when it is none of them or is cut short. */
export function imageSizeOf(bytes: Uint8Array): ImageSize | undefined {
  const b = bytes;
  const at = (i: number, s: string) => [...s].every((c, k) => b[i + k] === c.charCodeAt(0));
  if (b.length >= 24 && b[0] === 0x89 && at(1, 'PNG') && at(12, 'IHDR')) {
    const w = ((b[16]! << 24) | (b[17]! << 16) | (b[18]! << 8) | b[19]!) >>> 0;
    const h = ((b[20]! << 24) | (b[21]! << 16) | (b[22]! << 8) | b[23]!) >>> 0;
    return { width: w, height: h };
  }
  if (b.length >= 10 && at(0, 'GIF8')) return { width: le16(b, 6), height: le16(b, 8) };
  if (b.length >= 30 && at(0, 'RIFF') && at(8, 'WEBP')) {
    if (at(12, 'VP8X')) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
    if (at(12, 'VP8 ') && b.length >= 30) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
    if (at(12, 'VP8L') && b.length >= 25) {
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    return undefined;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return { width: be16(b, i + 7), height: be16(b, i + 5) };
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        i += 2;
        continue;
      }
      i += 2 + be16(b, i + 2);
    }
  }
  return undefined;
}

export interface ImagePart {
  /** The size read from the image, or undefined: counted at ASSUMED_IMAGE_SIZE. */
  size?: ImageSize;
  detail?: string;
}

/** An `image_url` content part's size (where its data URL carries it) and detail. */
export function imagePartOf(part: { image_url?: unknown }): ImagePart {
  const image = part.image_url;
  const url = typeof image === 'string' ? image : (image as { url?: unknown } | undefined)?.url;
  const detail = (image as { detail?: unknown } | undefined)?.detail;
  const bytes = typeof url === 'string' ? bytesOfDataUrl(url) : undefined;
  const size = bytes ? imageSizeOf(bytes) : undefined;
  return { size, detail: typeof detail === 'string' ? detail : undefined };
}

/** Tokens of an image part by the rule above: its own size where known, else the assumed size. */
export function imagePartTokens(part: ImagePart): number {
  return imageTokens(part.size ?? ASSUMED_IMAGE_SIZE, part.detail);
}
