import { en } from './en.ts';
import { sv } from './sv.ts';
import type { FormatWording } from './types.ts';
import type { Locale } from '../../model/schemas/index.ts';

export const WORDING: Record<Locale, FormatWording> = { sv, en };
export * from './types.ts';
