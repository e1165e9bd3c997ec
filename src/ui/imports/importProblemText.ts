import type { MessageKey } from '../../i18n/messages';
import type { traceIoMessages } from '../../i18n/messages/traceIo';
import type { Translate } from '../../i18n/translate';
import type { ImportProblem } from './traceFileReading';

/**
 * Why a file was not opened, in words. A refusal by the checks is their one technical line (field paths, as
 * in the file); a failure of the reader itself is worded per language, never blamed on the file.
 */
export function importProblemText(
  problem: ImportProblem,
  t: Translate<MessageKey<typeof traceIoMessages>>,
): string {
  switch (problem.code) {
    case 'refused':
      return problem.error;
    case 'unreadable':
      return t('unreadable', { reason: problem.detail });
    case 'reader-failed':
      return t('readerFailed', { reason: problem.detail ?? t('noDetail') });
    case 'timed-out':
      return t('readerTimedOut', { seconds: problem.seconds });
  }
}
