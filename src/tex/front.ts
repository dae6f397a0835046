// The core's way to TeX. Most titles, headlines and names hold no TeX at all; they are returned
// as they are, and the TeX module (decoder, typesetter, budget, KaTeX loader) is a chunk of its
// own that the first text needing it loads.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { pithEvent, type PithErrorDetail } from '../events.js';
import { chunkImport } from '../shared/chunk-import.js';
import type { TexOptions } from './directive.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import type { MathOutput } from './typeset.js';

export type { TexOptions } from './directive.js';
export type { MathOutput } from './typeset.js';

/** What the front needs of the TeX module: its `tex` directive. */
export interface TexModule {
  tex(text: string, options?: TexOptions | MathOutput): unknown;
}

/** Renders text that may hold TeX; see {@link lazyTex}. */
export type TexFunction = (text: string, options?: TexOptions | MathOutput) => unknown;

// What the TeX module acts on: `\` (commands, `\(`, `\[`), `$`, braces, `~`, and the pairs the
// decoder turns into dashes and quotes. A single `-`, `'` or `` ` `` is kept as it is, and
// prose is never normalised, so text without these shows exactly as given.
const TEX = /[\\$~{}]|--|``|''/;

/** True when showing `text` needs the TeX module; otherwise it shows exactly as given. */
export function needsTex(text: string): boolean {
  // Longer text is cut by the TeX module, which marks the cut.
  return text.length > MAX_TEXT_LENGTH || TEX.test(text);
}

// Until the module arrives a text is shown as its source, hidden for a moment first: a module
// that arrives within it replaces the source unseen. A slow one shows it muted, as formulas show
// their source while KaTeX loads.
const REVEAL_AFTER_MS = 400;

/**
 * Makes a `tex` function, same call as the TeX module's own `tex` directive, that loads the
 * module with `load` the first time a text needs it. Text that needs no TeX is returned as it is.
 * Text that does shows as its source until the module arrives, then exactly as the module's
 * directive renders it. If loading fails, the source stays, readable in the text's own colour
 * and direction (class `tex-unavailable`, part `tex-error`, the reason in `title`), one
 * `pith-error` event per failed attempt tells the page, and the next render of any text that
 * needs TeX, this one included, tries again. When an attempt succeeds, every text still showing
 * its source after an earlier failure switches to the module's rendering, unasked.
 *
 * Use the result as the whole value of a child expression: when the module arrives, the
 * expression's value is replaced, so another directive around it would be replaced too.
 */
export function lazyTex(load: () => Promise<TexModule>): TexFunction {
  let loaded: TexModule | undefined;
  let loading: Promise<TexModule> | undefined;
  let reported: unknown;
  // Texts left as their source by a failed load, whichever text's render brings the module in
  // the end. Held weakly: a text that has gone by then is not kept alive for it.
  const failedTexts = new Set<WeakRef<TexLoading>>();

  const loadOnce = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module;
        failedTexts.forEach((text) => text.deref()?.show?.(module));
        failedTexts.clear();
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw new Error(`TeX support could not be loaded: ${String(error)}`);
      },
    ));

  class TexLoading extends Directive {
    private part?: ChildPart;
    private key?: string;
    private fade?: Animation;
    private failedLoad = false;
    private ref?: WeakRef<TexLoading>;
    /** Replaces the source this text shows, if it still shows it, with the module's rendering. */
    show?: (module: TexModule) => void;

    constructor(info: PartInfo) {
      super(info);
      if (info.type !== PartType.CHILD) throw new Error('tex() can only render text content');
    }

    render(text: string, options?: TexOptions | MathOutput): unknown {
      return loaded ? loaded.tex(text, options) : text;
    }

    // Even when the module is already here (a result made before it arrived, rendered after),
    // the source goes in first and the module's directive replaces it a microtask later: nested
    // in this plain directive, it would not hear when the part stops showing it.
    override update(part: ChildPart, [text, options]: Parameters<this['render']>): unknown {
      const key = `${typeof options === 'string' ? options : options?.output} ${text}`;
      // A text whose load failed tries again when it is rendered again (an abstract reopened).
      if (key === this.key && !this.failedLoad) return noChange;

      this.part = part;
      this.key = key;
      this.failedLoad = false;
      const source = document.createElement('span');
      source.className = 'tex-loading';
      source.textContent = text;
      this.fade = source.animate(
        { opacity: [0, 0.7] },
        { duration: REVEAL_AFTER_MS, easing: 'step-end', fill: 'forwards' },
      );
      this.show = (module) => this.arrived(source, module.tex(text, options));
      loadOnce().then(this.show, (error: Error) => this.failed(source, error));
      return source;
    }

    // Lit removes the source from the DOM when the part shows anything else, so a source still
    // in place means this text still waits for the module.
    private arrived(source: HTMLElement, content: unknown) {
      if (source.parentNode) setChildPartValue(this.part!, content);
    }

    private failed(source: HTMLElement, error: Error) {
      if (!source.parentNode) return;
      this.failedLoad = true;
      failedTexts.add((this.ref ??= new WeakRef(this)));
      this.fade?.cancel();
      // The whole text is its source here, not one bad formula: shown as ordinary text.
      source.className = 'tex-unavailable';
      source.setAttribute('part', 'tex-error');
      source.title = error.message;
      if (reported === error) return;
      reported = error;
      const detail: PithErrorDetail = { kind: 'network', message: error.message };
      source.dispatchEvent(pithEvent('pith-error', detail));
    }
  }

  const pending = directive(TexLoading);
  return (text, options) => {
    const value = String(text ?? '');
    if (!needsTex(value)) return value;
    return loaded ? loaded.tex(value, options) : pending(value, options);
  };
}

// The decoder is a chunk of its own, which the directive's chunk (and the citation code's)
// imports. It is not asked for beside the directive, though that would save a round trip:
// Firefox keeps a failed module URL failed for the page's life, and every chunk importing it
// with it, so a decoder download that failed while the network was down would leave TeX
// unavailable until a reload. Asked for by the directive only, it is requested once the
// directive has arrived, and a directive that failed is retried under a new URL (chunkImport).
const texModule = chunkImport(() => import('./directive.js'), 'tex');

/**
 * Renders text that may hold TeX, as the TeX module's `tex` directive does, loading that module
 * only for the first text that needs it; see {@link lazyTex}.
 *
 * ```ts
 * html`<p>${tex(paper.title, { output: 'mathml' })}</p>`
 * ```
 */
export const tex: TexFunction = lazyTex(texModule);

/**
 * Loads the text-mode decoder (`texToPlainText`), for text that must be plain, such as an
 * accessible name. It comes with the TeX module, which imports it, and shares its attempts.
 *
 * @internal
 */
export const loadDecoder = (): Promise<typeof import('./decode.js')> =>
  texModule().then(() => import('./decode.js'));
