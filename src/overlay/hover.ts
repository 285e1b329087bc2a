/**
 * Opens the tooltip when the pointer rests on marked text and keeps it open while the pointer
 * travels into it (to click a link); closes it on leaving, on Escape, and when its text scrolls
 * out of view. What is under the pointer is decided by the caller's `resolve`.
 */
import { isOverlayNode } from './host';
import type { Anchor, Tooltip, TooltipContent } from './tooltip';

export interface HoverTarget {
  /** Same key, same tooltip: moving along a sentence does not redraw it. */
  key: string;
  anchor: Anchor;
  content: TooltipContent;
  /** Whether the anchor is still on screen (checked on scroll). */
  inView(): boolean;
}

export interface HoverController {
  /** Open the tooltip for a target without the pointer (keyboard command, popup list). */
  open(target: HoverTarget): void;
  close(): void;
  dispose(): void;
}

const THROTTLE_MS = 50;
const GRACE_MS = 300;

export function watchHover(
  doc: Document,
  tooltip: Tooltip,
  resolve: (x: number, y: number) => HoverTarget | null,
): HoverController {
  const win = doc.defaultView;
  let shown: HoverTarget | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let pending: { x: number; y: number } | null = null;
  let moveTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const close = () => {
    cancelHide();
    shown = null;
    tooltip.hide();
  };
  const hideSoon = () => {
    if (!shown || hideTimer) return;
    hideTimer = setTimeout(close, GRACE_MS);
  };
  const open = (target: HoverTarget) => {
    cancelHide();
    if (shown?.key === target.key && tooltip.isOpen()) return;
    shown = target;
    tooltip.show(target.anchor, target.content);
  };

  const check = () => {
    moveTimer = undefined;
    lastRun = Date.now();
    const at = pending;
    pending = null;
    if (!at) return;
    const target = resolve(at.x, at.y);
    if (target) open(target);
    else hideSoon();
  };

  const onMove = (event: MouseEvent) => {
    // Only the reader's own pointer: a page script's synthetic events open nothing.
    if (!event.isTrusted) return;
    const path = event.composedPath();
    if (path.some((n) => n === tooltip.element)) {
      // On the tooltip: drop any check still pending from the way here, which would close it.
      cancelHide();
      pending = null;
      clearTimeout(moveTimer);
      moveTimer = undefined;
      return;
    }
    if (isOverlayNode(event.target as Node | null)) return;
    pending = { x: event.clientX, y: event.clientY };
    if (moveTimer) return;
    moveTimer = setTimeout(check, Math.max(0, THROTTLE_MS - (Date.now() - lastRun)));
  };
  const onLeaveTooltip = (event: MouseEvent) => {
    if (event.isTrusted) hideSoon();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && tooltip.isOpen()) close();
  };
  const onScroll = () => {
    if (!shown) return;
    if (shown.inView()) tooltip.reposition();
    else close();
  };
  const onLeaveWindow = (event: MouseEvent) => {
    if (event.isTrusted && !event.relatedTarget) hideSoon();
  };

  doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('mouseout', onLeaveWindow, { capture: true, passive: true });
  win?.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win?.addEventListener('resize', onScroll, { passive: true });
  tooltip.element.addEventListener('mouseleave', onLeaveTooltip);

  return {
    open,
    close,
    dispose() {
      close();
      clearTimeout(moveTimer);
      doc.removeEventListener('mousemove', onMove, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mouseout', onLeaveWindow, true);
      win?.removeEventListener('scroll', onScroll, true);
      win?.removeEventListener('resize', onScroll);
      tooltip.element.removeEventListener('mouseleave', onLeaveTooltip);
    },
  };
}
