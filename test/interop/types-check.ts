// Compile-time checks of the framework typings, run by `npm run typecheck`: every
// `@ts-expect-error` below must meet an error, so a typing that accepts a wrong prop (or
// rejects a right one) fails the type-check. JSX syntax itself is checked against the packed
// package by scripts/pack-check.mjs, whose consumer project compiles with `--jsx react-jsx`.
// The lines under `@ts-expect-error` read fields that do not exist, which TypeScript types as
// `any`; reading them is the point, so the rules against using `any` are off in this file.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-return */
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type {} from '../../src/jsx.js';
import type {} from '../../src/vue.js';
import type { Paper } from '../../src/contract/types.js';
import type { PithFeed } from '../../src/pith-feed/pith-feed.js';

const paper: Paper = { id: '2605.00001', title: 'A paper', authors: ['A. Author'] };

// React 19: properties as props, events as `on` + the exact event name.
type Intrinsic = JSX.IntrinsicElements;

export const feedProps: Intrinsic['pith-feed'] = {
  category: 'cs.LG',
  limit: 10,
  mathOutput: 'mathml',
  class: 'listing',
  children: 'Browse the listing',
  ref: (element: PithFeed | null) => element?.reload(),
  'onpith-load': (event) => event.detail.count.toFixed(),
  'onpith-error': (event) => event.detail.kind.toUpperCase(),
};

export const cardProps: Intrinsic['paper-card'] = {
  paper,
  'onpith-toggle': (event) => String(event.detail.open),
};

export const listProps: Intrinsic['category-feed'] = { items: [paper], groupBy: 'year' };

// @ts-expect-error limit is a number, not a string
export const wrongLimit: Intrinsic['pith-feed'] = { limit: '10' };

// @ts-expect-error a card's paper is a Paper, not a string
export const wrongPaper: Intrinsic['paper-card'] = { paper: 'paper.json' };

// @ts-expect-error items is an array of papers
export const wrongItems: Intrinsic['category-feed'] = { items: paper };

// @ts-expect-error the detail of pith-toggle has no count
export const wrongDetail: Intrinsic['abstract-toggle'] = { 'onpith-toggle': (e) => e.detail.count };

// @ts-expect-error methods are not props
export const methodAsProp: Intrinsic['pith-feed'] = { reload: () => undefined };

// Vue 3: each tag is a global component whose props are the element's properties.
type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const vueFeed: VueProps<'pith-feed'> = {
  category: 'cs.LG',
  limit: 10,
  onPithLoad: (event) => event.detail.skipped.length,
};

export const vueCard: VueProps<'paper-card'> = { paper, onPithToggle: (e) => e.detail.open };

// @ts-expect-error limit is a number
export const vueWrongLimit: VueProps<'pith-feed'> = { limit: '10' };

// @ts-expect-error the detail of pith-load has no open flag
export const vueWrongDetail: VueProps<'pith-feed'> = { onPithLoad: (e) => e.detail.open };

// The global maps the elements declare: tag names and events, for addEventListener.
export function globalMaps(feed: HTMLElementTagNameMap['pith-feed']): void {
  feed.addEventListener('pith-load', (event) => event.detail.count.toFixed());
  // @ts-expect-error pith-toggle's detail is { open }, not a load
  feed.addEventListener('pith-toggle', (event) => event.detail.count.toFixed());
}
