import { expect } from '@open-wc/testing';
import { hasMath, splitTex, type Segment } from '../../src/tex/split.js';
import { parseTex, texToPlainText } from '../../src/tex/decode.js';
import { MAX_TEXT_LENGTH } from '../../src/tex/limits.js';

/** Segments as short arrays: prose as a string, a formula as ['math', tex] or ['display', tex]. */
const shape = (segments: Segment[]) =>
  segments.map((s) => (s.kind === 'prose' ? s.text : [s.display ? 'display' : 'math', s.tex]));

describe('splitTex', () => {
  it('keeps prices as text and typesets only the formula', () => {
    expect(shape(splitTex('costs $5 and $10 per hour; we use $k$-NN'))).to.deep.equal([
      'costs $5 and $10 per hour; we use ',
      ['math', 'k'],
      '-NN',
    ]);
  });

  it('keeps other ways of writing prices as text', () => {
    for (const text of [
      'costs $5, $10, or $20 per hour',
      'from $5 to $10.',
      'between $5/$10 a month',
      'US$5 and US$10',
      'it costs $ 5 and $ 6',
    ]) {
      expect(hasMath(text), text).to.equal(false);
    }
  });

  it('still reads formulas that start with a digit or end before one', () => {
    expect(shape(splitTex('$2 \\times 3$ grid'))).to.deep.equal([['math', '2 \\times 3'], ' grid']);
    expect(shape(splitTex('only $\\sim$20% match'))).to.deep.equal([
      'only ',
      ['math', '\\sim'],
      '20% match',
    ]);
    expect(shape(splitTex('$3$-weak and $480$ streams'))).to.deep.equal([
      ['math', '3'],
      '-weak and ',
      ['math', '480'],
      ' streams',
    ]);
  });

  it('reads \\$ as a literal dollar, also inside a formula', () => {
    expect(shape(splitTex('pay \\$5 for $x$'))).to.deep.equal(['pay \\$5 for ', ['math', 'x']]);
    expect(shape(splitTex('$\\$5 + y$'))).to.deep.equal([['math', '\\$5 + y']]);
  });

  it('keeps < and > inside formulas as formula text', () => {
    expect(shape(splitTex('$a<b$ and $c>d$'))).to.deep.equal([
      ['math', 'a<b'],
      ' and ',
      ['math', 'c>d'],
    ]);
  });

  it('reads all four delimiters', () => {
    expect(shape(splitTex('$$x^2$$ then \\[y\\] then \\(z\\) then $w$'))).to.deep.equal([
      ['display', 'x^2'],
      ' then ',
      ['display', 'y'],
      ' then ',
      ['math', 'z'],
      ' then ',
      ['math', 'w'],
    ]);
  });

  it('keeps the source of each formula with its delimiters', () => {
    const [formula] = splitTex('\\(\\ell_2\\)');
    expect(formula).to.deep.equal({
      kind: 'math',
      tex: '\\ell_2',
      display: false,
      source: '\\(\\ell_2\\)',
    });
  });

  it('leaves unclosed delimiters as text', () => {
    for (const text of ['unclosed $x here', 'unclosed \\(x here', '$$x here', 'a $x\n\ny$ b']) {
      expect(hasMath(text), text).to.equal(false);
    }
  });

  it('cuts text over the length cap', () => {
    const segments = splitTex('a'.repeat(MAX_TEXT_LENGTH + 100));
    expect(shape(segments)).to.deep.equal([`${'a'.repeat(MAX_TEXT_LENGTH)}…`]);
  });
});

describe('parseTex (text-mode TeX)', () => {
  it('decodes accents, with or without braces, to composed characters', () => {
    const text = texToPlainText(
      "G\\'abor K\\\"ording Fr\\'echet {\\'e} \\c{c}a \\v s \\u{a} \\H{o} " +
        "\\.{z} \\={a} \\`a \\^o \\~n \\'\\i",
    );
    expect(text).to.equal('Gábor Körding Fréchet é ça š ă ő ż ā à ô ñ í');
    expect(text).to.equal(text.normalize('NFC'));
    expect(text.normalize('NFD')).not.to.equal(text);
  });

  it('decodes escapes, ties, dashes and quotes', () => {
    expect(texToPlainText("100\\% R\\&D \\#1 a\\_b \\$5 a~b 1--2 a---b ``q''")).to.equal(
      '100% R&D #1 a_b $5 a\u00A0b 1–2 a—b “q”',
    );
  });

  it('turns style commands into styled runs and drops grouping braces', () => {
    expect(parseTex('the \\emph{ergodic coverage} {problem}')).to.deep.equal([
      { kind: 'text', text: 'the ' },
      { kind: 'style', style: 'em', children: [{ kind: 'text', text: 'ergodic coverage' }] },
      { kind: 'text', text: ' problem' },
    ]);
    const styles = parseTex('\\textit{i}\\textbf{b}\\texttt{t}\\textsc{s}{\\em d}').map((node) =>
      node.kind === 'style' ? node.style : node.kind,
    );
    expect(styles).to.deep.equal(['em', 'strong', 'code', 'smallcaps', 'em']);
  });

  it('keeps a formula inside a styled run', () => {
    const [styled] = parseTex('\\emph{for $k$ items}');
    expect(styled.kind === 'style' && styled.children.map((c) => c.kind)).to.deep.equal([
      'text',
      'math',
      'text',
    ]);
  });

  it('shows \\url as plain text, never decoded', () => {
    expect(parseTex('see \\url{https://x.org/a_b%20c}')).to.deep.equal([
      { kind: 'text', text: 'see ' },
      { kind: 'style', style: 'url', children: [{ kind: 'text', text: 'https://x.org/a_b%20c' }] },
    ]);
  });

  it('keeps unknown commands visible, with their arguments', () => {
    expect(texToPlainText('a \\foo b \\bar{x} \\constructor \\( c')).to.equal(
      'a \\foo b \\bar{x} \\constructor \\( c',
    );
  });

  it('leaves formulas untouched', () => {
    expect(texToPlainText("Fr\\'echet $\\'e -- x$")).to.equal("Fréchet $\\'e -- x$");
  });

  it('survives deep or broken brace structure', () => {
    expect(texToPlainText(`${'{'.repeat(9000)}x${'}'.repeat(9001)}`)).to.equal('x');
    expect(texToPlainText('\\emph{never closed')).to.equal('never closed');
    expect(texToPlainText(`${'\\emph{'.repeat(100)}deep`)).to.equal('deep');
  });
});
