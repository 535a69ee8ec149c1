// User preferences: one schema with defaults, shared by Electron (electron-store), the browser
// mode and the CLI (conf). Unknown or invalid stored values fall back to the defaults.
import { z } from 'zod';
import { rulePackPreferenceSchema } from './rulePack';

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const preferencesSchema = z.object({
  /** Who is at this seat: recorded on revisions and workflow changes. */
  userName: z.string().trim().min(1).max(80).default('Editor'),
  /** Length targets for single-line fields, in user-perceived characters. */
  targets: z
    .object({
      headlineChars: z.number().int().min(10).max(500).default(70),
      deckChars: z.number().int().min(10).max(1000).default(160),
      captionChars: z.number().int().min(10).max(2000).default(300),
    })
    .prefault({}),
  /** Apply typographic normalisation (curly quotes, dashes, ellipsis) when wire copy is imported. */
  typographyOnImport: z.boolean().default(false),
  /** House rewrite credit rules: share of the body's words that are new. */
  creditRules: z
    .object({
      agencyBelow: z.number().min(0).max(1).default(0.2),
      staffAbove: z.number().min(0).max(1).default(0.8),
      mixedByline: z.string().max(200).default('Staff and wire reports'),
      staffByline: z.string().max(200).default(''),
    })
    .prefault({}),
  /** House credit forms: variant (case-insensitive) → house form. */
  creditDictionary: z
    .array(z.object({ variant: z.string().min(1).max(200), house: z.string().min(1).max(200) }))
    .max(5000)
    .default([
      { variant: 'The-CNN-Wire', house: 'CNN' },
      { variant: 'CNN Wire', house: 'CNN' },
      { variant: '(CNN)', house: 'CNN' },
      { variant: 'Associated Press', house: 'AP' },
      { variant: 'The Associated Press', house: 'AP' },
      { variant: 'Reuters', house: 'Reuters' },
      { variant: 'Agence France-Presse', house: 'AFP' },
      { variant: 'Deutsche Presse-Agentur', house: 'dpa' },
    ]),
  /** House choice for the United States abbreviation in copy. */
  usStyle: z.enum(['U.S.', 'US']).default('U.S.'),
  /** Folder watched for incoming wire files; empty = off. */
  watchFolder: z.string().max(4096).default(''),
  /** The publish template. */
  site: z
    .object({
      masthead: z.string().max(120).default('The Daily Slug'),
      siteUrl: z.string().url().max(500).default('https://news.example.com'),
      section: z.string().max(80).default('News'),
      language: z.string().max(35).default('en'),
      dateFormat: z.enum(['long', 'medium', 'iso']).default('long'),
      timeZone: z.string().max(64).default('UTC'),
      accent: hexColor.default('#b3261e'),
      text: hexColor.default('#1d1d1f'),
      background: hexColor.default('#ffffff'),
    })
    .prefault({}),
  autosaveDelayMs: z.number().int().min(200).max(5000).default(800),
  /** The house rule pack as edited or imported in Preferences → House style; null = the shipped default. */
  rulePack: rulePackPreferenceSchema.default(null),
  /** Where the app's exports go (a full path); empty = the `exports` folder in the data folder. */
  exportFolder: z.string().max(4096).default(''),
});

export type Preferences = z.infer<typeof preferencesSchema>;
/** A field's schema without its default, so an absent field stays absent. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault ? (schema.unwrap() as z.ZodType) : schema;
}

/**
 * A patch names only the preferences it changes. Not `preferencesSchema.partial()`: Zod 4 fills
 * defaults inside optional fields, so a patch of one field would reset every other to its default.
 */
export const preferencesPatchSchema = z.object(
  Object.fromEntries(Object.entries(preferencesSchema.shape).map(([key, field]) => [key, withoutDefault(field).optional()])),
) as unknown as z.ZodType<Partial<z.infer<typeof preferencesSchema>>>;
export type PreferencesPatch = Partial<z.infer<typeof preferencesSchema>>;

export function defaultPreferences(): Preferences {
  return preferencesSchema.parse({});
}

/** Read stored preferences leniently: each invalid top-level key falls back to its default. */
export function readPreferences(stored: unknown): Preferences {
  const base = defaultPreferences();
  if (!stored || typeof stored !== 'object') return base;
  const result: Record<string, unknown> = { ...base };
  const shape = preferencesSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    const field = shape[key];
    if (!field) continue;
    const parsed = field.safeParse(value);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Preferences;
}
