// In-page timings of the open model picker, measured inside the page so no CDP round trip is counted:
// each step starts on the main thread and ends after the next frame was painted (rAF, then a task).
import type { Page } from '@playwright/test';

export interface PickerTimings {
  /** click → the open list painted */
  open: number;
  /** per typed character: the filter applied and painted */
  keys: number[];
  /** per ArrowDown: the active option moved and painted */
  arrows: number[];
  /** page clock at the start and end of it all, for the long tasks in between */
  from: number;
  to: number;
  /** the combobox's value after Enter */
  chosen: string;
}

/** Opens the picker, types `filter` one character at a time, presses ArrowDown `arrows` times, then Enter. */
export function timePicker(page: Page, filter: string, arrows: number): Promise<PickerTimings> {
  return page.evaluate(
    async ({ filter, arrows }) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"][aria-label="Model"]');
      if (!input) throw new Error('no model picker');
      const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const key = (k: string) =>
        input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      await painted();
      const from = performance.now();
      input.focus();
      input.click();
      await painted();
      const open = performance.now() - from;
      if (input.getAttribute('aria-expanded') !== 'true') throw new Error('the picker did not open');
      const keys: number[] = [];
      for (let i = 1; i <= filter.length; i++) {
        const t = performance.now();
        input.value = filter.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: filter[i - 1], inputType: 'insertText' }));
        await painted();
        keys.push(performance.now() - t);
      }
      const moves: number[] = [];
      for (let i = 0; i < arrows; i++) {
        const t = performance.now();
        key('ArrowDown');
        await painted();
        moves.push(performance.now() - t);
      }
      key('Enter');
      await painted();
      return { open, keys, arrows: moves, from, to: performance.now(), chosen: input.value };
    },
    { filter, arrows },
  );
}
