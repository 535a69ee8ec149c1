// What the preview pane's search-result and social-card previews show: the same title,
// description, URL and image the page's head carries, cut where the page cuts them.
import { describe, expect, it } from 'vitest';
import { pageSnippet, renderArticleWithWarnings, renderPage } from '../../../src/shared/render';
import { documentFromText, figure } from '../../../src/shared/story/document';
import { bodyOf, input, MEDIA_A } from './support/stories';

describe('pageSnippet', () => {
  it('matches the page head: title, description, canonical URL and card image', () => {
    const page = input();
    const snippet = pageSnippet(page);
    const { html } = renderPage(page);
    expect(snippet).toEqual({
      title: 'Harbour bridge reopens after six months of repairs | The Daily Slug',
      headline: 'Harbour bridge reopens after six months of repairs',
      description: 'Commuters regain the shortest route across the river, but cyclists say the new lanes are too narrow',
      url: 'https://news.example.com/harbour-bridge-reopens',
      siteName: 'The Daily Slug',
      image: { url: `https://news.example.com/assets/${MEDIA_A}.jpg`, alt: 'Two buses crossing a steel bridge over a river at dawn' },
    });
    expect(html).toContain(`<title>${snippet.title}</title>`);
    expect(html).toContain(`<meta name="description" content="${snippet.description}">`);
    expect(html).toContain(`<meta property="og:image" content="${snippet.image!.url}">`);
  });

  it('cuts a long headline for the title at a word, and a long first paragraph for the description', () => {
    const long = 'Council approves the harbour bridge budget after a night of debate over cycle lanes and bus routes';
    const snippet = pageSnippet(input({ headline: long, deck: '', body: documentFromText(`${long}. ${long}. ${long}.`) }));
    expect(snippet.title).toBe('Council approves the harbour bridge budget after a night of debate…');
    expect(snippet.title.length).toBeLessThanOrEqual(70);
    expect(snippet.headline).toBe(long);
    expect(snippet.description.length).toBeLessThanOrEqual(160);
    expect(snippet.description.endsWith('…')).toBe(true);
  });

  it('has no card image when the picture has no public address (single-file export, preview)', () => {
    expect(pageSnippet(input({}, { media: () => ({ src: 'data:image/png;base64,iVBORw0KGgo=', width: 1, height: 1 }) })).image).toBeNull();
    expect(pageSnippet(input({}, { media: (id) => ({ src: `app://slugline/media/${id}`, width: 1, height: 1 }) })).image).toBeNull();
  });
});

describe('renderArticleWithWarnings', () => {
  it('gives the fragment "Copy HTML" pastes, and what is missing', () => {
    const { html, warnings } = renderArticleWithWarnings(
      input({
        body: bodyOf(
          figure({ mediaId: null, width: null, height: null, alt: '', credit: 'Lena Sorvik', caption: documentFromText('A bridge') }),
        ),
      }),
    );
    expect(html.startsWith('<article>\n<header>')).toBe(true);
    expect(html).not.toContain('<html');
    expect(warnings).toEqual(['Figure 1 (“A bridge”): the image file is missing; exported with its caption and credit only.']);
  });
});
