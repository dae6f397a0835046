/**
 * Typings for Vue 3 templates (vue-tsc, Volar): each tag becomes a global component whose
 * props are the element's properties and whose `on…` props are its events. Opt in with
 * `import type {} from 'pith-elements/vue';`, and tell Vue's compiler the tags are custom
 * elements (`compilerOptions.isCustomElement`), as the README shows.
 *
 * ```vue
 * <pith-feed category="cs.LG" :limit="10" @pith-load="onLoad" />
 * <paper-card :paper="paper" @pith-toggle="onToggle" />
 * ```
 */
import type { DefineComponent } from 'vue';
import type { PithElementProps, PithElementTags, PithListener } from './element-props.js';

/** `@pith-load` and friends, as the `onPithLoad`-style props Vue's type checker reads. */
export interface PithVueEvents {
  onPithLoad?: PithListener<'pith-load'>;
  onPithError?: PithListener<'pith-error'>;
  onPithToggle?: PithListener<'pith-toggle'>;
}

/** One element as Vue's type checker sees it: a component with its properties as props. */
export type PithVueElement<E extends PithElementTags[keyof PithElementTags]> = DefineComponent<
  PithElementProps<E> & PithVueEvents
>;

type PithGlobalComponents = { [T in keyof PithElementTags]: PithVueElement<PithElementTags[T]> };

declare module 'vue' {
  interface GlobalComponents extends PithGlobalComponents {}
}
