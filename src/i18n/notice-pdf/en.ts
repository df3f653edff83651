/** English words of the notice PDF only (data, not logic). */
import type sv from './sv.ts';

const en: typeof sv = {
  contents: { title: 'Contents', part: 'Section', page: 'Page' },
  activitiesPart: 'All processing activities',
  activitiesPartIntro: 'Each processing activity is described here once. Under each one, you can see which groups of people it concerns.',
  groupActivitiesIntro: 'Each processing activity is described in the section {part}, on the page in the last column of the table.',
  describedColumn: 'Description',
  seePage: 'see page {page}',
  concerns: 'This processing concerns',
  goTo: 'Go to {text}, page {page}',
};
export default en;
