import { expect } from '@open-wc/testing';
import {
  CONTRACT_LIMITS,
  validateListing,
  validatePaperReply,
  type ContractWarning,
} from '../../src/contract/validate.js';
import { PithError } from '../../src/client/types.js';

/** A valid paper as an endpoint would send it; `over` replaces fields. */
function paper(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: `Title of ${id}`, authors: ['Ada Example', 'Grace Sample'], ...over };
}

function listing(items: unknown[], over: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, kind: 'listing', items, ...over };
}

function thrown(run: () => unknown): PithError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(PithError);
    return error as PithError;
  }
  throw new Error('expected a PithError');
}

function fields(warnings: ContractWarning[]): string[] {
  return warnings.map((w) => w.field);
}

describe('validateListing: the top level', () => {
  const cases: Array<[string, unknown, string, string]> = [
    ['an array', [listing([])], 'contract', ''],
    ['a string', 'listing', 'contract', ''],
    ['null', null, 'contract', ''],
    ['no version', { kind: 'listing', items: [] }, 'contract', 'version'],
    ['a string version', { version: '1', kind: 'listing', items: [] }, 'contract', 'version'],
    ['version 2', listing([], { version: 2 }), 'version', 'version'],
    ['a paper reply', { version: 1, kind: 'paper', paper: paper('a') }, 'contract', 'kind'],
    ['no items', { version: 1, kind: 'listing' }, 'contract', 'items'],
    ['items as an object', listing([], { items: { 0: paper('a') } }), 'contract', 'items'],
  ];
  for (const [name, raw, kind, field] of cases) {
    it(`refuses ${name} with a ${kind} error at "${field}"`, () => {
      const error = thrown(() => validateListing(raw));
      expect(error.kind).to.equal(kind);
      expect(error.details.field).to.equal(field);
    });
  }

  it('says which version it read and which it wanted', () => {
    const error = thrown(() => validateListing(listing([], { version: 2 })));
    expect(error.message).to.equal(
      'The reply uses contract version 2; this library reads version 1',
    );
  });

  it('drops unknown fields and treats null as absent', () => {
    const raw = listing([paper('a', { score: null, secret: 'x', badge: null })], {
      extra: { nested: true },
      total: null,
    });
    const { value, skipped, warnings } = validateListing(raw);
    expect(value).to.deep.equal({
      version: 1,
      kind: 'listing',
      items: [{ id: 'a', title: 'Title of a', authors: ['Ada Example', 'Grace Sample'] }],
    });
    expect(skipped).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps every field of a complete paper', () => {
    const full = paper('2605.00001', {
      headline: 'A headline',
      takeaway: 'A takeaway',
      authorsTotal: 7,
      primaryCategory: 'cs.LG',
      categories: ['stat.ML'],
      date: '2026-05-06',
      theorems: 3,
      badge: 'Recognition',
      score: -1.5,
      counters: [{ value: 4, label: 'comments' }, { value: 0 }],
      figure: { thumbnail: 't.png', full: 'f.png', alt: '', width: 120, height: 80 },
      abstract: 'We show $x^2$.',
      links: { page: '/p/1', abs: 'https://arxiv.org/abs/2605.00001', pdf: 'p.pdf' },
      arxivId: '2605.00001v2',
    });
    expect(validateListing(listing([full])).value.items[0]).to.deep.equal(full);
  });
});

describe('validateListing: items', () => {
  it('skips each broken item with its path and keeps the good ones in order', () => {
    const raw = listing([
      paper('good-1'),
      paper('no-title', { title: undefined }),
      paper('blank-title', { title: '   ' }),
      paper(42 as unknown as string),
      'not an object',
      paper('bad-authors', { authors: 'A, B' }),
      paper('empty-author', { authors: ['A', ''] }),
      paper('score', { score: 'high' }),
      paper('nan', { score: Number.NaN }),
      paper('infinite', { score: Number.POSITIVE_INFINITY }),
      paper('theorems', { theorems: 1.5 }),
      paper('counter', { counters: [{ value: -1 }] }),
      paper('total', { authorsTotal: 1 }),
      paper('date', { date: '2026-02-30' }),
      paper('date-format', { date: '6 May 2026' }),
      paper('figure-alt', { figure: { thumbnail: 't.png', full: 'f.png' } }),
      paper('figure-size', { figure: { thumbnail: 't.png', full: 'f.png', alt: '', width: 0 } }),
      paper('links', { links: 'https://example.org' }),
      paper('x'.repeat(CONTRACT_LIMITS.id + 1)),
      paper('good-2'),
    ]);
    const { value, skipped } = validateListing(raw);

    expect(value.items.map((p) => p.id)).to.deep.equal(['good-1', 'good-2']);
    expect(skipped.map((s) => s.reason)).to.deep.equal([
      'items[1].title: expected a non-empty string',
      'items[2].title: expected a non-empty string',
      'items[3].id: expected a non-empty string',
      'items[4]: expected an object',
      'items[5].authors: expected an array',
      'items[6].authors[1]: expected a non-empty string',
      'items[7].score: expected a finite number',
      'items[8].score: expected a finite number',
      'items[9].score: expected a finite number',
      'items[10].theorems: expected a non-negative integer',
      'items[11].counters[0].value: expected a non-negative integer',
      'items[12].authorsTotal: expected an integer no smaller than authors.length',
      'items[13].date: expected a date that exists',
      'items[14].date: expected a date as YYYY-MM-DD',
      'items[15].figure.alt: expected a string',
      'items[16].figure.width: expected a positive number',
      'items[17].links: expected an object',
      `items[18].id: expected at most ${CONTRACT_LIMITS.id} characters`,
    ]);
    expect(skipped[1]).to.deep.include({ index: 2, id: 'blank-title' });
    expect(skipped[3]).to.deep.equal({ index: 4, reason: 'items[4]: expected an object' });
  });

  it('keeps the first of two items with one id and names the second', () => {
    const raw = listing([paper('a'), paper('b'), paper('a', { headline: 'Another reading' })]);
    const { value, skipped } = validateListing(raw);
    expect(value.items.map((p) => p.headline ?? p.id)).to.deep.equal(['a', 'b']);
    expect(skipped).to.deep.equal([
      { index: 2, id: 'a', reason: 'items[2].id: duplicate of items[0]' },
    ]);
  });

  it('reads at most the page cap of items and says so', () => {
    const count = CONTRACT_LIMITS.items + 500;
    const raw = listing(Array.from({ length: count }, (_, i) => paper(`p${i}`)));
    const { value, warnings } = validateListing(raw);
    expect(value.items).to.have.length(CONTRACT_LIMITS.items);
    expect(value.items.at(-1)!.id).to.equal(`p${CONTRACT_LIMITS.items - 1}`);
    expect(warnings).to.deep.equal([
      { field: 'items', message: `${count} items, read only the first ${CONTRACT_LIMITS.items}` },
    ]);
  });

  it('validates a 10,000-item page within a generous time bound', () => {
    const raw = listing(
      Array.from({ length: 10_000 }, (_, i) =>
        paper(`p${i}`, { abstract: `Abstract ${i} with $x_${i}$.`, score: i, date: '2026-05-06' }),
      ),
    );
    const start = performance.now();
    const { value } = validateListing(raw);
    expect(performance.now() - start).to.be.below(3000);
    expect(value.items).to.have.length(CONTRACT_LIMITS.items);
  });

  it('does not report repairs made inside an item that was then skipped', () => {
    const raw = listing([paper('long', { title: 'x'.repeat(5000), date: 'soon' })]);
    const { skipped, warnings } = validateListing(raw);
    expect(skipped).to.have.length(1);
    expect(warnings).to.deep.equal([]);
  });
});

describe('validateListing: caps on text', () => {
  it('cuts over-long text to its cap, ends it with an ellipsis and warns', () => {
    const raw = listing([
      paper('a', {
        title: 't'.repeat(5000),
        abstract: 'a'.repeat(CONTRACT_LIMITS.abstract * 3),
        authors: ['n'.repeat(CONTRACT_LIMITS.name + 1)],
      }),
    ]);
    const { value, warnings } = validateListing(raw);
    const [item] = value.items;

    expect(item.title).to.have.length(CONTRACT_LIMITS.title);
    expect(item.title.endsWith('t…')).to.equal(true);
    expect(item.abstract).to.have.length(CONTRACT_LIMITS.abstract);
    expect(item.authors[0]).to.have.length(CONTRACT_LIMITS.name);
    expect(warnings).to.deep.equal([
      { field: 'items[0].title', message: 'cut from 5000 to 1000 characters' },
      { field: 'items[0].authors[0]', message: 'cut from 501 to 500 characters' },
      { field: 'items[0].abstract', message: 'cut from 60000 to 20000 characters' },
    ]);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    // The cut would fall after the high half of the first 𝔼.
    const title = `${'x'.repeat(CONTRACT_LIMITS.title - 2)}𝔼𝔼`;
    const cut = validateListing(listing([paper('a', { title })])).value.items[0].title;
    expect(cut.length).to.be.at.most(CONTRACT_LIMITS.title);
    expect(cut.endsWith('x…')).to.equal(true);
  });

  it('keeps the first authors up to the cap and counts the rest in authorsTotal', () => {
    const authors = Array.from({ length: CONTRACT_LIMITS.authors + 10 }, (_, i) => `A${i}`);
    const { value, warnings } = validateListing(listing([paper('a', { authors })]));
    expect(value.items[0].authors).to.have.length(CONTRACT_LIMITS.authors);
    expect(value.items[0].authorsTotal).to.equal(CONTRACT_LIMITS.authors + 10);
    expect(fields(warnings)).to.deep.equal(['items[0].authors']);
  });
});

describe('validateListing: URLs', () => {
  it('drops a figure with an unsafe URL but keeps the paper', () => {
    const figure = { thumbnail: 'javascript:alert(1)', full: 'f.png', alt: 'Plot' };
    const { value, skipped, warnings } = validateListing(listing([paper('a', { figure })]));
    expect(skipped).to.deep.equal([]);
    expect(value.items[0]).to.not.have.property('figure');
    expect(warnings).to.deep.equal([
      {
        field: 'items[0].figure.thumbnail',
        message: 'not a safe http(s) or relative URL; figure dropped',
      },
    ]);
  });

  it('drops only the unsafe link of a paper', () => {
    const links = { page: 'data:text/html,x', abs: 'https://arxiv.org/abs/1', pdf: 'vbscript:x' };
    const { value, warnings } = validateListing(listing([paper('a', { links })]));
    expect(value.items[0].links).to.deep.equal({ abs: 'https://arxiv.org/abs/1' });
    expect(fields(warnings)).to.deep.equal(['items[0].links.page', 'items[0].links.pdf']);
  });

  it('resolves relative URLs against the base URL when given one', () => {
    const figure = { thumbnail: 't.png', full: '/f.png', alt: '' };
    const raw = listing([paper('a', { figure, links: { pdf: 'a.pdf' } })], {
      next: '?page=2',
      links: [{ rel: 'browse', label: 'All', href: '../all' }],
    });
    const { value } = validateListing(raw, { baseUrl: 'https://site.example/api/cs/list.json' });
    expect(value.items[0].figure).to.deep.include({
      thumbnail: 'https://site.example/api/cs/t.png',
      full: 'https://site.example/f.png',
    });
    expect(value.items[0].links!.pdf).to.equal('https://site.example/api/cs/a.pdf');
    expect(value.next).to.equal('https://site.example/api/cs/list.json?page=2');
    expect(value.links![0].href).to.equal('https://site.example/api/all');
  });
});

describe('validateListing: optional top-level fields', () => {
  it('leaves out unusable ones with a warning instead of failing the page', () => {
    const raw = listing([paper('a')], {
      category: { id: 'cs.LG' },
      next: 'javascript:next()',
      total: -3,
      links: [
        { rel: 'browse', label: 'All', href: 'https://site.example/all' },
        { rel: 'archive', label: 'Old', href: 'data:,x' },
        { rel: 'search', href: '/search' },
      ],
    });
    const { value, warnings } = validateListing(raw);
    expect(value.items).to.have.length(1);
    expect(value).to.not.have.any.keys('category', 'next', 'total');
    expect(value.links).to.deep.equal([
      { rel: 'browse', label: 'All', href: 'https://site.example/all' },
    ]);
    expect(fields(warnings)).to.deep.equal([
      'category.name',
      'next',
      'total',
      'links[1].href',
      'links[2].label',
    ]);
  });

  it('keeps a valid category, total and next', () => {
    const category = { id: 'cs.LG', name: 'Machine Learning', description: 'Learning.' };
    const raw = listing([], { category, total: 0, next: 'page/2' });
    const { value } = validateListing(raw);
    expect(value).to.deep.include({ category, total: 0, next: 'page/2' });
  });
});

describe('validatePaperReply', () => {
  it('returns the sanitised paper', () => {
    const raw = { version: 1, kind: 'paper', paper: paper('a', { extra: 1 }), more: 2 };
    expect(validatePaperReply(raw)).to.deep.equal({
      version: 1,
      kind: 'paper',
      paper: { id: 'a', title: 'Title of a', authors: ['Ada Example', 'Grace Sample'] },
    });
  });

  it('throws a contract error naming the field when the paper is invalid', () => {
    const raw = { version: 1, kind: 'paper', paper: paper('a', { authors: [1] }) };
    const error = thrown(() => validatePaperReply(raw));
    expect(error.kind).to.equal('contract');
    expect(error.details.field).to.equal('paper.authors[0]');
  });

  it('refuses a listing, and a missing paper', () => {
    expect(thrown(() => validatePaperReply(listing([]))).details.field).to.equal('kind');
    expect(thrown(() => validatePaperReply({ version: 1, kind: 'paper' })).details.field).to.equal(
      'paper',
    );
  });

  it('reports its repairs through onWarning', () => {
    const warnings: ContractWarning[] = [];
    const raw = { version: 1, kind: 'paper', paper: paper('a', { links: { pdf: 'file:///x' } }) };
    const { paper: result } = validatePaperReply(raw, { onWarning: (w) => warnings.push(w) });
    expect(result).to.not.have.property('links');
    expect(fields(warnings)).to.deep.equal(['paper.links.pdf']);
  });
});
