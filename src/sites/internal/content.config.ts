import { siteCollections } from '../../content.config.ts';

export const collections = siteCollections('internal');
