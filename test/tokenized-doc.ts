// A hand-built tokenized Doc for format tests: «کتابش را خواندم. رفتم.» with «کتابش» as a multiword token (کتاب + ش).
import { createDoc, markAssigned, type Doc } from '../src/doc/doc.js';
import { uposId } from '../src/doc/labels.js';
import { OffsetMap } from '../src/doc/offset-map.js';
import { createTokenTable } from '../src/doc/token-table.js';

/** Source «كتابش را خواندم.  رفتم.» (Arabic kaf, two spaces) normalized to «کتابش را خواندم. رفتم.». */
export function makeDoc(options: { tagged?: boolean } = {}): Doc {
  const source = 'كتابش را خواندم.  رفتم.';
  const text = 'کتابش را خواندم. رفتم.';
  // Output offsets from 17 on came from one character later in the source (the dropped second space).
  const map = new OffsetMap(Int32Array.of(0, 17), Int32Array.of(0, 1), text.length, source.length);
  const doc = createDoc(source, text, map, [
    { start: 0, end: 1, sourceStart: 0, sourceEnd: 1, rule: 'fold/arabic-kaf' },
    { start: 16, end: 17, sourceStart: 16, sourceEnd: 18, rule: 'spacing/collapse' },
  ]);
  const words = [
    { start: 0, end: 4, surface: 0 }, // کتاب
    { start: 4, end: 5, surface: 0 }, // ش
    { start: 6, end: 8 }, // را
    { start: 9, end: 15 }, // خواندم
    { start: 15, end: 16 }, // .
    { start: 17, end: 21 }, // رفتم
    { start: 21, end: 22 }, // .
  ];
  const sentenceOf = [0, 0, 0, 0, 0, 1, 1];
  doc.tokens = createTokenTable(words, (i) => sentenceOf[i]!);
  doc.sentences = [
    { start: 0, end: 16, tokenStart: 0, tokenEnd: 5 },
    { start: 17, end: 22, tokenStart: 5, tokenEnd: 7 },
  ];
  markAssigned(doc, ['sentences', 'tokens']);
  if (options.tagged) {
    const tags = ['NOUN', 'PRON', 'ADP', 'VERB', 'PUNCT', 'VERB', 'PUNCT'];
    const lemmas = ['کتاب', 'او', 'را', 'خواند#خوان', '.', 'رفت#رو', '.'];
    tags.forEach((tag, i) => {
      doc.tokens.upos[i] = uposId(tag);
      doc.tokens.lemma[i] = lemmas[i]!;
    });
    doc.tokens.feats[3] = 'Number=Sing|Person=1|Tense=Past';
    doc.tokens.xpos[3] = 'V_PA';
    markAssigned(doc, ['upos', 'lemma']);
  }
  return doc;
}
