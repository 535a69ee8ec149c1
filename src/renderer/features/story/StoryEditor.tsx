// The story pane: every field of the open story, with its save state.
import { useEffect, useState } from 'react';
import type { StoryFields, StoryPatch } from '../../../shared/story/model';
import { STATUS_LABELS } from '../../../shared/story/model';
import { figuresOf, documentText } from '../../../shared/story/text';
import { SaveStatus } from '../../ui/SaveStatus';
import { bodyToPlain, plainToBody } from './plainBody';
import type { StoryDraft } from './useStoryDraft';

function TextField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  multiline?: boolean;
  className?: string;
  rows?: number;
}) {
  const id = `field-${props.label.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} value={props.value} rows={props.rows ?? 2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  );
}

export function StoryEditor({ draft: d, focusHeadline = false }: { draft: StoryDraft; focusHeadline?: boolean }) {
  const story = d.story;
  const fields = d.draft;
  // The body text field keeps its own text so typing blank lines is not normalised away mid-edit.
  const [bodyText, setBodyText] = useState('');
  const [tagsText, setTagsText] = useState('');
  useEffect(() => {
    if (fields) {
      setBodyText(bodyToPlain(fields.body));
      setTagsText(fields.tags.join(', '));
    }
    // Only when the draft is replaced from outside (another story, a reload), not on each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [story?.id, d.generation]);

  useEffect(() => {
    if (focusHeadline) document.getElementById('field-headline')?.focus();
  }, [focusHeadline]);

  if (d.loadError)
    return (
      <div className="pane story-pane empty" role="alert">
        {d.loadError}
      </div>
    );
  if (!story || !fields) return <div className="pane story-pane empty">Choose a story on the left, or start a new one.</div>;

  const set = (patch: StoryPatch) => d.setFields(patch);
  const field = (key: keyof StoryFields & string, label: string, extra: { multiline?: boolean; className?: string } = {}) => (
    <TextField label={label} value={String(fields[key] ?? '')} onChange={(v) => set({ [key]: v } as StoryPatch)} {...extra} />
  );

  return (
    <main className="pane story-pane" aria-label="Story">
      <div className="story-bar">
        <span className={`status-chip status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
        <span className="story-id">
          #{story.id} · v{story.version}
        </span>
        <SaveStatus state={d.saveState} />
        <button type="button" onClick={() => void d.saveRevision()} title="Save a named revision (Ctrl+S)">
          Save revision
        </button>
      </div>
      {d.saveState.kind === 'conflict' && (
        <div className="banner warning" role="alert">
          <p>
            Someone saved this story elsewhere while you were editing. Your text is safe: it is on screen and kept in the story's history.
          </p>
          <div className="banner-actions">
            <button type="button" onClick={() => void d.resolveConflict('theirs')}>
              Load their version
            </button>
            <button type="button" onClick={() => void d.resolveConflict('mine')}>
              Keep mine (save over theirs)
            </button>
          </div>
        </div>
      )}
      <div className="story-fields">
        {field('headline', 'Headline', { className: 'headline-field' })}
        {field('deck', 'Deck', { multiline: true })}
        <div className="field-row">
          {field('byline', 'Byline')}
          {field('dateline', 'Dateline')}
          {field('slug', 'Slug')}
        </div>
        <div className="field body-field">
          <label htmlFor="field-body">Body</label>
          <textarea
            id="field-body"
            value={bodyText}
            rows={16}
            onChange={(e) => {
              setBodyText(e.target.value);
              set({ body: plainToBody(e.target.value, fields.body) });
            }}
          />
        </div>
        {figuresOf(fields.body).length > 0 && (
          <ul className="figure-list" aria-label="Figures">
            {figuresOf(fields.body).map((f, i) => (
              <li key={i}>
                <strong>Figure {i + 1}:</strong> {documentText(f.caption) || '(no caption)'} {f.credit && <em>— {f.credit}</em>}
              </li>
            ))}
          </ul>
        )}
        <div className="field-row">
          {field('credit', 'Credit')}
          {field('copyright', 'Copyright')}
        </div>
        <div className="field">
          <label htmlFor="field-tags">Tags</label>
          <input
            id="field-tags"
            type="text"
            value={tagsText}
            onChange={(e) => {
              setTagsText(e.target.value);
              set({
                tags: e.target.value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              });
            }}
          />
        </div>
      </div>
    </main>
  );
}
