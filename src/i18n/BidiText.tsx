import { Fragment } from 'react';
import { isolatedParts } from './bidi';

/**
 * A sentence whose quoted values were `isolate`d, rendered with each value in a `<bdi>`: the page reads the
 * same text (no invisible characters in it), and a right-to-left value cannot reorder the sentence around it.
 * @example <BidiText text={t('refused', { file: isolate(file.name), reason })} />
 */
export function BidiText({ text }: { readonly text: string }) {
  return (
    <>
      {isolatedParts(text).map((part, i) =>
        part.isolated ? <bdi key={i}>{part.text}</bdi> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
