/** The cue detectors, one module per kind of mark. */
import type { DetectorFactory } from '../detector';
import { createAnonymousDetector } from './anonymous/index';
import { createDenialDetector } from './denial';
import { createNoCommentDetector } from './no-comment';
import { createWireDetector } from './wire/index';

export const DETECTORS: readonly DetectorFactory[] = [
  createAnonymousDetector,
  createDenialDetector,
  createNoCommentDetector,
  createWireDetector,
];
