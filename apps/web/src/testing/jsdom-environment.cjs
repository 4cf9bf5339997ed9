// jsdom lacks some web platform globals that Node has and react-router uses (TextEncoder, Request…).
// Lend it Node's own, keeping jsdom's where it has one.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'Headers',
  'Request',
  'Response',
  'structuredClone',
];

/**
 * Node's Request, taking jsdom's AbortSignal too: react-router builds a Request with the signal of
 * jsdom's AbortController, which Node 24's Request refuses ("Expected signal to be an instance of
 * AbortSignal"). The jsdom signal is bridged to a Node one, so aborting still aborts.
 */
function requestTakingAnySignal(NodeRequest) {
  return class Request extends NodeRequest {
    constructor(input, init) {
      const signal = init?.signal;
      if (signal && !(signal instanceof AbortSignal)) {
        const bridge = new AbortController();
        if (signal.aborted) bridge.abort(signal.reason);
        else signal.addEventListener('abort', () => bridge.abort(signal.reason), { once: true });
        super(input, { ...init, signal: bridge.signal });
      } else {
        super(input, init);
      }
    }
  };
}

class JsdomWithNodeGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      if (this.global[name] === undefined && globalThis[name] !== undefined) {
        this.global[name] = name === 'Request' ? requestTakingAnySignal(globalThis[name]) : globalThis[name];
      }
    }
  }
}

module.exports = JsdomWithNodeGlobals;
