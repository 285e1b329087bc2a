/** Messages between the content script, the background and the popup. One union per direction. */
import type { MarkKind } from '../analysis/types';
import type { PageSummary } from './summary';

export type StepCommand = 'next-mark' | 'previous-mark';

export function isStepCommand(value: unknown): value is StepCommand {
  return value === 'next-mark' || value === 'previous-mark';
}

/** Content script → background. */
export type ToBackground =
  /** The number of marked sentences on the sender's tab changed (drives the badge). */
  | { type: 'marked'; sentences: number; byKind: Record<MarkKind, number> }
  /** The tooltip strings in a language other than the browser's (options can override it). */
  | { type: 'locale-messages'; language: 'ar' | 'en' };

/** Popup or background → content script. */
export type ToContent =
  | { type: 'summary' }
  | { type: 'show-mark'; index: number }
  | { type: 'command'; command: StepCommand };

export type SummaryReply = PageSummary;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToContent(value: unknown): value is ToContent {
  if (!isObject(value)) return false;
  if (value.type === 'summary') return true;
  if (value.type === 'show-mark') return typeof value.index === 'number';
  if (value.type === 'command') return isStepCommand(value.command);
  return false;
}

export function isToBackground(value: unknown): value is ToBackground {
  if (!isObject(value)) return false;
  if (value.type === 'marked') return typeof value.sentences === 'number' && isObject(value.byKind);
  if (value.type === 'locale-messages') return value.language === 'ar' || value.language === 'en';
  return false;
}
