import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/holidays.yaml: the statutory holidays (《全国年节及纪念日放假办法》), when to remind admins to load the next
 * year, and the reference years. Each year is checked against the statutory holidays by
 * `checkHolidayArrangement` (domain), which names the problem; here only the file's shape is checked.
 */

export const HolidaysFileSchema = z.object({
  statutory_holidays: z.object({ reference: z.string().optional(), names: z.array(z.string().min(1)).min(1) }),
  reminder_days_before_end: z.object({ reference: z.string().optional(), value: z.number().positive() }),
  years: z.array(z.unknown()),
});

export type HolidaysFile = z.output<typeof HolidaysFileSchema>;

export const loadHolidaysFile = catalogFile((): HolidaysFile => readCatalogYaml('holidays.yaml', HolidaysFileSchema));
