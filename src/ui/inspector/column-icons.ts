// The icon that stands for each column type in the inspector (Lucide): # for numbers, T for text, and so on.

import Calendar from '@lucide/svelte/icons/calendar';
import Hash from '@lucide/svelte/icons/hash';
import Tags from '@lucide/svelte/icons/tags';
import ToggleLeft from '@lucide/svelte/icons/toggle-left';
import Type from '@lucide/svelte/icons/type';
import type { ColumnType } from '../../model/types';

/** Icon component per column type. */
export const COLUMN_ICONS = { number: Hash, text: Type, date: Calendar, boolean: ToggleLeft, tags: Tags } satisfies Record<ColumnType, unknown>;

/** Column types in the order the column picker groups them. */
export const TYPE_ORDER: ColumnType[] = ['text', 'number', 'date', 'boolean', 'tags'];
