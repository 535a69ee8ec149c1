// html-validate with its recommended rules, through its Node API: errors as readable lines.
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

export async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (line ${m.line}:${m.column}): ${m.message}`),
  );
}
