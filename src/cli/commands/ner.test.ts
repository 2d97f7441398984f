// `dabir ner`: raw text to JSON or token<TAB>BIO, and `--input conll` on a corpus's own tokens.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runDabir } from '../../../test/cli/run-dabir.js';

// The first CLI test file to run builds dist/, which takes a while on a busy machine.
beforeAll(ensureBuilt, 180_000);

describe('dabir ner --input conll --format conll', () => {
  it.each([
    ['one token per line', 'خبرگزاری\nمهر\nگزارش\nداد\n\nپوتین\nدر\nمسکو\n'],
    ['extra tab-separated columns', 'خبرگزاری\tB-ORG\nمهر\tI-ORG\nگزارش\tO\nداد\tO\n\nپوتین\tB-PER\nدر\tO\nمسکو\tB-LOC\n'],
    ['extra space-separated columns and CRLF', 'خبرگزاری B-ORG\r\nمهر I-ORG\r\nگزارش O\r\nداد O\r\n\r\nپوتین B-PER\r\nدر O\r\nمسکو B-LOC\r\n'],
  ])('writes token<TAB>BIO for exactly the input tokens (%s)', (_, input) => {
    const r = runDabir(['ner', '--input', 'conll', '--format', 'conll'], input);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sentences = r.stdout.trimEnd().split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')));
    expect(sentences.map((s) => s.map((l) => l[0]))).toEqual([['خبرگزاری', 'مهر', 'گزارش', 'داد'], ['پوتین', 'در', 'مسکو']]);
    for (const s of sentences) for (const l of s) expect(l[1]).toMatch(/^(O|[BI]-(PER|LOC|ORG|FAC|EVENT|PRODUCT|DATE|TIME|MONEY|PERCENT))$/);
    expect(sentences[0]!.map((l) => l[1])).toEqual(['B-ORG', 'I-ORG', 'O', 'O']);
  });

  it.each([['--format json']])('rejects --input conll with %s as a usage error', (flag) => {
    const r = runDabir(['ner', '--input', 'conll', ...flag.split(' ')], 'مهر\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format conll/);
  });
});

describe('dabir ner (raw text)', () => {
  it.each([['ولادیمیر پوتین، رئیس‌جمهوری روسیه، روز دوشنبه ۱۵ خرداد ۱۴۰۲ در مسکو گفت که پوتین آماده است.']])(
    'writes the Doc JSON with entities and mention groups for «%s»',
    (text) => {
      const r = runDabir(['ner'], text);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { text: string; entities: Array<{ label: string; start: number; end: number; group: number; value?: string }>; mentionGroups: Array<{ canonical: string; mentions: number[] }> };
      const found = doc.entities.map((e) => [e.label, doc.text.slice(e.start, e.end)]);
      expect(found).toContainEqual(['PER', 'ولادیمیر پوتین']);
      expect(found).toContainEqual(['LOC', 'مسکو']);
      expect(doc.entities.find((e) => e.label === 'DATE')?.value).toBe('2023-06-05');
      const putin = doc.mentionGroups.find((g) => g.canonical === 'ولادیمیر پوتین')!;
      expect(putin.mentions).toHaveLength(2);
    },
  );

  it.each([['--format conll']])('writes token<TAB>BIO lines with %s', (flag) => {
    const r = runDabir(['ner', ...flag.split(' ')], 'به گزارش خبرگزاری مهر، پوتین در مسکو گفت.');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').filter((l) => l !== '');
    expect(lines.every((l) => /^[^\t]+\t(O|[BI]-[A-Z]+)$/.test(l))).toBe(true);
    expect(lines).toContain('مسکو\tB-LOC');
  });
});
