// A long synthetic listing for the 1,000-card scenario. Deterministic (seeded), with field
// lengths like the real cs.LG listing: titles of 40–160 characters, abstracts of 700–1,900,
// one to eight known authors, figures on most cards, and inline math in every tenth abstract.

const WORDS = (
  'learning model models neural network networks training data gradient descent stochastic ' +
  'optimization convex bound bounds regret sample complexity generalization kernel attention ' +
  'transformer representation embedding retrieval policy reinforcement reward agent robust ' +
  'adversarial distribution shift calibration uncertainty bayesian inference variational ' +
  'diffusion score sampling graph spectral sparse low-rank matrix tensor estimation theorem ' +
  'analysis empirical benchmark dataset scaling law loss landscape convergence rate linear ' +
  'nonlinear dimension high-dimensional privacy federated causal fairness interpretable'
).split(' ');

const FIRST = (
  'Ana Bruno Chen Dmitri Élodie Farah Gonçalo Hiro Inès Jakub Kiran Lena Mateus Nadia ' +
  'Otávio Priya Quentin Rosa Søren Tomás Uma Vinícius Wen Yara Zoë'
).split(' ');
const LAST = (
  'Abe Bangachev Costa Dvořák Eriksen Fernández García Horváth Ivanova Jensen Kowalski ' +
  'Łukasz Müller Nakamura Oliveira Petrov Quintero Rossi Schäfer Tanaka Ueda Virtanen Weiß Xu ' +
  'Yılmaz Zhang'
).split(' ');
const CATEGORIES = ['cs.LG', 'stat.ML', 'cs.AI', 'math.OC', 'cs.CL', 'cs.CV', 'cs.DS', 'math.ST'];
const FORMULAS = [
  '$O(d\\sqrt{T})$',
  '$\\widetilde{O}(n^{2/3})$',
  '$\\epsilon > 0$',
  '$\\mathbb{E}[\\|x - x^\\star\\|^2]$',
  '$\\binom{n}{k}$',
  '$\\ell_2$',
  '$f(x) = \\sum_{i=1}^n \\log(1 + e^{-y_i w^\\top x_i})$',
  '\\(\\Theta(k^{-1/2})\\)',
  '$10{,}300$',
  '$\\lambda_{\\min}(\\Sigma) \\ge \\mu$',
];
const FIGURES = [
  'bangachev-2026-5b7750',
  'chew-2026-271eae',
  'flynn-2026-b5fc88',
  'li-2026-dbc825',
];

/** mulberry32: a small seeded generator, so every run renders the same cards. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A listing reply (contract v1) with `count` synthetic papers.
 * @param {number} count
 * @param {number} [seed]
 */
export function syntheticListing(count, seed = 1) {
  const random = generator(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const sentence = (minChars, maxChars) => {
    const target = int(minChars, maxChars);
    let text = '';
    while (text.length < target) text += `${text ? ' ' : ''}${pick(WORDS)}`;
    return text[0].toUpperCase() + text.slice(1);
  };

  const items = Array.from({ length: count }, (_, i) => {
    const known = int(1, 8);
    const total = random() < 0.4 ? known + int(1, 20) : undefined;
    const figure = random() < 0.8 ? pick(FIGURES) : undefined;
    return {
      id: `synthetic-${seed}-${i}`,
      title: sentence(40, 160),
      headline: sentence(30, 80),
      takeaway: sentence(60, 180),
      authors: Array.from({ length: known }, () => `${pick(FIRST)} ${pick(LAST)}`),
      ...(total ? { authorsTotal: total } : {}),
      primaryCategory: pick(CATEGORIES),
      date: `2026-05-${String(int(1, 28)).padStart(2, '0')}`,
      ...(random() < 0.5 ? { theorems: int(1, 12) } : {}),
      score: int(1, 9),
      counters: [{ value: int(0, 40) }],
      ...(figure ? { figure: figureOf(figure) } : {}),
      abstract: abstractText(i, random, sentence, int, pick),
    };
  });
  const category = { id: 'cs.LG', name: 'Machine Learning' };
  return { version: 1, kind: 'listing', category, items };
}

function figureOf(name) {
  return {
    thumbnail: `/demo/figures/${name}-thumb.svg`,
    full: `/demo/figures/${name}-full.svg`,
    alt: 'Synthetic figure',
    width: 240,
    height: 150,
  };
}

// Every tenth abstract ends its first sentence and about half of the others with a formula.
function abstractText(index, random, sentence, int, pick) {
  const target = int(700, 1900);
  const withMath = index % 10 === 0;
  let text = '';
  while (text.length < target) {
    const formula = withMath && (!text || random() < 0.5) ? ` ${pick(FORMULAS)}` : '';
    text += `${text ? ' ' : ''}${sentence(60, 200)}${formula}.`;
  }
  return text;
}
