import type { InputType } from 'storybook/internal/types';

/** The look every element takes: `theme` and `density` (unset: the reader's preference). */
export interface LookArgs {
  theme?: 'light' | 'dark';
  density?: 'compact';
}

// "unset" leaves the attribute off.
const unset = { unset: undefined };

/** Controls for {@link LookArgs}. */
export const lookArgTypes: Record<keyof LookArgs, InputType> = {
  theme: { control: 'inline-radio', options: ['unset', 'light', 'dark'], mapping: unset },
  density: { control: 'inline-radio', options: ['unset', 'compact'], mapping: unset },
};
