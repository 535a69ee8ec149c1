// Wire items written for the project (invented copy), built in code so tests can vary ids,
// versions and status. The shapes follow IPTC ninjs 1.x.
export interface NinjsOptions {
  uri?: string;
  version?: string;
  headline?: string;
  pubstatus?: 'usable' | 'canceled' | 'withheld';
  body?: string;
  slug?: string;
  ednote?: string;
}

export function ninjsItem(options: NinjsOptions = {}): string {
  return JSON.stringify(
    {
      uri: options.uri ?? 'urn:slugline-test:item:harbour-1',
      version: options.version ?? '1',
      type: 'text',
      pubstatus: options.pubstatus ?? 'usable',
      provider: 'Slugline Test Wire',
      versioncreated: '2026-03-02T09:15:00+01:00',
      language: 'en',
      urgency: 4,
      slugline: options.slug ?? 'Harbour-Ferry',
      headline: options.headline ?? 'Ferry service to the islands resumes after storm',
      byline: 'By Ines Okafor',
      located: 'NORTH BAY',
      ...(options.ednote ? { ednote: options.ednote } : {}),
      body_html:
        options.body ??
        '<p>NORTH BAY (STW) — Ferries to the outer islands sailed again on Monday after a three-day storm kept the fleet in port.</p><p>The operator said <em>all</em> routes would run to the normal timetable by Wednesday.</p>',
      copyrightnotice: '© 2026 Slugline Test Wire. Written for the Slugline project.',
    },
    null,
    2,
  );
}

export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

export const utf8 = (text: string) => new TextEncoder().encode(text);
