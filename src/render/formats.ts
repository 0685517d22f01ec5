/**
 * The output formats every renderer serves: a closed set. Each result type has a
 * Record<Format, Renderer>, so adding a format here without a renderer for it is a type error.
 */
export const FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];
