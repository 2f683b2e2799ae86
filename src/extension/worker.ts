// Runs the engine off the extension host's main thread, so a long draft never
// holds up other extensions or the editor's requests. Required in process (no
// parentPort), it hands the engine to the runner's fallback instead, so the
// extension's own bundle never carries the engine.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { analyzeStreamed, IncrementalAnalyzer } from '../core/analyze';
import { compileRegExpsEarly } from '../core/early';
import type { AnalysisResult, AnalyzeOptions, Claim, ClaimStatus, Finding } from '../core/types';
import { CLAIMS, diffItems, FINDINGS, shiftAt, shiftOf, type ResultDelta } from './delta';

export { IncrementalAnalyzer };

/**
 * A draft's check as the extension holds it: analyze()'s result, with the claims only when they
 * were asked for (null otherwise) and always how many there are of each status.
 */
export interface CheckResult extends Omit<AnalysisResult, 'claims'> {
  claims: Claim[] | null;
  claimCounts: Record<ClaimStatus, number>;
}

/**
 * Checks a text, re-reading only what changed when given the draft's analyzer. Without `withClaims`
 * the claims are counted and let go as they are made: the extension shows them only in the Claims
 * view, and on a 1 MB draft they are two thirds of the result's bytes (some 12,000 claims, 6 MB
 * as the worker sends them, 80-170 ms to read back on the extension host's main thread).
 */
export function check(text: string, options: AnalyzeOptions, analyzer: IncrementalAnalyzer | null, withClaims: boolean): CheckResult {
  const r = analyzer ? analyzer.analyzeStreamed(text, options) : analyzeStreamed(text, options);
  if (!withClaims) return { findings: r.findings, claims: null, claimCounts: r.countClaims(), people: r.people, words: r.words, notices: r.notices };
  const claimCounts: Record<ClaimStatus, number> = { flagged: 0, unattributed: 0, attributed: 0 };
  const claims: Claim[] = [];
  for (const c of r.claims) {
    claimCounts[c.status]++;
    claims.push(c);
  }
  return { findings: r.findings, claims, claimCounts, people: r.people, words: r.words, notices: r.notices };
}

export interface WorkerRequest {
  id: number;
  /** The document's URI: its blocks are kept between edits, so an edit re-reads only what changed. */
  key?: string;
  /**
   * The text, or (a long one) its UTF-8 in a buffer handed over with the message, or (a long one
   * after an edit) what changed since the last text sent for this document (TextChange).
   */
  text?: string;
  bytes?: Uint8Array;
  change?: TextChange;
  options: AnalyzeOptions;
  /** Whether the claims are wanted, or only their counts (see check). */
  claims: boolean;
  /** Findings and claims per message (see WorkerPiece). */
  itemsPerMessage: number;
  /**
   * The id of this document's last result the extension holds (all its pieces received; from a
   * delta, its findings may still be being put together). When the worker sent that result, this
   * one comes as a change to its findings, and to its claims when both have them (ResultDelta).
   */
  base?: number;
}

/**
 * A text as the stretch that changed in the text of an earlier request for the same document (its
 * id, `base`): base.slice(0, start) + text + base.slice(end). Encoding the 10 MB draft for each
 * edit held the extension host's main thread 75-212 ms (npm run bench:vscode).
 */
export interface TextChange {
  base: number;
  start: number;
  end: number;
  text: string;
}

/** Asks for the next piece of a result. */
export interface WorkerMore {
  id: number;
  more: true;
}

/** The extension let go of a document: so does the worker (its analyzer, last text and findings). */
export interface WorkerForget {
  forget: string;
}

/** The result is not wanted any more (a newer check of the document replaced it). */
export interface WorkerCancel {
  id: number;
  cancel: true;
}

/**
 * A result goes back in pieces, each sent when the extension asks for it: the findings, then the
 * claims, `itemsPerMessage` at a time, and with the last piece the rest of the result. Reading a
 * message is work for the extension host's main thread; a 10 MB draft's result read as one
 * message held it for over 2 s. In pieces asked for one by one, the editor runs between them.
 */
export type WorkerPiece =
  | { id: number; findings: Finding[]; claims: Claim[]; last?: Omit<CheckResult, 'findings' | 'claims'> & { delta?: ResultDelta } }
  | { id: number; error: string }
  /** The request's TextChange names a text the worker does not have: send the whole text again. */
  | { id: number; resend: true };

// ignoreBOM keeps a leading U+FEFF in the text, as the editor has it (the default drops it,
// which would move every offset by one).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const MAX_DOCUMENTS = 16;
const analyzers = new Map<string, IncrementalAnalyzer>();

/**
 * Per document, the last result all of whose pieces were sent (whole or as a delta), with its text
 * and all its findings and claims (null when not asked for): the extension most likely holds it,
 * and names it (WorkerRequest.base) so that the next result can be sent as a change to it.
 */
const lastSent = new Map<string, { id: number; text: string; findings: Finding[]; claims: Claim[] | null }>();

/** Per document, the text of the last request read, which the next request's TextChange may name. */
const received = new Map<string, { id: number; text: string }>();

function analyzerFor(key: string): IncrementalAnalyzer {
  let a = analyzers.get(key);
  if (a) analyzers.delete(key);
  else a = new IncrementalAnalyzer();
  analyzers.set(key, a); // most recently used last
  if (analyzers.size > MAX_DOCUMENTS) {
    const oldest = analyzers.keys().next().value!;
    analyzers.delete(oldest);
    lastSent.delete(oldest);
  }
  return a;
}

/**
 * A request as read from the port, with its text: decoded, or put together from the last text of
 * its document. Every request's text is kept as it is read, a cancelled one's too, since the next
 * request of the document names it. Null when a TextChange names a text the worker does not have.
 */
function textOf(req: WorkerRequest): string | null {
  let text: string;
  if (req.change) {
    const base = req.key !== undefined ? received.get(req.key) : undefined;
    const c = req.change;
    if (!base || base.id !== c.base || !(c.start >= 0 && c.start <= c.end && c.end <= base.text.length)) {
      if (req.key !== undefined) received.delete(req.key);
      return null;
    }
    text = base.text.slice(0, c.start) + c.text + base.text.slice(c.end);
  } else {
    text = req.bytes ? decoder.decode(req.bytes) : req.text!;
  }
  if (req.key !== undefined) {
    // Most recently read last, at most MAX_DOCUMENTS: bounded as requests are read, not as
    // analyzers are let go, which may be while the document's next request already waits.
    received.delete(req.key);
    received.set(req.key, { id: req.id, text });
    if (received.size > MAX_DOCUMENTS) received.delete(received.keys().next().value!);
  }
  return text;
}

/**
 * Results not yet sent whole, with how many of their items have gone. The items are the findings,
 * then the claims; with a delta, only those it does not keep.
 */
const sending = new Map<
  number,
  { result: CheckResult; findings: Finding[]; claims: Claim[]; delta?: ResultDelta; sent: number; per: number; key?: string; text: string }
>();

const NO_CLAIMS: Claim[] = [];

function sendPiece(id: number): void {
  const s = sending.get(id);
  if (!s) return;
  const { findings, claims } = s;
  const end = Math.min(s.sent + s.per, findings.length + claims.length);
  const piece = {
    id,
    findings: s.sent < findings.length ? findings.slice(s.sent, Math.min(end, findings.length)) : [],
    claims: end > findings.length ? claims.slice(Math.max(0, s.sent - findings.length), end - findings.length) : [],
  };
  s.sent = end;
  if (end < findings.length + claims.length) {
    parentPort!.postMessage(piece);
    return;
  }
  sending.delete(id);
  if (s.key !== undefined && analyzers.has(s.key)) lastSent.set(s.key, { id, text: s.text, findings: s.result.findings, claims: s.result.claims });
  const { people, words, notices, claimCounts } = s.result;
  parentPort!.postMessage({ ...piece, last: { people, words, notices, claimCounts, ...(s.delta && { delta: s.delta }) } });
}

type Message = WorkerRequest | WorkerMore | WorkerCancel | WorkerForget;

/** A request whose text has been read (null: send it again whole). */
type Read = WorkerMore | WorkerCancel | WorkerForget | (WorkerRequest & { whole: string | null });

/** Messages read from the port but not handled yet, oldest first. */
const queue: Read[] = [];

function read(m: Message): Read {
  if ('forget' in m) received.delete(m.forget);
  return 'options' in m ? { ...m, bytes: undefined, whole: textOf(m) } : m;
}

/** Reads what came in from the port meanwhile into the queue. */
function readPort(): void {
  for (let m = receiveMessageOnPort(parentPort!); m; m = receiveMessageOnPort(parentPort!)) queue.push(read(m.message as Message));
}

/**
 * Handles messages in order. Before each analysis, everything that came in meanwhile is read
 * from the port: a request whose cancel is already there is dropped unanalysed (its text is still
 * read, or put together, as the next request may name it: a whole 10 MB text cancelled so costs a
 * 10-40 ms decode here, off the extension host). The extension sends
 * a new check of a draft after each pause in typing, with a cancel for the one before; handled
 * one message at a time, every queued check was analysed before its cancel was seen, and a
 * backlog grew while the writer typed (six edits 100 ms apart on a 1 MB draft: the last result
 * came 2.6 s after the last edit).
 */
function handle(): void {
  while (queue.length > 0) {
    readPort();
    const req = queue.shift()!;
    if ('more' in req) {
      sendPiece(req.id);
      continue;
    }
    if ('cancel' in req) {
      // Sent after the request it cancels, so read after it: its result, if any, is here.
      sending.delete(req.id);
      continue;
    }
    if ('forget' in req) {
      analyzers.delete(req.forget);
      lastSent.delete(req.forget);
      continue;
    }
    if (queue.some((m) => 'cancel' in m && m.id === req.id)) continue;
    if (req.whole === null) {
      parentPort!.postMessage({ id: req.id, resend: true });
      continue;
    }
    try {
      const text = req.whole;
      const result = check(text, req.options, req.key ? analyzerFor(req.key) : null, req.claims);
      // Cancelled during the analysis (the writer typed on): the extension has dropped the check.
      // Sent anyway, it would become the document's base for the next delta, which the extension
      // never held, and the next result would come whole.
      readPort();
      if (queue.some((m) => 'cancel' in m && m.id === req.id)) continue;
      const per = Math.max(1, req.itemsPerMessage);
      const held = req.key !== undefined && req.base !== undefined ? lastSent.get(req.key) : undefined;
      if (held && held.id === req.base) {
        // The extension already found the changed stretch when it is from the same text.
        const c = req.change;
        const shift = c && c.base === held.id ? shiftAt(held.text, c.start, c.end, c.text) : shiftOf(held.text, text);
        const { ops, fresh } = diffItems(FINDINGS, held.findings, result.findings, shift);
        const delta: ResultDelta = { base: held.id, shift, ops };
        let claims = result.claims ?? NO_CLAIMS;
        // The claims as a change too when the extension holds the last result's (the Claims view open).
        if (held.claims && result.claims) {
          const kept = diffItems(CLAIMS, held.claims, result.claims, shift);
          delta.claims = kept.ops;
          claims = kept.fresh;
        }
        sending.set(req.id, { result, findings: fresh, claims, delta, sent: 0, per, key: req.key, text });
      } else {
        sending.set(req.id, { result, findings: result.findings, claims: result.claims ?? NO_CLAIMS, sent: 0, per, key: req.key, text });
      }
      sendPiece(req.id);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: (e as Error).message });
    }
  }
}

if (parentPort) {
  // Before the first check, which is usually waiting already: see early.ts.
  compileRegExpsEarly();
  parentPort.on('message', (m: Message) => {
    queue.push(read(m));
    handle();
  });
}
