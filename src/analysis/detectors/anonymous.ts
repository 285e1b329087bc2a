import type { Detector } from '../detector';

/** Placeholder until the anonymous rules land. */
export function createAnonymousDetector(): Detector {
  return () => [];
}
