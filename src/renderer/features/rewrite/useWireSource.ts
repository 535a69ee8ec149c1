// The wire side of a story: the item its rewrite is measured against (the version it was made
// from, or the newest version already reviewed), a newer version waiting for review, and the
// repairs reverted on the item shown.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoryFlag, WireItemView } from '../../../shared/wire/model';
import { call } from '../../bridge';

export interface WireSource {
  loading: boolean;
  error: string | null;
  /** The version the rewrite is compared with. */
  base: WireItemView | null;
  /** The newest version not yet reviewed, and the flags announcing it (oldest first). */
  newer: WireItemView | null;
  reverted: Set<number>;
  setReverted(repairIndex: number, reverted: boolean): Promise<void>;
}

export function useWireSource(wireItemId: number | null, flags: readonly StoryFlag[]): WireSource {
  const updates = flags.filter((f) => f.kind === 'update' && f.wireItemId !== null);
  // Flags come newest first: the newest reviewed version is the base, the newest pending is compared.
  const baseId = updates.find((f) => f.acknowledgedAt)?.wireItemId ?? wireItemId;
  const newerId = updates.find((f) => !f.acknowledgedAt)?.wireItemId ?? null;
  const [base, setBase] = useState<WireItemView | null>(null);
  const [newer, setNewer] = useState<WireItemView | null>(null);
  const [reverts, setReverts] = useState<number[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    if (baseId === null) {
      setBase(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    Promise.all([call('wireGet', { id: baseId }), call('wireRepairReverts', { wireItemId: baseId })]).then(
      ([item, r]) => {
        if (!live) return;
        setBase(item);
        setReverts(r.reverts.map((x) => x.repairIndex));
        setLoading(false);
      },
      (err: Error) => {
        if (!live) return;
        setError(err.message);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [baseId]);

  useEffect(() => {
    let live = true;
    if (newerId === null) {
      setNewer(null);
      return;
    }
    call('wireGet', { id: newerId }).then(
      (item) => live && setNewer(item),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [newerId]);

  const setReverted = useCallback(
    async (repairIndex: number, reverted: boolean) => {
      if (!base) return;
      const r = await call('wireRepairRevert', { wireItemId: base.id, repairIndex, reverted });
      setReverts(r.reverts.map((x) => x.repairIndex));
    },
    [base],
  );

  const revertedSet = useMemo(() => new Set(reverts), [reverts]);
  return { loading, error, base, newer, reverted: revertedSet, setReverted };
}
