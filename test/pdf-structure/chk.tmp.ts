import { checkPdf } from './checker.ts';
for (const f of process.argv.slice(2)) console.log(f, JSON.stringify(checkPdf(f), null, 1));
