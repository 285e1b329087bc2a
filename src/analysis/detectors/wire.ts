import type { Detector } from '../detector';

/** Placeholder until the wire rules land. */
export function createWireDetector(): Detector {
  return () => [];
}
