// How a count reads for people ("at least 12", "more than 40", "a vague number"): one wording for the
// command line's reports and the library's views.
import type { Figure } from './types';

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  fewer_than: 'fewer than ',
  vague: '',
};

export function describeCount(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  if (figure.value === null) return 'vague number';
  return `${QUALIFIER_WORDS[figure.qualifier]}${figure.value.toLocaleString('en')}`;
}
