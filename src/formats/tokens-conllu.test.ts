import { describe, expect, it } from 'vitest';
import { readConllu, sentenceText } from './conllu/index.js';
import { docToConllu } from './tokens-conllu.js';
import { makeDoc } from '../../test/tokenized-doc.js';

describe('docToConllu', () => {
  it('writes a range line for a multiword token and SpaceAfter=No from the offsets: کتابش = کتاب + ش, خواندم.', () => {
    const lines = docToConllu(makeDoc()).split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# sent_id = 1',
      '# text = کتابش را خواندم.',
      '1-2\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_',
      '1\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tش\t_\t_\t_\t_\t_\t_\t_\t_',
      '3\tرا\t_\t_\t_\t_\t_\t_\t_\t_',
      '4\tخواندم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
      '5\t.\t_\t_\t_\t_\t_\t_\t_\t_',
    ]);
  });

  it('fills LEMMA, UPOS, XPOS and FEATS when the doc has them: خواندم → خواند#خوان VERB V_PA', () => {
    const line = docToConllu(makeDoc({ tagged: true })).split('\n').find((l) => l.startsWith('4\t'));
    expect(line).toBe('4\tخواندم\tخواند#خوان\tVERB\tV_PA\tNumber=Sing|Person=1|Tense=Past\t_\t_\t_\tSpaceAfter=No');
  });

  it('reads back with readConllu, sentence texts and ids intact, # newpar and a custom first id', () => {
    const sentences = readConllu(docToConllu(makeDoc(), { firstSentenceId: 7, isNewParagraph: true }));
    expect(sentences.map(sentenceText)).toEqual(['کتابش را خواندم.', 'رفتم.']);
    expect(sentences[0]!.comments).toEqual(['# newpar', '# sent_id = 7', '# text = کتابش را خواندم.']);
    expect(sentences[1]!.comments[0]).toBe('# sent_id = 8');
    expect(sentences[1]!.lines.map((l) => l.columns[1])).toEqual(['رفتم', '.']);
  });
});
