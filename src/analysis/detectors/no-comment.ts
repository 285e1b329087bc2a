import type { Detector } from '../detector';

/** Placeholder until the no-comment rules land. */
export function createNoCommentDetector(): Detector {
  return () => [];
}
