export * from './legal-bases.ts';
export * from './special-conditions.ts';
export * from './rights.ts';
export * from './authority.ts';
export * from './countries.ts';
export * from './services.ts';
export * from './legal-forms.ts';
export * from './retention-actions.ts';
