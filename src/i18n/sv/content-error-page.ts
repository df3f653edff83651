/** The dev server's page for content with errors (src/site-data/content-error-page.ts). */
export const contentErrorPage = {
  title: 'Innehållet har fel',
  intro: (n: number, dir: string) => `${n === 1 ? 'Ett fel' : `${n} fel`} i ${dir} hindrar sidan från att visas. Rätta ${n === 1 ? 'felet' : 'felen'}, spara filen, så visas sidan igen.`,
  fix: 'Så rättar du',
};
