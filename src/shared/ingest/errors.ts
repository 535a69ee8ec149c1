// Refusals inside the parsers: thrown as IngestFailure and turned into an `IngestError` value by
// parseWire, so deep helpers can stop the parse without threading results through every call.
import type { IngestError } from './types';

export class IngestFailure extends Error {
  constructor(
    readonly code: IngestError['code'],
    /** The reason, without the file name (parseWire prefixes it). */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'IngestFailure';
  }
}

export function fail(code: IngestError['code'], reason: string): never {
  throw new IngestFailure(code, reason);
}

/** The editor-facing message: "dpa-0412.txt: not a wire file (looks like a PNG image)". */
export function ingestError(fileName: string, code: IngestError['code'], reason: string): IngestError {
  return { code, message: `${fileName || 'input'}: ${reason}` };
}
