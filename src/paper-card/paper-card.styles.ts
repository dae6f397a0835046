import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--pith-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pith-font-size, 1rem);
    line-height: 1.5;
    color: var(--pith-color-text, #1f2328);
    text-align: start;
  }

  [part~='base'] {
    box-sizing: border-box;
    padding: var(--pith-card-padding, 1rem 1.25rem);
    background: var(--pith-card-background, var(--pith-color-surface, #fff));
    border: var(--pith-card-border, 1px solid var(--pith-color-border, #d8dde3));
    border-radius: var(--pith-card-radius, var(--pith-radius, 0.5rem));
  }

  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-size: 0.8125em;
    color: var(--pith-color-muted, #59636e);
  }

  [part='score'] {
    font-weight: 700;
    color: var(--pith-color-accent, #8250df);
  }

  [part='badge'] {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--pith-color-badge-background, #f1ecfc);
    color: var(--pith-color-badge-text, #5e3aa8);
  }

  [part='headline'] {
    margin: 0.5rem 0 0.125rem;
    font-weight: 700;
    font-size: 1.0625em;
  }

  [part='authors'] {
    font-size: 0.875em;
    color: var(--pith-color-muted, #59636e);
  }

  [part='title'] {
    margin: 0.375rem 0 0;
    font-size: 0.9375em;
    font-weight: 600;
  }

  a {
    color: var(--pith-color-link, #1a5fb4);
  }

  [part='takeaway'] {
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }

  [part='figure'] {
    margin: 0.75rem 0 0;
    display: flex;
    align-items: end;
    gap: 0.75rem;
  }

  [part='figure'] img {
    display: block;
    max-width: min(100%, 12rem);
    height: auto;
    border-radius: 0.25rem;
    border: 1px solid var(--pith-color-border, #d8dde3);
  }

  .full-image {
    font-size: 0.8125em;
  }

  [part='abstract'] {
    display: block;
    margin-top: 0.75rem;
  }

  [part='counters'] {
    display: flex;
    gap: 1rem;
    margin-top: 0.75rem;
    font-size: 0.8125em;
    color: var(--pith-color-muted, #59636e);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--pith-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
`;
