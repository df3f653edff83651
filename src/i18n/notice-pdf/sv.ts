/** Swedish words of the notice PDF only (the pages have a menu and links instead); the rest is the site's UI text. */
const sv = {
  contents: { title: 'Innehåll', part: 'Avsnitt', page: 'Sida' },
  /** The part where each activity is described once, and what each group's section says about it. */
  activitiesPart: 'Alla behandlingar',
  activitiesPartIntro: 'Här beskrivs varje behandling en gång. Under varje behandling står vilka grupper av personer den gäller.',
  groupActivitiesIntro: 'Varje behandling beskrivs i avsnittet {part}, på sidan i tabellens sista kolumn.',
  describedColumn: 'Beskrivning',
  seePage: 'se sidan {page}',
  concerns: 'Behandlingen gäller',
  /** The description of a link (read by screen readers): `text` the link's text. */
  goTo: 'Gå till {text}, sidan {page}',
};
export default sv;
