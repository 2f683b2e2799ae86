// Times require('dist/extension.js') and activate() against a stub `vscode`
// module (a proxy that answers every call), in a fresh process. Prints JSON.
const Module = require('node:module');
const path = require('node:path');

function stub() {
  const target = function () {};
  const proxy = new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'dispose') return () => undefined;
      return proxy;
    },
    // Writes are taken and forgotten: the bundle runs in strict mode, where a write the target
    // (a function) refuses, such as its read-only name, would throw.
    set: () => true,
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

// esbuild copies the module's own keys, so the API's top-level names are listed.
const API = ['window', 'workspace', 'languages', 'commands', 'extensions', 'env', 'Uri', 'EventEmitter', 'ThemeIcon', 'ThemeColor',
  'TreeItem', 'TreeItemCollapsibleState', 'DiagnosticSeverity', 'Diagnostic', 'DiagnosticRelatedInformation', 'Location', 'Range',
  'Position', 'CodeAction', 'CodeActionKind', 'WorkspaceEdit', 'TextEdit', 'MarkdownString', 'StatusBarAlignment', 'ConfigurationTarget',
  'ProgressLocation', 'TextEditorRevealType', 'Disposable'];
const vscode = Object.fromEntries(API.map((k) => [k, stub()]));
const fakePath = path.join(__dirname, '__vscode_stub__.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? fakePath : resolve.call(this, request, ...rest);
};
require.cache[fakePath] = { id: fakePath, filename: fakePath, loaded: true, exports: vscode };

const root = path.resolve(__dirname, '..');
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: stub(),
  // Where the worker would keep its code cache: no worker starts here (no draft is open).
  globalStorageUri: { scheme: 'file', fsPath: path.join(require('node:os').tmpdir(), 'copydesk-bench-storage') },
  workspaceState: { get: (_k, d) => d, update: async () => undefined },
};
const t0 = process.hrtime.bigint();
const ext = require(path.join(root, 'dist/extension.js'));
const t1 = process.hrtime.bigint();
ext.activate(context);
const t2 = process.hrtime.bigint();
for (const d of context.subscriptions) d?.dispose?.();
const ms = (a, b) => Number(((Number(b - a) / 1e6)).toFixed(2));
console.log(JSON.stringify({ requireMs: ms(t0, t1), activateMs: ms(t1, t2), totalMs: ms(t0, t2) }));
