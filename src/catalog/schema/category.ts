import { z } from 'zod';

/** What a tool does to the world, from least to most dangerous. */
export const CATEGORIES = ['Read', 'Write', 'Execute', 'Destructive', 'Financial'] as const;
export const categorySchema = z.enum(CATEGORIES).describe('What the tool does: Read, Write, Execute, Destructive or Financial.');
export type Category = z.infer<typeof categorySchema>;

export const RISK_CLASSES = ['Low', 'Medium', 'High', 'Critical'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** The one place where risk follows from category. */
const RISK_BY_CATEGORY: Record<Category, RiskClass> = {
  Read: 'Low',
  Write: 'Medium',
  Execute: 'High',
  Destructive: 'Critical',
  Financial: 'Critical',
};

export function riskOf(category: Category): RiskClass {
  return RISK_BY_CATEGORY[category];
}

/** Categories whose tools can change or destroy something outside the agent. */
export function canModify(category: Category): boolean {
  return category !== 'Read';
}
