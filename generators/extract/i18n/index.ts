import { en } from './en.ts';
import { sv } from './sv.ts';
import type { ExtractStrings } from './types.ts';

export type { ExtractStrings };
export const STRINGS: Record<'sv' | 'en', ExtractStrings> = { sv, en };
