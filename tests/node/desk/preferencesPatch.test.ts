// Saving one preference (the Preferences dialog saves section by section) must leave every other
// preference as it was — Zod 4 fills defaults inside optional fields, which once reset them all.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { preferencesPatchSchema } from '../../../src/shared/settings/preferences';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.cleanup());

it('a patch parses to exactly the fields it names', () => {
  expect(preferencesPatchSchema.parse({ userName: 'Rita' })).toEqual({ userName: 'Rita' });
  expect(preferencesPatchSchema.parse({})).toEqual({});
  expect(preferencesPatchSchema.safeParse({ userName: '' }).success).toBe(false);
});

it('settingsUpdate with one field keeps the credit dictionary and the rest', async () => {
  const dictionary = [...app.settings.get().creditDictionary, { variant: 'Bloomberg News', house: 'Bloomberg' }];
  await app.registry.invoke('settingsUpdate', { patch: { creditDictionary: dictionary, typographyOnImport: true } }, { transport: 'test' });
  const result = await app.registry.invoke('settingsUpdate', { patch: { userName: 'Rita Okafor' } }, { transport: 'test' });
  expect(result).toMatchObject({ ok: true, value: { userName: 'Rita Okafor', typographyOnImport: true } });
  expect(app.settings.get().creditDictionary).toEqual(dictionary);
});
