import { css } from 'lit';
import { common, tokens, typography } from '../shared/tokens.styles.js';

const feed = css`
  :host {
    display: block;
    background: var(--_color-background);
  }
  :host([hidden]) {
    display: none;
  }

  [part='header'] {
    margin-bottom: var(--_space-l);
  }

  [part='category-id'] {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    color: var(--_color-accent);
  }

  [part='category-name'] {
    margin: 0.125em 0 0.25em;
    font-size: 1.5em;
    line-height: 1.25;
  }

  [part='description'] {
    margin: 0;
    color: var(--_color-muted);
  }

  .skeletons {
    display: flex;
    flex-direction: column;
    gap: var(--pith-feed-gap, var(--_space-m));
  }

  [part='skeleton'] {
    height: var(--pith-skeleton-height, 18em);
    border-radius: var(--_radius);
    background: var(--_color-skeleton);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='skeleton'] {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  [part='error'],
  [part='empty'] {
    margin: 0;
    padding: var(--_space-m) var(--_space-l);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }

  [part='error'] {
    border-color: var(--pith-color-error-border, var(--_color-error));
    background: var(--_color-error-background);
  }
  [part='error'] p {
    margin: 0 0 var(--_space-s);
  }

  button {
    font: inherit;
    min-height: 24px;
    padding: 0.375em 0.875em;
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: inherit;
    cursor: pointer;
  }

  .more {
    margin-top: var(--_space-l);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-l);
    align-items: center;
  }

  [part='links'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: var(--_space-l) 0 0;
    padding: 0;
    list-style: none;
  }
`;

export const styles = [tokens, typography, common, feed];
