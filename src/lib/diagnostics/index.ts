// Public API of the diagnosis engine: pure classification, static page checks, probes and the checklist.
export * from './types.ts';
export * from './address-space.ts';
export * from './trustworthy-host.ts';
export * from './page-context.ts';
export * from './fix-origin.ts';
export * from './server-defaults.ts';
export { preflightCheck, preflightChecks } from './preflight-check.ts';
export { classify, type ClassifyInput } from './classify.ts';
export { guessKind, type KindGuess } from './guess-kind.ts';
export { modelsUrl, alternativeBaseUrls, hasDoubledV1, type ConnectionFacts } from './target-url.ts';
export { parseServerMessage, bodyShape, type BodyShape } from './response-facts.ts';
export * from './probes.ts';
export * from './permissions.ts';
export * from './checklist.ts';
export { requestCarriedImages, visionModels } from './vision.ts';
export { endpointCapability, isMultipart } from './capability-endpoint.ts';
