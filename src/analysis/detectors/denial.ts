import type { Detector } from '../detector';

/** Placeholder until the denial rules land. */
export function createDenialDetector(): Detector {
  return () => [];
}
