// Credits: the dictionary lookup, normalisation to house form, structured parts (IPTC and
// schema.org), the captions manager's figure problems and edits, and change previews.
export { creditBook, creditKey, parseDictionaryJson, tidy, type CreditDictionary, type CreditEntry, type CreditLookup } from './dictionary';
export { classifyCredit, normaliseCredit, CREDIT_PATTERNS, type CreditClass, type CreditFix } from './normalise';
export { creditFromIptc, creditParts, schemaOrgCredit, type CreditParts, type SchemaOrgCredit } from './parts';
export { readIptcCredits, type IptcCredits } from './iptc';
export { captionRepeatsHeadline, figureProblems } from './figureProblems';
export { figureAt, withFigureChange, type FigureChange } from './figureEdit';
export { planCreditChanges, type FigureCredit } from './preview';
