/**
 * JSX typings for React 19, which sets properties (not only attributes) on custom elements
 * and listens to their events through `on` + the event's exact name. Opt in with
 * `import type {} from 'pith-elements/jsx';` in any file of the app.
 *
 * ```tsx
 * <pith-feed category="cs.LG" limit={10} onpith-load={(event) => event.detail.count} />
 * <paper-card paper={paper} onpith-toggle={(event) => event.detail.open} />
 * ```
 *
 * Register the elements (`import 'pith-elements'`) before React first renders them: until a
 * tag is defined, React can only set attributes, and an object such as `paper` has none.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PithEventMap } from './events.js';
import type { PithElementProps, PithElementTags, PithListener } from './element-props.js';

/** `onpith-load`, `onpith-error`, `onpith-toggle`: each event bubbles out of every element. */
export type PithReactEvents = { [K in keyof PithEventMap as `on${K}`]?: PithListener<K> };

/** The props of one element in JSX: its properties, its events and the usual HTML props. */
export type PithReactProps<E extends PithElementTags[keyof PithElementTags]> = PithElementProps<E> &
  PithReactEvents &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof PithElementProps<E>> & {
    /** React 19 passes `class` to custom elements as the attribute. */
    class?: string;
  };

type PithIntrinsicElements = { [T in keyof PithElementTags]: PithReactProps<PithElementTags[T]> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PithIntrinsicElements {}
  }
}
