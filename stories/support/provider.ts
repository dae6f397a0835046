import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ContextProvider } from '@lit/context';
import { pithConfigContext } from '../../src/config/config.js';
import { pageDefaults } from '../../src/config/defaults.js';
import type { PithClient } from '../../src/client/types.js';

const providers = new WeakMap<Element, ContextProvider<typeof pithConfigContext>>();

/**
 * Gives the elements inside `content` a configuration with `client`, the way `<pith-feed>` or a
 * page's own provider would, so a card given only an id fetches through the story's endpoint.
 */
export function withClient(client: PithClient, content: unknown): TemplateResult {
  const attach = (element?: Element) => {
    if (!(element instanceof HTMLElement)) return;
    const value = { ...pageDefaults(), client };
    const existing = providers.get(element);
    if (existing) return existing.setValue(value);
    const options = { context: pithConfigContext, initialValue: value };
    providers.set(element, new ContextProvider(element, options));
  };
  return html`<div ${ref(attach)}>${content}</div>`;
}
