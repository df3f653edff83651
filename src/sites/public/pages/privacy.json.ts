import { getModel } from '../../../site-data/model.ts';
import { publicView } from '../../../site-data/public-view.ts';
import { privacyJson } from '../../../site-data/machine.ts';

export function GET() {
  return new Response(privacyJson(publicView(getModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
