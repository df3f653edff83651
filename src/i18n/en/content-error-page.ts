/** The dev server's page for content with errors (src/site-data/content-error-page.ts). */
export const contentErrorPage = {
  title: 'The content has errors',
  intro: (n: number, dir: string) =>
    `${n === 1 ? 'An error' : `${n} errors`} in ${dir} stop${n === 1 ? 's' : ''} this page from being shown. Fix ${n === 1 ? 'it' : 'them'} and save the file; the page comes back.`,
  fix: 'How to fix it',
};
