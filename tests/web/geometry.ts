import type { Page } from 'playwright-core';

/*
 * The browser's globals, for the code page.evaluate runs in the page: declared here, loosely,
 * rather than with TypeScript's DOM library, which would change the types of Node's own fetch
 * for the whole project. (Declarations emit nothing: the page's own globals are used.)
 */
export interface BrowserRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
export interface BrowserElement {
  parentElement: BrowserElement | null;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  href?: string;
  getBoundingClientRect(): BrowserRect;
  contains(other: BrowserElement): boolean;
  checkVisibility(options?: object): boolean;
}
export interface BrowserDocument {
  documentElement: { scrollWidth: number };
  querySelector(selector: string): BrowserElement | null;
  querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
}
export interface BrowserWindow {
  innerWidth: number;
  innerHeight: number;
  scrollY: number;
  scrollTo(x: number, y: number): void;
}
declare const document: BrowserDocument;
declare const window: BrowserWindow;
declare function getComputedStyle(element: BrowserElement): { overflowX: string; overflowY: string };

/**
 * Geometric checks of a page as drawn: boxes of visible elements that overlap, elements that
 * stick out of the window sideways, and a page wider than the window. Run in the browser.
 */

export interface Box {
  name: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function intersect(a: Box, b: Box, slack = 0.5): boolean {
  return a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2;
}

/** Pairs of boxes that overlap, as "a × b". */
export function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (intersect(a, b)) found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
}

/**
 * The visible elements each selector matches (as far as scrolling ancestors show them), none
 * of which may overlap another (an element and its own ancestor or descendant are not
 * compared), none sticking out of the window sideways, and the page no wider than the window.
 */
export async function layoutProblems(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const problems: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    type Rect = { left: number; top: number; right: number; bottom: number };
    /** The part of an element that its scrolling or clipping ancestors let show. */
    const shown = (el: BrowserElement): Rect => {
      const b = el.getBoundingClientRect();
      const r = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        r.left = Math.max(r.left, c.left);
        r.top = Math.max(r.top, c.top);
        r.right = Math.min(r.right, c.right);
        r.bottom = Math.min(r.bottom, c.bottom);
      }
      return r;
    };
    const items: { el: BrowserElement; name: string; r: Rect }[] = [];
    for (const sel of sels) {
      Array.from(document.querySelectorAll(sel)).forEach((el, i) => {
        const r = shown(el);
        const visible =
          r.right - r.left > 0 &&
          r.bottom - r.top > 0 &&
          el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        if (!visible) return;
        const name = `${sel}[${i}]${el.textContent ? ` "${el.textContent.trim().slice(0, 16)}"` : ''}`;
        items.push({ el, name, r });
        if (r.left < -1 || r.right > width + 1)
          problems.push(`${name} sticks out of the window (${r.left}–${r.right})`);
      });
    }
    items.forEach((a, i) =>
      items.slice(i + 1).forEach((b) => {
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) return;
        const s = 0.5;
        if (
          a.r.left + s < b.r.right &&
          b.r.left + s < a.r.right &&
          a.r.top + s < b.r.bottom &&
          b.r.top + s < a.r.bottom
        )
          problems.push(`${a.name} overlaps ${b.name}`);
      }),
    );
    return problems;
  }, selectors);
}

/** Text of an SVG chart (axis labels, value labels, legend) that overlaps other text of it. */
export async function chartTextOverlaps(page: Page, chartSelector: string): Promise<string[]> {
  const boxes = await page.evaluate((sel) => {
    const texts = Array.from(document.querySelectorAll(`${sel} svg text`));
    return texts
      .map((t, i) => {
        const r = t.getBoundingClientRect();
        return { name: `${i}:${t.textContent ?? ''}`, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
      })
      .filter((b) => b.x2 > b.x1 && b.y2 > b.y1);
  }, chartSelector);
  return overlaps(boxes);
}
