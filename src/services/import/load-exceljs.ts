import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

/**
 * exceljs, loaded on the first workbook read or written: it takes about 0.3 s to load, which an import of a CSV or
 * JSON file (and every command that only reaches the import code) would otherwise pay at start-up.
 */
export function loadExcelJs(): typeof ExcelJSModule {
  loaded ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJSModule;
  return loaded;
}
