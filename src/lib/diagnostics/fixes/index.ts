// Fix builders, grouped by the kind of failure; each takes the page origin and server URL it must quote.
export * from './answers.ts';
export * from './cors.ts';
export * from './cors-preflight.ts';
export * from './auth.ts';
export * from './http.ts';
export * from './network.ts';
export * from './ollama.ts';
export { quote } from './shell.ts';
export * from './vision.ts';
export * from './capabilities.ts';
