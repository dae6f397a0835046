import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  [part='base'],
  [part='group'] > [role='feed'] {
    display: flex;
    flex-direction: column;
    gap: var(--pith-feed-gap, 0.75rem);
  }

  [part='group-heading'] {
    margin: 0.5rem 0 0;
    font-size: 1.125em;
  }
`;
