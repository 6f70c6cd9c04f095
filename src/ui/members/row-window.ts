// Which rows of a long, scrolled list to draw, and which pages of them to ask the worker for.

/** Rows a page of members holds (one worker call). */
export const PAGE_ROWS = 200;

export interface RowWindow {
  /** First row to draw (0-based) and one past the last. */
  first: number;
  end: number;
}

/** The rows visible at `scrollTop` in a viewport `height` px high, plus `overscan` rows each side, within 0 … total. */
export function rowWindow(scrollTop: number, height: number, rowHeight: number, total: number, overscan = 10): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const bottom = Math.ceil((Math.max(0, scrollTop) + Math.max(0, height)) / rowHeight) + overscan;
  const first = Math.min(top, total);
  return { first, end: Math.min(total, Math.max(first, bottom)) };
}

/** Offsets of the pages (multiples of `size`) that hold rows first … end − 1. */
export function pagesFor({ first, end }: RowWindow, size = PAGE_ROWS): number[] {
  const pages: number[] = [];
  if (end <= first) return pages;
  for (let p = Math.floor(first / size) * size; p < end; p += size) pages.push(p);
  return pages;
}
