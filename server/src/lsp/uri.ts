/** URIs and the parameters of requests, checked (a bad one is an InvalidParams error, never a crash). */
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { DraftFormat } from '../engine/types';

/** The file path of a `file:` URI, else null (untitled drafts, other schemes). */
export function uriToPath(uri: string): string | null {
  if (!uri?.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The draft format, as the CLI decides it (by extension: only .txt is plain), else by language. */
export function formatOf(doc: { uri: string; languageId: string }): DraftFormat {
  const p = doc.uri.replace(/[?#].*$/, '');
  if (/\.txt$/i.test(p)) return 'plain';
  if (/\.(md|markdown|draft)$/i.test(p)) return 'markdown';
  return doc.languageId === 'plaintext' ? 'plain' : 'markdown';
}

/** The `textDocument.uri` of a request, or an InvalidParams error naming what is missing. */
export function docUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri.length === 0) throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri (a string) is required');
  return uri;
}

/** The `position` of a request, or an InvalidParams error. */
export function position(params: unknown): { line: number; character: number } {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null | undefined)?.position;
  // Out-of-range numbers are clamped to the draft, as the text model does; other shapes are refused.
  if (!p || !Number.isFinite(p.line) || !Number.isFinite(p.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'position {line, character} (numbers) is required');
  }
  return p as { line: number; character: number };
}

/** The `range` of a request, or an InvalidParams error. */
export function checkRange(params: unknown): void {
  const r = (params as { range?: { start?: unknown; end?: unknown } } | null | undefined)?.range;
  if (!r) throw new ResponseError(ErrorCodes.InvalidParams, 'range {start, end} is required');
  position({ position: r.start });
  position({ position: r.end });
}
