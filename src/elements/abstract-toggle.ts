/**
 * The `<abstract-toggle>` class alone: importing this module registers nothing. Define it
 * yourself (under `abstract-toggle` or another name) or extend it; `pith-elements/abstract-toggle`
 * registers it instead.
 */
export { AbstractToggle } from '../abstract-toggle/abstract-toggle.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';
