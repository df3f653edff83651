import { en } from './en.ts';
import { sv } from './sv.ts';
import type { FormatWording } from './types.ts';

export type Lang = 'sv' | 'en';
export const WORDING: Record<Lang, FormatWording> = { sv, en };
export * from './types.ts';
