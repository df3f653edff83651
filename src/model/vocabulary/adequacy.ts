/**
 * Countries with a Commission adequacy decision under GDPR Art. 45
 * (checked 2026). The United States counts only for organisations
 * certified under the EU–US Data Privacy Framework, and Canada only for
 * commercial organisations: the rule built on this list is a warning.
 */
export const ADEQUACY_COUNTRIES: ReadonlySet<string> = new Set(['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'US', 'UY']);
