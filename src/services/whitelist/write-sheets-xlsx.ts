// The several-sheet workbook now lives beside the one-sheet form; whitelist.routes.ts may import it from there.
export { writeSheetsXlsx } from '../grade-use/write-list-xlsx.ts';
