/**
 * The file `build` writes at the top of its output folder. `extract` refuses
 * an output folder that holds one (or lies inside one): register extracts
 * hold personal data and must never be published with a site.
 */
export const SITE_MARKER = '.gdpr-docs-site';
export const SITE_MARKER_TEXT = 'Byggd webbplats från gdpr-docs: lägg aldrig personuppgifter här. / A site built by gdpr-docs: never put personal data here.\n';
