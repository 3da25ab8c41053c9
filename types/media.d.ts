// What the explainer page's scripts (media/*.js, checked by tsconfig.media.json) find on the
// webview's global object: VS Code's webview API, and the three helper modules the page loads first.
declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};
// The helpers' own code is checked in their files; here they are what their factories return.
declare var uxcxSidebarModel: any;
declare var uxcxSidebarStrings: any;
declare var uxcxSidebarRules: any;
