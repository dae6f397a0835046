import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--pith-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pith-font-size, 1rem);
    line-height: 1.5;
    color: var(--pith-color-text, #1f2328);
    text-align: start;
  }

  [part='header'] {
    margin-bottom: 1rem;
  }

  [part='category-id'] {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    color: var(--pith-color-accent, #8250df);
  }

  [part='category-name'] {
    margin: 0.125rem 0 0.25rem;
    font-size: 1.5em;
    line-height: 1.25;
  }

  [part='description'] {
    margin: 0;
    color: var(--pith-color-muted, #59636e);
  }

  .skeletons {
    display: flex;
    flex-direction: column;
    gap: var(--pith-feed-gap, 0.75rem);
  }

  [part='skeleton'] {
    height: var(--pith-skeleton-height, 14rem);
    border-radius: var(--pith-radius, 0.5rem);
    background: var(--pith-color-skeleton, #eef1f4);
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
    padding: 1rem 1.25rem;
    border-radius: var(--pith-radius, 0.5rem);
    border: 1px solid var(--pith-color-border, #d8dde3);
  }

  [part='error'] {
    border-color: var(--pith-color-error-border, #cf222e);
    background: var(--pith-color-error-background, #fff5f5);
  }

  button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border-radius: var(--pith-radius, 0.5rem);
    border: 1px solid var(--pith-color-border, #d8dde3);
    background: var(--pith-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }

  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--pith-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  .more {
    margin-top: 1rem;
    display: flex;
    gap: 1rem;
    align-items: center;
  }

  [part='links'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 1rem 0 0;
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--pith-color-link, #1a5fb4);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
