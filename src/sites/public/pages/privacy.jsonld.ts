import { getModel } from '../../../site-data/model.ts';
import { publicView } from '../../../site-data/public-view.ts';
import { privacyJsonLd } from '../../../site-data/machine.ts';

export function GET() {
  const model = getModel();
  return new Response(privacyJsonLd(publicView(model), model.organisation.site.baseUrl), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
}
