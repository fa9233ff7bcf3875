import { Dataset } from '../src/store/dataset.ts';
const a = Dataset.open({ path: process.argv[2]!, readonly: true }).canonicalDump();
const b = Dataset.open({ path: process.argv[3]!, readonly: true }).canonicalDump();
console.log(a === b ? 'same' : 'DIFFERENT', a.length, b.length);
