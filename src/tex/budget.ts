/**
 * A page-wide budget for typesetting. One text is capped (`limits.ts`), but a
 * listing has many texts: a thousand titles with formulas would otherwise be
 * typeset in one long task and freeze the page. Typesetting spends from a
 * budget that renews every task; a text that finds it spent shows its
 * formulas' source and is typeset in a later task.
 */

/** Milliseconds of typesetting in one task before further texts wait for the next. */
export const TYPESET_SLICE_MS = 12;

let spent = 0;
let renewal = false;
const waiting: Array<() => void> = [];

/** True while this task may still typeset. */
export function canTypesetNow(): boolean {
  return spent < TYPESET_SLICE_MS;
}

/** Records time spent typesetting in this task. */
export function chargeTypesetting(ms: number): void {
  spent += ms;
  scheduleRenewal();
}

/** Runs `job` in a later task that has budget left, in the order asked. */
export function typesetLater(job: () => void): void {
  waiting.push(job);
  scheduleRenewal();
}

function scheduleRenewal() {
  if (renewal) return;
  renewal = true;
  setTimeout(renew, 0);
}

function renew() {
  renewal = false;
  spent = 0;
  while (waiting.length > 0 && canTypesetNow()) waiting.shift()!();
  if (waiting.length > 0) scheduleRenewal();
}
