// The site template, checked once: preferences are validated where they are stored, but the
// renderer still refuses a bad colour, URL or time zone rather than put it in a page.
import { defaultPreferences } from '../settings/preferences';
import { isKnownTimeZone, type DateFormat } from './dates';
import { oneLine } from './summary';
import type { SiteTemplate } from './types';

export interface ResolvedSite {
  masthead: string;
  /** Origin plus path, always ending in "/", so slugs resolve under it. */
  baseUrl: string;
  siteUrl: string;
  section: string;
  language: string;
  dateFormat: DateFormat;
  timeZone: string;
  accent: string;
  text: string;
  background: string;
  /** Problems found in the template, reported with every page rendered from it. */
  warnings: string[];
}

const DEFAULTS = defaultPreferences().site;
const HEX = /^#[0-9a-fA-F]{6}$/;
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

function httpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.hostname ? url : null;
  } catch {
    return null;
  }
}

const cache = new WeakMap<SiteTemplate, ResolvedSite>();

export function resolveSite(site: SiteTemplate | undefined): ResolvedSite {
  const given = site ?? DEFAULTS;
  const hit = cache.get(given);
  if (hit) return hit;
  const warnings: string[] = [];
  const str = (value: unknown, fallback: string) => (typeof value === 'string' ? oneLine(value) : fallback);
  const colour = (value: unknown, fallback: string, name: string) => {
    if (typeof value === 'string' && HEX.test(value)) return value.toLowerCase();
    warnings.push(`Site template: the ${name} colour is not a #rrggbb colour; the default is used.`);
    return fallback;
  };
  let url = httpUrl(str(given.siteUrl, ''));
  if (!url) {
    warnings.push('Site template: the site URL is not an http(s) address; the default is used.');
    url = new URL(DEFAULTS.siteUrl);
  }
  url.search = '';
  url.hash = '';
  const baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  let timeZone = str(given.timeZone, 'UTC') || 'UTC';
  if (!isKnownTimeZone(timeZone)) {
    warnings.push(`Site template: unknown time zone "${timeZone.slice(0, 64)}"; dates are shown in UTC.`);
    timeZone = 'UTC';
  }
  const language = typeof given.language === 'string' && LANGUAGE_TAG.test(given.language) ? given.language : 'en';
  const resolved: ResolvedSite = {
    masthead: str(given.masthead, DEFAULTS.masthead).slice(0, 120) || DEFAULTS.masthead,
    baseUrl,
    siteUrl: url.href,
    section: str(given.section, '').slice(0, 80),
    language,
    dateFormat: given.dateFormat === 'medium' || given.dateFormat === 'iso' ? given.dateFormat : 'long',
    timeZone,
    accent: colour(given.accent, DEFAULTS.accent, 'accent'),
    text: colour(given.text, DEFAULTS.text, 'text'),
    background: colour(given.background, DEFAULTS.background, 'background'),
    warnings,
  };
  cache.set(given, resolved);
  return resolved;
}

/** The page language: the story's, else the site's. */
export function pageLanguage(storyLanguage: unknown, site: ResolvedSite): string {
  return typeof storyLanguage === 'string' && LANGUAGE_TAG.test(storyLanguage) ? storyLanguage : site.language;
}

/** Right-to-left scripts get dir="rtl" on the page. */
export function isRtl(lang: string): boolean {
  return RTL.has(lang.split('-')[0]!.toLowerCase());
}

/** The story's canonical URL: the site URL plus the published slug. */
export function canonicalUrl(site: ResolvedSite, slug: string): string {
  // Non-ASCII letters are percent-encoded, as browsers would send them.
  return `${site.baseUrl}${encodeURIComponent(slug)}`;
}
