import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { SiteCheck } from './site.ts';

/** html-validate on every page with the project's rules (.htmlvalidate.json); errors only. */
export function markupCheck(config: ConfigData): SiteCheck {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  return {
    name: 'markup',
    page({ url, html }) {
      const report = validator.validateStringSync(html, `${url}index.html`);
      return report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => ({ check: 'markup', url, line: m.line, message: `${m.ruleId}: ${m.message}` })),
      );
    },
  };
}
