// The one seam between Sourcelight and the browser's extension API: every `browser.*` call goes through
// here, so unit tests replace this module instead of faking globals (webextension-polyfill throws outside
// an extension).
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
