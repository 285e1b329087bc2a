/** Which browser family an extension page runs in: the few places where they differ ask this. */
export type BrowserFamily = 'chromium' | 'firefox';

/** By the extension's own address's scheme (`location.protocol` of any extension page or worker). */
export function browserFamily(extensionProtocol: string): BrowserFamily {
  return extensionProtocol === 'moz-extension:' ? 'firefox' : 'chromium';
}
