// Which imported column a palette block binds to: by name in any of our languages, then by type.

import type { CriterionBlock } from './palette';
import type { ColumnType } from './types';

export interface ColumnInfo { name: string; type: ColumnType }

/**
 * A name reduced to lower-case words: accents and dots dropped (ş → s, İ → i, ı → i), camelCase and
 * snake_case split, so `TotalCharges`, `total_charges` and `Total charges` all read `total charges`.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How well a column name fits one of the block's names: 0 none, higher better. */
function nameScore(column: string[], name: string[]): number {
  if (!name.length || name.length > column.length) return 0;
  if (name.length === column.length && name.every((w, i) => w === column[i])) return 3;
  // The block's words appear in a row inside the column's name: `income` in `household income k`.
  for (let i = 0; i + name.length <= column.length; i++) {
    if (name.every((w, j) => w === column[i + j])) return 2;
  }
  return 0;
}

/**
 * The column the block binds to, or undefined when none fits. An exact name beats a name inside a longer
 * one; the block's earlier names beat later ones; a preferred type beats an accepted one; then the shorter name.
 */
export function bindBlock(block: CriterionBlock, columns: ColumnInfo[]): string | undefined {
  let best: { column: string; score: number } | undefined;
  const names = block.names.map(nameWords);
  for (const c of columns) {
    const typeRank = block.types.indexOf(c.type);
    if (typeRank < 0) continue;
    const words = nameWords(c.name);
    for (let k = 0; k < names.length; k++) {
      const s = nameScore(words, names[k]);
      if (s === 0) continue;
      // Score parts, most important first: exactness, name order, type preference, brevity.
      const score = s * 1e6 - k * 1e3 - typeRank * 100 - Math.min(99, words.length);
      if (!best || score > best.score) best = { column: c.name, score };
      break;
    }
  }
  return best?.column;
}
