/** The supervisory authority as the outputs show it: organisation.yaml's overrides over the built-in IMY details. */
import { IMY } from '../model/vocabulary/index.ts';
import type { PublicModel } from './public-view.ts';
import { t } from './text.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface AuthorityContact {
  name: string;
  website: string;
  phone: string;
  email: string;
  postalAddress: string;
}

export function authorityContact(pm: PublicModel, lang: Locale): AuthorityContact {
  const sa = pm.organisation.supervisoryAuthority;
  return {
    name: sa?.name ? t(sa.name, lang) : IMY.name[lang],
    website: sa?.website ?? IMY.website,
    phone: sa?.phone ?? IMY.phone,
    email: sa?.email ?? IMY.email,
    postalAddress: sa?.postalAddress ?? IMY.postalAddress,
  };
}
