import { internalCollections } from '../../content.config.ts';

export const collections = internalCollections();
