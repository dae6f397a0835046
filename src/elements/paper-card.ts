/**
 * The `<paper-card>` class alone: importing this module registers nothing. Define it under
 * `paper-card` (or extend it) yourself, or import `pith-elements/paper-card` to have it registered.
 */
export { PaperCard } from '../paper-card/paper-card.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';
