import { AlignmentType, LevelFormat } from 'docx';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** A Word list's numbering, as a regulation's clauses use it: sections «%1.» in `top`'s format, clauses «%1.%2.» under them. */
export const clauseList = (reference: string, top: Format = LevelFormat.DECIMAL, legal = false) => ({
  reference,
  levels: [
    { level: 0, format: top, text: '%1.', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT, ...(legal && { isLegalNumberingStyle: true }) },
  ],
});

/** A Word list of one level written «%1)» in `format` («а)», «1)»). */
export const itemList = (reference: string, format: Format) => ({ reference, levels: [{ level: 0, format, text: '%1)', alignment: AlignmentType.LEFT }] });
