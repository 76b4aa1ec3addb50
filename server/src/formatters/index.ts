import type { Formatter } from './types';
import { stylish, compact } from './text';
import { json } from './json';
import { github } from './github';
import { sarif } from './sarif';
import { junit, checkstyle } from './xml';

export * from './types';

export const formatters: Record<string, Formatter> = { stylish, json, compact, github, sarif, junit, checkstyle };
