// Turns the math placeholders of rendered markdown (math-markdown.ts) into MathML (mathml.ts). The
// renderer loads on first use only, so answers without math never fetch it.

type MathMl = typeof import('./mathml.ts');

const PENDING = '.math[data-tex]:not([data-rendered])';

let loading: Promise<MathMl> | undefined;

/** Starts loading the math renderer (once); later calls share the same promise. */
export function loadMath(): Promise<MathMl> {
  if (loading) return loading;
  const started = import('./mathml.ts');
  // a failed load (offline, a new deployment) may be retried by a later block
  started.catch(() => (loading = undefined));
  loading = started;
  return started;
}

/** Renders the math placeholders inside `element` as MathML, loading the renderer first if need be. */
export async function renderMathWithin(element: HTMLElement): Promise<void> {
  if (!element.querySelector(PENDING)) return;
  let renderer: MathMl;
  try {
    renderer = await loadMath();
  } catch {
    return; // the formulas stay as their TeX source
  }
  for (const span of element.querySelectorAll<HTMLElement>(PENDING)) {
    const html = renderer.mathMl(span.dataset.tex ?? '', span.hasAttribute('data-display'));
    span.setAttribute('data-rendered', html === undefined ? 'error' : 'yes');
    if (html !== undefined) span.innerHTML = html;
  }
}
