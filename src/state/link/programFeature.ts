import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { selectEditedProgram, type EditedProgram } from '../programSlice';
import { urlFeature } from './types';

/** The longest `code=` value read (compressed text); with the rest of a link it stays under the query cap. */
export const MAX_CODE_PARAM = 4_000;
/** The longest program a link may carry once decoded. */
export const MAX_PROGRAM_CHARS = 20_000;
/** The payload's version, so a later encoding can be told apart. */
const PREFIX = '1.';

/** The program as a link value: `1.` + lz-string (URI-safe); null when it would not fit in a link. */
export function encodeProgram(source: string): string | null {
  const value = PREFIX + compressToEncodedURIComponent(source);
  return value.length <= MAX_CODE_PARAM ? value : null;
}

/** The program a link value holds, or null (wrong version, not lz-string, control characters, too long). */
export function decodeProgram(value: string): string | null {
  if (value.length > MAX_CODE_PARAM || !value.startsWith(PREFIX)) return null;
  const body = value.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+\-$]*$/.test(body)) return null;
  let source: string | null;
  try {
    source = decompressFromEncodedURIComponent(body);
  } catch {
    return null;
  }
  if (!source || source.length > MAX_PROGRAM_CHARS) return null;
  // Text a learner typed: tabs and newlines, never other control characters (nor bidi overrides).
  for (const ch of source) {
    const c = ch.charCodeAt(0);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (control || bidi) return null;
  }
  return source;
}

/**
 * `code=`: the learner's edit of the strategy's program, so a teacher can share or embed "predict, then run
 * my code". Written only when there is an edit (the store keeps none while the program is the strategy's own
 * for the scenario's parameters).
 */
export const programFeature = urlFeature<EditedProgram | null>({
  keys: ['code'],
  read: (query) => {
    const read = query.take(['code']);
    if (!read) return undefined;
    const source = decodeProgram(read.value);
    if (source === null) {
      query.reject(read, { code: 'program', max: MAX_PROGRAM_CHARS });
      return undefined;
    }
    return { strategy: 'sequential', source };
  },
  select: selectEditedProgram,
  // The scenario feature has applied the strategy by now: the program belongs to it.
  apply: (program, state) =>
    state.setProgram(program && { strategy: state.scenario.strategy, source: program.source }),
  write: (program) => {
    if (!program) return [];
    const value = encodeProgram(program.source);
    return value ? [['code', value]] : [];
  },
});
