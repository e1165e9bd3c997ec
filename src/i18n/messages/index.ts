import type { MessageModule } from '../messages';
import { compareMessages } from './compare';
import { headerMessages } from './header';
import { controlsMessages } from './controls';
import { explainMessages } from './explain';
import { panelMessages } from './panel';
import { pickerMessages } from './picker';
import { playbackMessages } from './playback';
import { scalingMessages } from './scaling';
import { summaryMessages } from './summary';
import { traceIoMessages } from './traceIo';

/**
 * Every message module, by feature; `messages.test.ts` checks each has the same keys in both languages and no
 * empty strings. Add yours here when you create it.
 */
export const ALL_MESSAGES: Readonly<Record<string, MessageModule>> = {
  compare: compareMessages,
  header: headerMessages,
  controls: controlsMessages,
  explain: explainMessages,
  panel: panelMessages,
  picker: pickerMessages,
  playback: playbackMessages,
  scaling: scalingMessages,
  summary: summaryMessages,
  traceIo: traceIoMessages,
};
