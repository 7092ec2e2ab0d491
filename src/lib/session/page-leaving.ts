// Whether this page is going away (a reload, a close, a navigation). A leaving page's fetches are torn
// down under it: a stream then ends in a network error that the server never caused, and writing that
// error would turn an answer the next load shows as interrupted into a "connection broke" failure. So a
// stream read after this point is dropped, not recorded: the journal written at pagehide holds its copy.

let leaving = false;

/** Call from `pagehide` when the page is not kept in the back/forward cache (`event.persisted` false). */
export function markPageLeaving(): void {
  leaving = true;
}

export function pageLeaving(): boolean {
  return leaving;
}
