// A date is written in the language of the nearest `lang` attribute. Pages change one later (a
// language switcher), so one observer per document watches `lang` attributes and asks the
// elements that read it to render again. A `lang` set inside another component's shadow root
// is not seen; setting it on the element or an ancestor in the page is.

interface Renderable {
  requestUpdate(): void;
}

const readers = new Set<Renderable>();
let observer: MutationObserver | undefined;

/** Renders `element` again whenever a `lang` attribute in the document changes. */
export function followLang(element: Renderable): void {
  readers.add(element);
  if (observer) return;
  observer = new MutationObserver(() => readers.forEach((reader) => reader.requestUpdate()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Stops following; see {@link followLang}. */
export function unfollowLang(element: Renderable): void {
  readers.delete(element);
}
