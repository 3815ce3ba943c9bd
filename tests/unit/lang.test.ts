import { describe, expect, it } from 'vitest';
import { isLang, preferredLang } from '../../src/lib/timeline/lang';

describe('preferredLang', () => {
  it.each([
    [['vi-VN', 'en'], 'vi'],
    [['de', 'fr-CA'], 'fr'],
    [[], 'en'],
    [['de', 'es'], 'en'],
    [['FR-fr'], 'fr'],
    [['en-GB', 'vi'], 'en'],
    [['zh-Hant-TW', 'vi'], 'vi']
  ] as [string[], string][])('picks %j → %s', (accepted, expected) => {
    expect(preferredLang(accepted)).toBe(expected);
  });
});

describe('isLang', () => {
  it.each([
    ['fr', true],
    ['en', true],
    ['vi', true],
    ['es', false],
    ['FR', false],
    ['vi-VN', false],
    ['', false],
    [undefined, false],
    [null, false],
    [1, false],
    [['fr'], false]
  ] as [unknown, boolean][])('says %j is a language: %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});
