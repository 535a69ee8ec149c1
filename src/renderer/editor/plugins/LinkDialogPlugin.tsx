// Insert or edit a link on the selection (Ctrl/Cmd+K or the toolbar): a small panel with the
// address, checked before it is applied (http, https, mailto only) with the reason shown when not.
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { checkLinkUrl } from '../linkUrl';

interface Open {
  url: string;
  existing: boolean;
  selection: BaseSelection | null;
}

export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<Open | null>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
          const url = $isLinkNode(link) ? link.getURL() : '';
          setOpen({ url, existing: $isLinkNode(link), selection: selection.clone() });
          setAddress(url);
          setError(null);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) return null;

  const close = () => {
    setOpen(null);
    editor.focus();
  };

  const apply = () => {
    const checked = checkLinkUrl(address);
    if (!checked.ok) {
      setError(checked.error);
      input.current?.focus();
      return;
    }
    editor.update(() => {
      if (open.selection) $setSelection(open.selection.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && !open.existing) {
        // Nothing selected: the address itself becomes the linked text.
        const link = $createLinkNode(checked.url).append($createTextNode(address.trim()));
        selection.insertNodes([link]);
        return;
      }
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, checked.url);
    });
    close();
  };

  const remove = () => {
    editor.update(() => {
      if (open.selection) $setSelection(open.selection.clone());
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    });
    close();
  };

  return (
    <div
      className="link-panel"
      role="dialog"
      aria-label={open.existing ? 'Edit link' : 'Insert link'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={`${id}-url`}>Link address</label>
      <input
        id={`${id}-url`}
        ref={input}
        type="text"
        inputMode="url"
        value={address}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder="https://…"
        onChange={(event) => {
          setAddress(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          }
        }}
      />
      <button type="button" className="primary" onClick={apply}>
        Apply link
      </button>
      {open.existing && (
        <button type="button" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={close}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="error-text link-error">
          {error}
        </p>
      )}
    </div>
  );
}
