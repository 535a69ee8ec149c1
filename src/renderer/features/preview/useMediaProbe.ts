// Which of the draft's images the media library really has, and their size: each id is loaded
// once as an image from the app's own media URL (mediaUrl), so the preview warns about a missing
// file as the export does, instead of showing a broken picture.
import { useEffect, useMemo, useState } from 'react';
import type { MediaResolver } from '../../../shared/render/types';
import { mediaUrl } from '../../bridge';

type Probe = { state: 'pending' } | { state: 'found'; width: number; height: number } | { state: 'missing' };

const probes = new Map<string, Probe>();
const waiting = new Map<string, Set<() => void>>();

function probe(id: string, done: () => void): void {
  const known = probes.get(id);
  if (known && known.state !== 'pending') return;
  let subscribers = waiting.get(id);
  if (!subscribers) {
    subscribers = new Set();
    waiting.set(id, subscribers);
    probes.set(id, { state: 'pending' });
    const image = new Image();
    const settle = (result: Probe) => {
      probes.set(id, result);
      for (const notify of waiting.get(id) ?? []) notify();
      waiting.delete(id);
    };
    image.onload = () => settle({ state: 'found', width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => settle({ state: 'missing' });
    image.src = mediaUrl(id);
  }
  subscribers.add(done);
}

/** A resolver for the preview: found images at their media URL, missing ones as null (warned). */
export function useMediaResolver(ids: readonly string[]): MediaResolver {
  const [tick, setTick] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const bump = () => live && setTick((t) => t + 1);
    for (const id of key ? key.split(',') : []) probe(id, bump);
    return () => {
      live = false;
    };
  }, [key]);
  return useMemo(() => {
    void tick; // a new resolver (and so a new render) each time a probe settles
    return (id: string) => {
      const known = probes.get(id);
      if (known?.state === 'missing') return null;
      // Until the probe answers, the picture is shown at its URL (most images are there).
      return known?.state === 'found'
        ? { src: mediaUrl(id), width: known.width, height: known.height }
        : { src: mediaUrl(id), width: null, height: null };
    };
  }, [tick]);
}
