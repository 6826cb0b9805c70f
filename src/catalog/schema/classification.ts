import { z } from 'zod';
import { categorySchema } from './category.ts';

/** A contributor's reviewed classification; it overrides the derived one. */
export const classificationSchema = z
  .strictObject({
    category: categorySchema,
    rationale: z.string().trim().min(1).max(2000).describe('Why this category: one or two sentences a reviewer can check.'),
    evidence: z
      .array(z.string().trim().min(1).max(500))
      .max(20)
      .optional()
      .describe('The exact words or fields of the definition the classification rests on.'),
  })
  .describe('Our classification of the tool, set by hand. Leave it out to let the build derive one.');
export type Classification = z.infer<typeof classificationSchema>;
