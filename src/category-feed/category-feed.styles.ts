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

  [part='group-heading'] {
    margin: var(--_space-s) 0 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
`;

export const styles = [tokens, typography, common, list];
