import { css } from 'lit';
import { common, tokens, typography } from '../shared/tokens.styles.js';

const list = css`
  :host {
    display: block;
    background: var(--_color-background);
  }
  :host([hidden]) {
    display: none;
  }

  [part='base'],
  [part='group'] > [role='feed'] {
    display: flex;
    flex-direction: column;
    gap: var(--pith-feed-gap, var(--_space-m));
  }

  /* In a long list, cards off screen skip style, layout and paint until they come near the
     viewport; their height is estimated, then remembered once laid out. It halves the cost of
     a thousand cards, but in a short list it costs a second layout pass whenever cards change
     height (opening abstracts). The clip margin keeps the focus ring of a card focused with
     Page Down. */
  .long [part~='card'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 18em;
    overflow-clip-margin: 6px;
  }

  [part='group-heading'] {
    margin: var(--_space-s) 0 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
`;

export const styles = [tokens, typography, common, list];
