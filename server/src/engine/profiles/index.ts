/**
 * House-style profiles: `"extends": ["newslint:ap"]` (the default), `newslint:reuters`,
 * `newslint:bbc`, `newslint:guardian`, `newslint:nyt`. Each profile is data: canonical spellings of
 * names outlets spell differently, house style switches and rule severities.
 */
import type { ResolvedConfig, Severity } from '../types';
import { namesFor } from './names';

export interface Profile {
  id: string;
  description: string;
  /** Canonical spelling → variants the outlet does not use. */
  names: Record<string, string[]>;
  style: ResolvedConfig['style'];
  /** Severities the profile sets on top of the rules' defaults. */
  rules: Record<string, Severity>;
}

const ap: Profile = {
  id: 'newslint:ap',
  description: 'Associated Press Stylebook',
  names: namesFor('ap'),
  style: { courtesyTitles: 'none', courtesyTitleStop: true },
  rules: { 'title-case': 'info', 'later-reference': 'info' },
};
const reuters: Profile = {
  id: 'newslint:reuters',
  description: 'Reuters Handbook of Journalism',
  names: namesFor('reuters'),
  style: { courtesyTitles: 'none', courtesyTitleStop: true },
  rules: {},
};
const bbc: Profile = {
  id: 'newslint:bbc',
  description: 'BBC News style guide',
  names: namesFor('bbc'),
  style: { courtesyTitles: 'later-references', courtesyTitleStop: false },
  rules: {},
};
const guardian: Profile = {
  id: 'newslint:guardian',
  description: 'Guardian and Observer style guide',
  names: namesFor('guardian'),
  style: { courtesyTitles: 'none', courtesyTitleStop: false },
  rules: {},
};
const nyt: Profile = {
  id: 'newslint:nyt',
  description: 'New York Times Manual of Style and Usage',
  names: namesFor('nyt'),
  style: { courtesyTitles: 'later-references', courtesyTitleStop: true },
  rules: {},
};

export const profiles: readonly Profile[] = [ap, reuters, bbc, guardian, nyt];
const byId = new Map(profiles.map((p) => [p.id, p]));

export function getProfile(id: string): Profile | undefined {
  return byId.get(id);
}

export const DEFAULT_PROFILE = 'newslint:ap';
