// The fields of one open story as Lexical editors (created once per story: the parent keys this
// component by story id), with the find bar, the shortcuts overlay and field navigation.
import { createEmptyHistoryState } from '@lexical/history';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Story, StoryFields as Fields } from '../../../shared/story/model';
import { BodyField } from '../../editor/fields/BodyField';
import { SingleLineField } from '../../editor/fields/SingleLineField';
import { StoryEditors, StoryEditorsContext, type FieldId } from '../../editor/fields/storyEditors';
import { TagsField } from '../../editor/fields/TagsField';
import { CheckUnderlinesPlugin } from '../../editor/plugins/CheckUnderlinesPlugin';
import { ChecksRunner } from '../checks/ChecksRunner';
import { useClaim } from '../claims/ClaimContext';
import { FindPanel, type FindMode } from '../find/FindPanel';
import { ShortcutsOverlay } from '../shortcuts/ShortcutsOverlay';
import { focusField, useStoryShortcuts } from '../shortcuts/useStoryShortcuts';
import { usePreferences } from '../preferences/preferencesStore';
import type { StoryDraft } from './useStoryDraft';

export interface StoryFieldsProps {
  story: Story;
  fields: Fields;
  draft: StoryDraft;
  focusHeadline: boolean;
  /** Lets the story bar open find and the overlay. */
  commandsRef: { current: { openFind(mode: FindMode): void; openShortcuts(): void } | null };
}

function selectedText(): string {
  const text = window.getSelection()?.toString() ?? '';
  return text.length > 0 && text.length <= 200 && !text.includes('\n') ? text : '';
}

export function StoryFields({ story, fields, draft: d, focusHeadline, commandsRef }: StoryFieldsProps) {
  const prefs = usePreferences();
  const editors = useMemo(() => new StoryEditors(), []);
  // Body and captions share one history (one document on screen); each line field has its own.
  const histories = useMemo(
    () => ({
      headline: createEmptyHistoryState(),
      deck: createEmptyHistoryState(),
      byline: createEmptyHistoryState(),
      dateline: createEmptyHistoryState(),
      body: createEmptyHistoryState(),
      credit: createEmptyHistoryState(),
      copyright: createEmptyHistoryState(),
      tags: createEmptyHistoryState(),
    }),
    [],
  );
  const { markDirty, registerSource, generation, setFields } = d;
  const link = useMemo(() => ({ markDirty, registerSource, generation }), [markDirty, registerSource, generation]);
  // Someone else holds the story (copy desk claims): every editor shows it read-only.
  const readOnly = useClaim(story.id).heldByOther;
  useEffect(() => {
    for (const field of editors.list()) field.editor.setEditable(!readOnly);
  }, [editors, readOnly]);
  const [find, setFind] = useState<{ mode: FindMode; query: string; count: number } | null>(null);
  const [overlay, setOverlay] = useState(false);

  const actions = useMemo(
    () => ({
      openFind: (mode: FindMode) => setFind((open) => ({ mode, query: selectedText(), count: (open?.count ?? 0) + 1 })),
      openShortcuts: () => setOverlay(true),
    }),
    [],
  );
  useStoryShortcuts(editors, actions);
  useEffect(() => {
    commandsRef.current = actions;
    return () => {
      commandsRef.current = null;
    };
  }, [commandsRef, actions]);

  useEffect(() => {
    if (focusHeadline) editors.get('headline')?.editor.focus(undefined, { defaultSelection: 'rootEnd' });
  }, [focusHeadline, editors]);

  const onEnter = useCallback((field: FieldId, shift: boolean) => focusField(editors, field, shift ? -1 : 1), [editors]);

  const closeFind = () => {
    setFind(null);
    const last = editors.focused() ?? editors.get('body');
    last?.editor.focus();
  };

  const line = (field: 'byline' | 'dateline' | 'credit' | 'copyright', counted = false) => (
    <SingleLineField
      field={field}
      storyId={story.id}
      value={fields[field]}
      draft={link}
      history={histories[field]}
      onEnter={onEnter}
      counted={counted}
    />
  );

  return (
    <StoryEditorsContext.Provider value={editors}>
      {find && <FindPanel mode={find.mode} initialQuery={find.query} openCount={find.count} onClose={closeFind} />}
      {overlay && <ShortcutsOverlay onClose={() => setOverlay(false)} />}
      <div className="story-fields">
        <SingleLineField
          field="headline"
          className="headline-field"
          storyId={story.id}
          value={fields.headlineDoc ?? fields.headline}
          draft={link}
          history={histories.headline}
          italic
          target={prefs.targets.headlineChars}
          onEnter={onEnter}
        />
        <SingleLineField
          field="deck"
          className="deck-field"
          storyId={story.id}
          value={fields.deckDoc ?? fields.deck}
          draft={link}
          history={histories.deck}
          italic
          target={prefs.targets.deckChars}
          onEnter={onEnter}
        />
        <div className="field-row">
          {line('byline', true)}
          {line('dateline', true)}
          <div className="field line-field">
            <div className="field-head">
              <label className="field-label" htmlFor="field-slug">
                Slug
              </label>
            </div>
            <input
              id="field-slug"
              type="text"
              className="slug-input"
              value={fields.slug}
              readOnly={readOnly}
              spellCheck={false}
              onChange={(e) => setFields({ slug: e.target.value })}
            />
          </div>
        </div>
        <BodyField
          storyId={story.id}
          value={fields.body}
          draft={link}
          history={histories.body}
          captionTarget={prefs.targets.captionChars}
        />
        <div className="field-row">
          {line('credit')}
          {line('copyright')}
        </div>
        <TagsField storyId={story.id} value={fields.tags} draft={link} history={histories.tags} />
      </div>
      <ChecksRunner story={story} draft={d} />
      <CheckUnderlinesPlugin />
    </StoryEditorsContext.Provider>
  );
}
