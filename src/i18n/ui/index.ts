import sv from './sv.ts';
import en from './en.ts';
import type { Locale } from '../../model/schemas/index.ts';

export const UI = { sv, en } as const;
export const ui = (lang: Locale) => UI[lang];
export const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
