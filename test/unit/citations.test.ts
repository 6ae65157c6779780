import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_RULES, MODEL_DOCUMENT, contentRulesOf } from '@/core/content-check/rules';
import { documentLabel } from '@/core/regulation/citation';
import { BUILT_IN_PROFILES, MODEL_PROFILE } from '@/core/regulation/profiles';
import { quietFromProfile } from '@/core/regulation/quiet-from-profile';
import { DEFAULT_QUIET_RULE } from '@/core/quiet-hours/windows';

describe('citations name the regulation by title and school, never by a file', () => {
  it('every built-in regulation is cited by its title, school and town', () => {
    for (const p of BUILT_IN_PROFILES) {
      const label = documentLabel(p);
      expect(label).not.toMatch(/\.txt|\.docx|\.pdf|_/);
      expect(label.startsWith(p.title.slice(0, 20))).toBe(true);
    }
    expect(documentLabel(BUILT_IN_PROFILES.find((p) => p.id === 'omsk-13')!)).toBe(
      'Порядок взаимодействия и использования ИКОП «Сферум» (БОУ г. Омска «Открытая (сменная) общеобразовательная школа № 13», Омск)',
    );
    expect(quietFromProfile(BUILT_IN_PROFILES[0])?.rule.document).toBe(documentLabel(BUILT_IN_PROFILES[0]));
    expect(contentRulesOf(BUILT_IN_PROFILES[0]).language.document).toBe(documentLabel(BUILT_IN_PROFILES[0]));
  });

  it('with no regulation chosen, the defaults cite the model rules, word for word, and say they are not the school’s', () => {
    expect(documentLabel(MODEL_PROFILE)).toBe(MODEL_DOCUMENT);
    const model = (clause: string) => [...MODEL_PROFILE.rules, ...MODEL_PROFILE.prohibitions].find((p) => p.clause === clause)!.text;
    expect(DEFAULT_CONTENT_RULES.language).toEqual({ document: MODEL_DOCUMENT, clause: '2.1', text: model('2.1') });
    expect(DEFAULT_CONTENT_RULES.personalData).toEqual({ document: MODEL_DOCUMENT, clause: '2.2', text: model('2.2') });
    expect(DEFAULT_QUIET_RULE).toEqual({ document: MODEL_DOCUMENT, clause: '2.3', text: model('2.3') });
    expect(quietFromProfile(MODEL_PROFILE)?.rule).toEqual(DEFAULT_QUIET_RULE);
  });
});
