import type { Finding } from '../catalog/issues.ts';
import type { ValidFile } from '../catalog/rules.ts';
import { classificationOf } from './classify.ts';

/**
 * A derived classification with low confidence must not pass unnoticed: the check warns,
 * at the tool's line, until a person sets `classification` in the file.
 */
export function classificationNeedsReview({ server }: ValidFile): Finding[] {
  const out: Finding[] = [];
  server.tools.forEach((tool, i) => {
    // A reviewed classification is never derived (nor low): no need to run the classifier.
    if (tool.classification) return;
    const c = classificationOf(tool);
    if (c.origin !== 'derived' || c.confidence !== 'low') return;
    const why = c.conflicts.length > 0 ? c.conflicts.join('; ') : c.rationale;
    out.push({
      path: ['tools', i, 'name'],
      message: `needs review: classified ${c.category} with low confidence (${why}); set classification: { category, rationale } by hand`,
    });
  });
  return out;
}

/** Rules whose findings are warnings: the file is valid, but a person should look. */
export const WARNING_RULES = [classificationNeedsReview];
