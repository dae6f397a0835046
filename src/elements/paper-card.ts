/**
 * The `<paper-card>` class alone: importing this module registers nothing. Define it
 * yourself (under `paper-card` or another name) or extend it; `pith-elements/paper-card`
 * registers it instead.
 */
export { PaperCard } from '../paper-card/paper-card.js';
export type { PithErrorDetail, PithEventMap, PithLoadDetail, PithToggleDetail } from '../events.js';
