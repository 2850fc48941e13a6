/** When an enterprise counts as hosted by an incubator (孵化载体在孵企业). */

export interface TenancySpell {
  entered_on: string;
  exited_on: string | null;
}

/**
 * Whether a spell hosts its enterprise at the end of `date`: entered on that day or before and not left by then
 * (an enterprise leaving on a day is no longer hosted at its end).
 */
export function isHostedOn(spell: TenancySpell, date: string): boolean {
  return spell.entered_on <= date && (spell.exited_on === null || spell.exited_on > date);
}

/** Whether a date lies in the period from..to, both days included. */
export function isWithin(date: string | null, from: string, to: string): boolean {
  return date !== null && date >= from && date <= to;
}
