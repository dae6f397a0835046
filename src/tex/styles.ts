import { css } from 'lit';

/**
 * Rules for what the tex directive renders around formulas and styled text. The directive
 * adopts them into each root it renders into; an element may also list them in its own styles.
 */
export const texStyles = css`
  .tex-display {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
  }
  .tex-display > .tex-math > .katex-display {
    margin: 0.5em 0;
  }
  .tex-pending {
    color: var(--pith-color-muted, #59636e);
  }
  .tex-error {
    color: var(--pith-tex-error-color, #a3361f);
    overflow-wrap: anywhere;
  }
  .tex-url {
    overflow-wrap: anywhere;
  }
  .tex-smallcaps {
    font-variant: small-caps;
  }
`;
