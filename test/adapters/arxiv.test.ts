// The arXiv adapter on recorded-style replies served by the test server, read
// in the browser exactly as a page would read them.
import { expect } from '@open-wc/testing';
import {
  arxivAtomAdapter,
  arxivAtomPaperAdapter,
  isArxivApiError,
  readArxivAtom,
  type ArxivPaper,
  type SourceReply,
} from '../../src/contract/adapters/index.js';
import { validateListing } from '../../src/contract/validate.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const QUERY_URL =
  'https://export.arxiv.org/api/query?search_query=cat%3Amath.PR&start=0&max_results=8';

async function load(name: string, url = `/test/fixtures/arxiv/${name}`): Promise<SourceReply> {
  const response = await fetch(`/test/fixtures/arxiv/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return { text: await response.text(), contentType: 'application/atom+xml', url };
}

function papersOf(reply: SourceReply): ArxivPaper[] {
  return readArxivAtom(reply.text).papers;
}

function byId(papers: ArxivPaper[], id: string): ArxivPaper {
  const found = papers.find((p) => p.id === id);
  if (!found) throw new Error(`no paper ${id} in ${papers.map((p) => p.id).join(', ')}`);
  return found;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('arxivAtomAdapter: a page of a query', () => {
  it('maps every field of a full entry', async () => {
    const listing = arxivAtomAdapter(await load('query-page-0.xml'));
    const paper = byId(listing.items, '2605.01234');

    expect(paper).to.deep.equal({
      id: '2605.01234',
      arxivId: '2605.01234v2',
      title: 'Low-Degree Hardness of Sparse Regression under Correlated Designs',
      authors: ['Jun Tanaka', 'Maria Okonkwo', 'Priya Raghunathan'],
      primaryCategory: 'stat.ML',
      categories: ['cs.LG', 'math.ST'],
      date: '2026-05-04',
      doi: '10.1214/26-AOS9999',
      journalRef: 'Ann. Statist. 54 (2026) 1201-1230',
      abstract:
        'Sparse linear regression with a Gaussian design is believed to exhibit a ' +
        'statistical-computational gap. We extend low-degree lower bounds to designs with ' +
        'covariance $\\Sigma$ whose condition number grows with the dimension, and match ' +
        'them with a thresholding estimator running in time $O(np)$.',
      links: {
        abs: 'https://arxiv.org/abs/2605.01234v2',
        pdf: 'https://arxiv.org/pdf/2605.01234v2',
      },
    });
  });

  it('keeps arXiv order and reports paging numbers', async () => {
    const reply = await load('query-page-0.xml');
    const read = readArxivAtom(reply.text);

    expect(read.papers.map((p) => p.arxivId)).to.deep.equal(['2605.04321v1', '2605.01234v2']);
    expect(read.total).to.equal(5);
    expect(read.startIndex).to.equal(0);
    expect(read.itemsPerPage).to.equal(2);
    expect(read.skipped).to.deep.equal([]);
  });

  it('never takes the feed title ("arXiv Query: …") for a paper', async () => {
    for (const name of ['query-page-0.xml', 'ids.xml', 'quirks.xml']) {
      const papers = papersOf(await load(name));
      expect(papers.map((p) => p.title).join('|')).not.to.match(/arxiv query/i);
    }
    expect(papersOf(await load('query-page-4.xml'))).to.have.length(1);
  });

  it('gives a next URL while results remain, and none on the last page', async () => {
    const first = arxivAtomAdapter(await load('quirks.xml', QUERY_URL));
    expect(first.total).to.equal(20);
    const next = new URL(first.next!);
    expect(next.searchParams.get('start')).to.equal('8');
    expect(next.searchParams.get('search_query')).to.equal('cat:math.PR');

    const last = arxivAtomAdapter(
      await load('query-page-4.xml', 'https://export.arxiv.org/api/query?search_query=x&start=4'),
    );
    expect(last.next).to.equal(undefined);

    const proxied = arxivAtomAdapter(await load('quirks.xml', 'https://lab.example/papers.xml'));
    expect(proxied.next).to.equal(undefined);
  });

  it('produces a listing that the contract validator accepts whole', async () => {
    for (const name of ['query-page-0.xml', 'query-page-2.xml', 'ids.xml', 'quirks.xml']) {
      const listing = arxivAtomAdapter(await load(name));
      const { value, skipped } = validateListing(listing);
      expect(skipped, name).to.deep.equal([]);
      expect(
        value.items.map((p) => p.id),
        name,
      ).to.deep.equal(listing.items.map((p) => p.id));
    }
  });
});

describe('arxivAtomAdapter: older replies and odd entries', () => {
  it('reads namespaces declared on each element and upgrades arXiv links to https', async () => {
    const paper = byId(papersOf(await load('ids.xml')), '2511.09876');

    expect(paper.arxivId).to.equal('2511.09876v3');
    expect(paper.primaryCategory).to.equal('math.PR');
    expect(paper.categories).to.deep.equal(['math-ph', 'math.MP']);
    expect(paper.date).to.equal('2025-11-20');
    expect(paper.links).to.deep.equal({
      abs: 'https://arxiv.org/abs/2511.09876v3',
      pdf: 'https://arxiv.org/pdf/2511.09876v3',
    });
  });

  it('decodes entities and character references, and collapses wrapped lines', async () => {
    const paper = byId(papersOf(await load('quirks.xml')), 'math/0601001');

    expect(paper.title).to.equal(
      'Random Walks on Groups & the Poisson\u2013Furstenberg Boundary: a "Short" Survey <Draft>',
    );
    expect(paper.abstract).to.equal(
      'We survey entropy criteria for triviality of the Poisson boundary of a random walk ' +
        'on a group $G$ with step law $\\mu$, including the case $H(\\mu) < \\infty$. The ' +
        'exposition follows Ka\u012dmanovich\u2013Vershik (Section\u00a03) and is meant as ' +
        'an introduction for students.',
    );
    expect(paper.authors).to.deep.equal(['Ana Beatriz Concei\u00e7\u00e3o', "O'Brien, S."]);
  });

  it('reads old-style ids and ids without a version', async () => {
    const papers = papersOf(await load('quirks.xml'));

    expect(byId(papers, 'math/0601001').arxivId).to.equal('math/0601001v2');
    expect(byId(papers, 'math/0601001').links!.pdf).to.equal(
      'https://arxiv.org/pdf/math/0601001v2',
    );
    const unversioned = byId(papers, '2604.00010');
    expect(unversioned.arxivId).to.equal('2604.00010');
    expect(unversioned.date, 'an unreadable date is left out').to.equal(undefined);
    expect(unversioned.links).to.deep.equal({ abs: 'https://arxiv.org/abs/2604.00010' });
  });

  it('keeps an entry with only the required fields', async () => {
    const paper = byId(papersOf(await load('quirks.xml')), '2604.00009');

    expect(paper).to.deep.equal({
      id: '2604.00009',
      arxivId: '2604.00009v1',
      title: 'Only the Required Fields',
      authors: ['Only Required Fields'],
      links: { abs: 'https://arxiv.org/abs/2604.00009v1' },
    });
  });

  it('finds arXiv elements under any prefix, CDATA titles and the first of two DOIs', async () => {
    const paper = byId(papersOf(await load('quirks.xml')), '2512.00100');

    expect(paper.title).to.equal('Concentration for <Sums> of Dependent Variables');
    expect(paper.doi).to.equal('10.1000/example.2025.1');
    expect(paper.journalRef).to.equal('Example J. Probab. 12 (2026), no. 3, 1-40');
    expect(paper.primaryCategory, 'no primary element: the first category').to.equal('math.PR');
    expect(paper.categories).to.deep.equal(['stat.TH']);
  });

  it('takes a DOI from its link, drops non-http links, and dedupes categories', async () => {
    const papers = papersOf(await load('quirks.xml'));
    const linked = byId(papers, '2511.00200');

    expect(linked.doi).to.equal('10.1000/example<link>');
    expect(linked.links, 'the javascript: pdf link is gone').to.deep.equal({
      abs: 'https://arxiv.org/abs/2511.00200v1',
    });
    expect(linked.primaryCategory).to.equal('math.CO');
    expect(byId(papers, 'math/0601001').categories).to.deep.equal(['math.GR']);
  });

  it('skips entries missing a title, authors or an arXiv id, saying why', async () => {
    const read = readArxivAtom((await load('quirks.xml')).text);

    expect(read.skipped).to.deep.equal([
      { index: 1, id: '2604.00007', reason: 'no title' },
      { index: 2, id: '2604.00008', reason: 'no authors' },
      { index: 3, reason: 'id "urn:example:not-an-arxiv-paper" is not an arXiv abstract URL' },
    ]);
    expect(read.papers.map((p) => p.id)).to.deep.equal([
      'math/0601001',
      '2604.00009',
      '2512.00100',
      '2511.00200',
      '2604.00010',
    ]);
  });
});

describe('arxivAtomAdapter: replies without papers', () => {
  it("throws arXiv's own message for an error entry", async () => {
    const reply = await load('error.xml');
    const error = thrownBy(() => arxivAtomAdapter(reply));

    expect(isArxivApiError(error)).to.equal(true);
    expect((error as Error).message).to.equal('arXiv API error: incorrect id format for 2605.1');
    expect(error).to.include({ kind: 'api', retryable: false });
  });

  it('throws a retryable error for an empty page that contradicts totalResults', async () => {
    const reply = await load('empty-page.xml');
    const error = thrownBy(() => arxivAtomAdapter(reply));

    expect(error).to.include({ name: 'ArxivApiError', kind: 'empty-page', retryable: true });
    expect((error as Error).message).to.contain('no entries at position 2 of 5');
  });

  it('returns an empty listing when arXiv really found nothing', async () => {
    expect(arxivAtomAdapter(await load('no-results.xml'))).to.deep.equal({
      version: 1,
      kind: 'listing',
      items: [],
      total: 0,
    });
  });

  it('refuses an HTML page, an RSS feed and broken XML, naming the content type', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['<!DOCTYPE html><html><body>Rate limited</body></html>', 'text/html', /text\/html/],
      ['<rss version="2.0"><channel/></rss>', 'application/rss+xml', /got <rss>/],
      [`<feed xmlns="${ATOM}"><entry></feed>`, 'application/atom+xml', /closes <entry>/],
      ['', 'application/atom+xml', /no root element/],
    ];
    for (const [text, contentType, message] of cases) {
      const error = thrownBy(() => arxivAtomAdapter({ text, contentType, url: '/x' }));
      expect(error, text).to.include({ kind: 'not-atom' });
      expect((error as Error).message, text).to.match(message);
    }
  });
});

describe('arxivAtomPaperAdapter', () => {
  it('returns the first paper of an id_list reply', async () => {
    const reply = arxivAtomPaperAdapter(await load('ids.xml'));

    expect(reply.kind).to.equal('paper');
    expect(reply.version).to.equal(1);
    expect(reply.paper.id).to.equal('2511.09876');
  });

  it('throws when the reply holds no usable paper', async () => {
    const reply = await load('no-results.xml');
    const error = thrownBy(() => arxivAtomPaperAdapter(reply));

    expect(error).to.include({ kind: 'api' });
    expect((error as Error).message).to.equal('arXiv returned no usable paper');
  });
});

describe('the XML reader agrees with the browser', () => {
  it('reads the same titles, summaries and authors as DOMParser in every fixture', async () => {
    let compared = 0;
    for (const name of ['query-page-0.xml', 'query-page-2.xml', 'ids.xml', 'quirks.xml']) {
      const { text } = await load(name);
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), name).to.have.length(0);

      const ours = new Map(papersOf({ text } as SourceReply).map((p) => [p.arxivId, p]));
      for (const entry of doc.getElementsByTagNameNS(ATOM, 'entry')) {
        const arxivId = own(entry, 'id').replace(/^https?:\/\/arxiv\.org\/abs\//, '');
        const paper = ours.get(arxivId);
        if (!paper) continue;
        expect(paper.title, name).to.equal(own(entry, 'title'));
        expect(paper.abstract ?? '', name).to.equal(own(entry, 'summary'));
        const names = [...entry.getElementsByTagNameNS(ATOM, 'name')].map((n) => squash(n));
        expect(paper.authors, name).to.deep.equal(names);
        compared += 1;
      }
    }
    expect(compared, 'every usable entry was compared').to.equal(11);
  });
});

/** Text of an entry's own Atom child, whitespace collapsed the way arXiv needs. */
function own(entry: Element, local: string): string {
  const child = [...entry.children].find((c) => c.namespaceURI === ATOM && c.localName === local);
  return child ? squash(child) : '';
}

function squash(node: Node): string {
  return (node.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}
