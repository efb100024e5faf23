// Caps on what a page may send to the worker (lib/model/page-reading.ts): generous for real
// pages, small for a hostile one. Apart from the schema so that the reader in the content
// script can honour them without bundling zod.
export const READING_LIMITS = {
  blocks: 4000,
  blockText: 4000,
  jobs: 5,
  descriptionBlocks: 600,
  short: 2000,
  types: 50,
} as const;
