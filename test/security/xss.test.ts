/**
 * Untrusted endpoint data never runs as code. Hostile strings (test/support/xss-corpus.ts) go
 * into every field the elements render, three ways: fetched and validated by `<pith-feed>`,
 * handed unvalidated to `<category-feed>`, and handed unvalidated to standalone `<paper-card>`s
 * typesetting MathML. After every abstract and author list is opened and KaTeX has run, no
 * payload may have called the trap, nothing active may be in any shadow root, and each payload
 * must be readable as text. Last, JSON values of the wrong type (objects shaped like Lit's own
 * template results) are handed to cards unvalidated: they may break a card, but run nothing.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { setPithDefaults } from '../../src/config/defaults.js';
import type { Paper } from '../../src/contract/types.js';
import type { PaperCard } from '../../src/paper-card/paper-card.js';
import type { PithLoadDetail } from '../../src/events.js';
import { part, settle } from '../support/helpers.js';
import {
  DATE_PAYLOADS,
  HOSTILE_BASE,
  LINK_LABEL_GROUPS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  fill,
  hostileCategory,
  hostileListing,
  linkLabel,
  texShown,
  unvalidatedPapers,
  wrongTypePapers,
  type TextPayload,
  type UrlPayload,
} from '../support/xss-corpus.js';
import {
  audit,
  deepQuery,
  installTrap,
  loadImages,
  openEverything,
  readerText,
  type TrapRecord,
} from './audit.js';

const LISTING_URL = `${HOSTILE_BASE}listing.json`;
// Long enough for failed images and late handlers to fire on a slow shared machine.
const GRACE_MS = 1500;

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A container outside open-wc's per-test fixtures, so one render serves several tests. */
function container(): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  return box;
}

/** Where each text payload fails to show as text on its card; empty when all show. */
function textProblems(card: PaperCard, payload: TextPayload, withDate: boolean): string[] {
  const problems: string[] = [];
  const expectShown = (partName: string, field: string, expected: string) => {
    const el = part(card, partName);
    const seen = el ? readerText(el) : '(no such part)';
    if (!seen.includes(norm(expected))) {
      problems.push(`${payload.id}/${field}: [part=${partName}] shows ${JSON.stringify(seen)}`);
    }
  };

  for (const field of ['title', 'headline', 'takeaway', 'abstract']) {
    expectShown(field, field, texShown(payload, field));
  }
  expectShown('authors', 'author', fill(payload, 'author'));
  expectShown('authors', 'hidden-author', fill(payload, 'hidden-author'));
  expectShown('category', 'category', fill(payload, 'category'));
  expectShown('badge', 'badge', fill(payload, 'badge'));
  expectShown('counters', 'counter', fill(payload, 'counter'));
  if (withDate) expectShown('date', 'date', fill(payload, 'date'));

  const alt = card.shadowRoot!.querySelector('figure img')?.getAttribute('alt');
  if (alt !== fill(payload, 'alt')) {
    problems.push(`${payload.id}/alt: alt is ${JSON.stringify(alt)}`);
  }
  return problems;
}

/** The URL attributes, across shadow roots, that carry a refused URL payload. */
function leakedUrls(root: Element): string[] {
  const attributes = deepQuery(root, '[href], [src]').flatMap((el) =>
    ['href', 'src'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null),
  );
  const refused = URL_PAYLOADS.filter((payload) => payload.refused);
  return refused.flatMap((payload: UrlPayload) => {
    const marker = new RegExp(`url-${payload.id}(['"]|%2[27])`);
    const raw = payload.url.trim();
    return attributes
      .filter((value) => marker.test(value) || value.includes(raw))
      .map((value) => `${payload.id}: ${value}`);
  });
}

function cardsById(root: Element): Map<string, PaperCard> {
  const cards = deepQuery<PaperCard>(root, 'paper-card');
  return new Map(cards.map((card) => [card.paper!.id, card]));
}

/** The checks every path must pass, once its render has settled. */
function sharedChecks(state: () => { root: HTMLElement; record: TrapRecord; withDate: boolean }) {
  it('runs no payload: no trap call, no CSP report, no uncaught error', () => {
    const { record } = state();
    expect(record.calls, 'payload calls').to.deep.equal([]);
    expect(record.violations, 'CSP violations').to.deep.equal([]);
    expect(record.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('renders no element, handler, style or unsafe link from a payload', () => {
    expect(audit(state().root)).to.deep.equal([]);
  });

  it('keeps every refused URL out of every href and src', () => {
    const { root } = state();
    expect(leakedUrls(root)).to.deep.equal([]);
    // The same cards do link where the URL is safe, so the check above is not vacuous.
    const titleLinks = deepQuery(root, '[part~="title"] a[href*="paper.html?id="]');
    expect(titleLinks).to.have.length(TEXT_PAYLOADS.length);
    expect(deepQuery(root, 'a.full-image')).to.have.length.of.at.least(TEXT_PAYLOADS.length);
  });

  it('shows every text payload as text in every field of its card', () => {
    const { root, withDate } = state();
    const cards = cardsById(root);
    const problems = TEXT_PAYLOADS.flatMap((payload) => {
      const card = cards.get(`text-${payload.id}`);
      return card ? textProblems(card, payload, withDate) : [`${payload.id}: no card`];
    });
    expect(problems).to.deep.equal([]);
    // The abstracts were opened and their formulas typeset, so TeX payloads met KaTeX.
    expect(deepQuery(root, '.katex').length).to.be.at.least(TEXT_PAYLOADS.length);
  });

  it('shows an SVG with script inside as an image, running none of it', async () => {
    const { root, record } = state();
    const thumbnails = deepQuery<HTMLImageElement>(root, 'figure img[src$="scripted.svg"]');
    const shown = () => thumbnails.some((img) => img.complete && img.naturalWidth > 0);
    await waitUntil(shown, 'no scripted.svg thumbnail loaded', { timeout: 10000 });
    expect(record.calls).to.deep.equal([]);
  });
}

describe('untrusted endpoint data never runs as code', function () {
  this.timeout(60000);

  it('serves the corpus, at least 30 payloads, as the fixture file', async () => {
    const served: unknown = await (await fetch(LISTING_URL)).json();
    expect(served, `regenerate ${LISTING_URL}: see test/support/xss-corpus.ts`).to.deep.equal(
      hostileListing(),
    );
    expect(TEXT_PAYLOADS.length + URL_PAYLOADS.length).to.be.at.least(30);
    expect(hostileCategory().description.length).to.be.below(5000);
  });

  describe('fetched and validated by <pith-feed>', () => {
    let root: HTMLElement;
    let record: TrapRecord;
    let remove: () => void;
    let loaded: PithLoadDetail;

    before(async () => {
      ({ record, remove } = installTrap());
      root = container();
      const feed = document.createElement('pith-feed');
      feed.setAttribute('src', LISTING_URL);
      const arrived = oneEvent(feed, 'pith-load');
      root.append(feed);
      loaded = (await arrived).detail as PithLoadDetail;
      await settle(feed);
      await openEverything(root);
      await loadImages(root, GRACE_MS);
    });

    after(() => {
      remove();
      root.remove();
    });

    sharedChecks(() => ({ root, record, withDate: false }));

    it('skips the papers whose date is a payload, and shows the rest', () => {
      const skipped = loaded.skipped.map((entry) => entry.id);
      expect(skipped).to.deep.equal(DATE_PAYLOADS.map((payload) => `date-${payload.id}`));
      expect(loaded.skipped.every((entry) => /\.date: /.test(entry.reason))).to.equal(true);
      expect(cardsById(root).size).to.equal(TEXT_PAYLOADS.length + 2 * URL_PAYLOADS.length);
    });

    it('shows the category id, name and description as text', () => {
      const feed = root.querySelector('pith-feed')!;
      const category = hostileCategory();
      expect(readerText(part(feed, 'category-id')!)).to.equal(norm(category.id));
      expect(readerText(part(feed, 'category-name')!)).to.equal(norm(category.name));
      const description = readerText(part(feed, 'description')!);
      const hidden = TEXT_PAYLOADS.filter(
        (payload) => !description.includes(norm(fill(payload, 'description'))),
      );
      expect(hidden.map((payload) => payload.id)).to.deep.equal([]);
    });

    it('shows every link label as text and drops links with refused URLs', () => {
      const feed = root.querySelector('pith-feed')!;
      const labels = [...part(feed, 'links')!.querySelectorAll('a')].map((a) => readerText(a));
      for (const group of LINK_LABEL_GROUPS) expect(labels).to.include(norm(linkLabel(group)));
      const refused = URL_PAYLOADS.filter((payload) => payload.refused).map((p) => `link ${p.id}`);
      expect(labels.filter((label) => refused.includes(label))).to.deep.equal([]);
      expect(part(feed, 'more'), 'a refused next URL offers no "Load more"').to.equal(null);
    });
  });

  describe('handed unvalidated to <category-feed>', () => {
    let root: HTMLElement;
    let record: TrapRecord;
    let remove: () => void;

    before(async () => {
      ({ record, remove } = installTrap());
      root = container();
      render(html`<category-feed .items=${unvalidatedPapers()}></category-feed>`, root);
      await settle(root.firstElementChild!);
      await openEverything(root);
      await loadImages(root, GRACE_MS);
    });

    after(() => {
      remove();
      root.remove();
    });

    sharedChecks(() => ({ root, record, withDate: true }));
  });

  describe('handed unvalidated to standalone <paper-card>s, typesetting MathML', () => {
    let root: HTMLElement;
    let record: TrapRecord;
    let remove: () => void;

    before(async () => {
      ({ record, remove } = installTrap());
      setPithDefaults({ mathOutput: 'mathml' });
      root = container();
      const papers: Paper[] = unvalidatedPapers();
      render(html`${papers.map((paper) => html`<paper-card .paper=${paper}></paper-card>`)}`, root);
      await settle(root);
      await openEverything(root);
      await loadImages(root, GRACE_MS);
    });

    after(() => {
      setPithDefaults({ mathOutput: 'htmlAndMathml' });
      remove();
      root.remove();
    });

    sharedChecks(() => ({ root, record, withDate: true }));

    it('typesets MathML', () => {
      expect(deepQuery(root, '.katex math')).to.not.have.length(0);
      expect(deepQuery(root, '.katex-html')).to.have.length(0);
    });
  });

  describe('handed JSON values of the wrong type, unvalidated', () => {
    let root: HTMLElement;
    let record: TrapRecord;
    let remove: () => void;

    before(async () => {
      ({ record, remove } = installTrap());
      root = container();
      for (const paper of wrongTypePapers()) {
        const card = document.createElement('paper-card');
        card.paper = paper;
        root.append(card);
        // A field of the wrong type (an object shaped like a Lit template result) is dropped
        // by the card; the rest of the card renders and nothing runs.
        await card.updateComplete;
      }
      await openEverything(root).catch(() => undefined);
      await loadImages(root, GRACE_MS);
    });

    after(() => {
      remove();
      root.remove();
    });

    it('runs nothing and renders nothing active', () => {
      expect(record.calls, 'payload calls').to.deep.equal([]);
      expect(record.violations, 'CSP violations').to.deep.equal([]);
      expect(audit(root)).to.deep.equal([]);
    });
  });
});
