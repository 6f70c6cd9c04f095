// A text column's values for the value checklists, counted by the worker per value folded by the project's locale.

import type { ColumnProfile, TextValueCounts } from '../../../engine/api';
import { valueCounts } from '../../engine-client';

/** As many values as the column profile lists. */
const LIMIT = 100;

/**
 * The values and distinct count of the column `profile` of table `tableId` as the filter tells them apart in `locale`
 * (Bakı, BAKI and bakı as one Bakı in Azerbaijani). Asks the worker again when table, column or locale change, drops
 * answers that come after such a change, and gives the profile's own values meanwhile (and for columns not text).
 * Call it while a component starts.
 */
export function columnValues(source: () => { tableId: string | undefined; profile: ColumnProfile | undefined; locale: string }) {
  const tableId = $derived(source().tableId);
  const profile = $derived(source().profile);
  const locale = $derived(source().locale);
  let answer = $state.raw<{ tableId: string; profile: ColumnProfile; locale: string; counts: TextValueCounts } | null>(null);

  // Talks to the worker; the cleanup marks an answer still on its way as stale.
  $effect(() => {
    const [t, p, l] = [tableId, profile, locale];
    if (!t || p?.type !== 'text') return;
    let live = true;
    valueCounts(t, p.name, l, LIMIT).then((counts) => { if (live && counts) answer = { tableId: t, profile: p, locale: l, counts }; }).catch(() => { /* the profile's values stay */ });
    return () => { live = false; };
  });

  const current = $derived(answer && answer.tableId === tableId && answer.profile === profile && answer.locale === locale ? answer.counts : undefined);
  return {
    get top() { return current?.top ?? profile?.top ?? []; },
    get distinct() { return current?.distinct ?? profile?.distinct ?? 0; },
  };
}
