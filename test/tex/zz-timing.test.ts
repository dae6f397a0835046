import { loadKatex } from '../../src/tex/katex-loader.js';
import { renderTex } from './helpers.js';
describe('timing', function () {
  this.timeout(120000);
  it('t', async () => {
    await loadKatex();
    const nest = (open: string, close: string, n: number) => `${open.repeat(n)}x${close.repeat(n)}`;
    const cases: Record<string, string> = {
      sqrt40: `$${nest('\\sqrt{', '}', 40)}$`,
      sqrt80: `$${nest('\\sqrt{', '}', 80)}$`,
      sqrt160: `$${nest('\\sqrt{', '}', 160)}$`,
      sup40: `$${nest('x^{', '}', 40)}$`,
      sup300: `$${nest('x^{', '}', 300)}$`,
      sqrtflat: `$${Array.from({ length: 280 }, () => '\\sqrt{x}').join('')}$`,
      manySqrt5: Array.from({ length: 5 }, () => `$${nest('\\sqrt{', '}', 280)}$`).join(' '),
    };
    for (const [name, text] of Object.entries(cases).filter(([n]) => n === 'sup300')) {
      const t = performance.now();
      const root = await renderTex(text);
      console.log(name, text.length, Math.round(performance.now() - t), 'ms', root.querySelectorAll('.katex').length, root.querySelector('.tex-error')?.getAttribute('title')?.slice(0, 80));
    }
  });
});
