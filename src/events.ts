import {
  PithError,
  type ContractWarning,
  type PithErrorKind,
  type SkippedItem,
} from './client/types.js';

/** Detail of `pith-load`: a listing or paper arrived and rendered. */
export interface PithLoadDetail {
  /** The URL the reply came from. */
  url: string;
  /** How many papers are shown after this load. */
  count: number;
  /** Items left out because they broke the contract, with the reason. */
  skipped: SkippedItem[];
  /** What was repaired rather than refused (text cut to its cap, an unsafe link dropped). */
  warnings: ContractWarning[];
}

/** Detail of `pith-error`: nothing could be shown from a request. */
export interface PithErrorDetail {
  kind: PithErrorKind;
  /** A sentence for people, also shown in the element. */
  message: string;
  url?: string;
  status?: number;
  contentType?: string;
  field?: string;
}

/** Detail of `pith-toggle`: a reader opened or closed something. */
export interface PithToggleDetail {
  open: boolean;
}

/** Creates one of the library's events: bubbling and composed, so a page hears it from any depth. */
export function pithEvent<T>(type: keyof PithEventMap, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

/** True when a request ended because its caller gave up; such ends are not errors. */
export function isAbort(error: unknown): boolean {
  // Read by shape, not instanceof: another copy of the library has its own class.
  const { kind, name } = (error ?? {}) as { kind?: unknown; name?: unknown };
  return kind === 'aborted' || name === 'AbortError';
}

/** Turns whatever a request threw into the detail of a `pith-error` event. */
export function errorDetail(error: unknown): PithErrorDetail {
  if (error instanceof PithError)
    return { kind: error.kind, message: error.message, ...error.details };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

export interface PithEventMap {
  'pith-load': CustomEvent<PithLoadDetail>;
  'pith-error': CustomEvent<PithErrorDetail>;
  'pith-toggle': CustomEvent<PithToggleDetail>;
}

declare global {
  interface HTMLElementEventMap extends PithEventMap {}
}
