/** The stopword package ships no types; only the word lists are used. */
declare module 'stopword' {
  export const swe: string[];
  export const eng: string[];
}
