/**
 * The keyword stopword set (models/news/stopwords.txt, built by news.train.ts from Hazm's MIT list and
 * Dabir's news list), loaded once and shared read-only. Keys are folded («می‌شود» → «میشود»).
 */
import { DabirError } from '../../errors.js';
import { lazyModel, loadModelJson, loadModelText } from '../../model-loader/load-model.js';

/** The models/news format this code reads. */
export const NEWS_MODEL_FORMAT = 1;

/** The stopword keys; throws DabirError `model-incompatible` for a models/news of another format. */
export const newsStopwords = lazyModel((): ReadonlySet<string> => {
  const meta = loadModelJson<{ formatVersion?: number }>('news/model.json');
  if (meta.formatVersion !== NEWS_MODEL_FORMAT) {
    throw new DabirError(
      'model-incompatible',
      `models/news has format ${String(meta.formatVersion)}, this code reads format ${NEWS_MODEL_FORMAT}; run \`npm run train -- news\``,
    );
  }
  return new Set(loadModelText('news/stopwords.txt').split('\n').filter(Boolean));
});
