// The rule pack main checks with: the one in the person's preferences (Preferences → House style),
// or the shipped default. The ready gate, export, `slugline check` and `slugline status` all ask
// here, so a story is gated by exactly the rules the Checks panel shows.
import type { RulePack } from '../../shared/checks';
import { effectiveRulePack } from '../../shared/settings/rulePack';
import type { SettingsStore } from '../settings/settingsStore';

export function rulePackOf(settings: Pick<SettingsStore, 'get'>): RulePack {
  return effectiveRulePack(settings.get());
}
