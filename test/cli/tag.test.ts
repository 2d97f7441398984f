// `dabir tag`: POS tags and lemmas from raw text, and LEMMA/UPOS filled into a CoNLL-U file without touching anything else.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runDabir } from './run-dabir.js';

beforeAll(() => ensureBuilt(), BUILD_TIMEOUT_MS);

const GOLD = [
  '# sent_id = s1',
  '# text = خودش آمد.',
  '1-2\tخودش\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tخود\t_\t_\tPR\t_\t3\tnsubj\t_\t_',
  '2\tش\t_\t_\t_\t_\t1\tnmod\t_\t_',
  '3\tآمد\t_\t_\t_\tTense=Past\t0\troot\t_\tSpaceAfter=No',
  '3.1\tآمد\t_\t_\t_\t_\t_\t_\t0:root\t_',
  '4\t.\t_\t_\t_\t_\t3\tpunct\t_\t_',
  '',
  '',
  '# sent_id = s2',
  '1\tاو\t_\t_\t_\t_\t4\tnsubj\t_\t_',
  '2\tبه\t_\t_\t_\t_\t3\tcase\t_\t_',
  '3\tتهران\t_\t_\t_\t_\t4\tobl\t_\t_',
  '4\tرفت\t_\t_\t_\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('dabir tag', () => {
  it.each([['او به تهران رفت.', 'او/PRON/', 'تهران/PROPN/', 'رفت/VERB/']])('tags raw text as form/UPOS/lemma: %s', (text, ...expected) => {
    const r = runDabir(['tag'], text);
    expect(r.code).toBe(0);
    for (const e of expected) expect(r.stdout).toContain(e);
  });

  it.each([['او به تهران رفت.']])('writes CoNLL-U with UPOS from raw text: %s', (text) => {
    const r = runDabir(['tag', '--format', 'conllu'], text);
    expect(r.code).toBe(0);
    const upos = r.stdout
      .split('\n')
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => l.split('\t')[3]);
    expect(upos).toContain('PRON');
    expect(upos).toContain('VERB');
  });

  it.each([['او به تهران رفت.']])('writes one JSON document per paragraph: %s', (text) => {
    const r = runDabir(['tag', '--format', 'json'], text);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout.trim().split('\n')[0]!)).not.toThrow();
  });

  it('fills LEMMA and UPOS of a CoNLL-U file and keeps every other byte', () => {
    const r = runDabir(['tag', '--input', 'conllu', '--format', 'conllu'], GOLD);
    expect(r.code).toBe(0);
    const inLines = GOLD.split('\n');
    const outLines = r.stdout.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const before = inLines[i]!.split('\t');
      const after = line.split('\t');
      if (!/^\d+$/.test(before[0]!)) return expect(line).toBe(inLines[i]);
      expect([after[0], after[1], ...after.slice(4)]).toEqual([before[0], before[1], ...before.slice(4)]);
      expect(after[3]).toMatch(/^[A-Z]+$/);
      expect(after[2]).not.toBe('_');
    });
    expect(outLines[13]!.split('\t')[3]).toBe('PROPN');
    expect(outLines[14]!.split('\t')[3]).toBe('VERB');
  });

  it.each([
    ['1\tکتاب\t_\n\n', 'CoNLL-U line 1: expected 10 tab-separated columns, found 3'],
    ['# a\n1\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n\n# b\n2\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n', 'CoNLL-U line 5: word ID 2 where 1 was expected'],
  ])('reports malformed CoNLL-U naming the line, exit 1: %j', (input, message) => {
    const r = runDabir(['tag', '--input', 'conllu'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it.each([['1\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n\n']])('refuses --input conllu with --format text (exit 2)', (input) => {
    const r = runDabir(['tag', '--input', 'conllu', '--format', 'text'], input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--input conllu writes CoNLL-U only');
  });

  it.each([[''], ['\n\n\n']])('prints nothing for empty input %j', (input) => {
    const r = runDabir(['tag'], input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('tags a 20,000-word CoNLL-U sentence in one piece', () => {
    const n = 20_000;
    const lines = Array.from({ length: n }, (_, i) => `${i + 1}\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_`);
    const r = runDabir(['tag', '--input', 'conllu'], `${lines.join('\n')}\n\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('\tNOUN\t'))).toHaveLength(n);
  });
});
