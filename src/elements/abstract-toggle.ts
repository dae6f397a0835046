/**
 * The `<abstract-toggle>` class alone: importing this module registers nothing. Define it under
 * `abstract-toggle` (or extend it) yourself, or import `pith-elements/abstract-toggle` to have it registered.
 */
export { AbstractToggle } from '../abstract-toggle/abstract-toggle.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';
