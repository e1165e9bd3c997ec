import type { MessageModule } from '../messages';
import { compareMessages } from './compare';
import { compareLinkMessages } from './compareLink';
import { controlsMessages } from './controls';
import { explainMessages } from './explain';
import { programMessages } from './program';
import { chapterMessages } from './chapters';
import { figureMessages } from './figure';
import { ganttMessages } from './gantt';
import { headerMessages } from './header';
import { liveMessages } from './live';
import { panelMessages } from './panel';
import { pickerMessages } from './picker';
import { calloutMessages } from './callouts';
import { playbackMessages } from './playback';
import { predictMessages } from './predict';
import { pythonStateMessages } from './pythonState';
import { queueMessages } from './queue';
import { scalingMessages } from './scaling';
import { summaryMessages } from './summary';
import { timelineMessages } from './timeline';
import { traceIoMessages } from './traceIo';
import { walkthroughMessages } from './walkthrough';

/**
 * Every message module, by feature; `messages.test.ts` checks each has the same keys in both languages and no
 * empty strings. Add yours here when you create it.
 */
export const ALL_MESSAGES: Readonly<Record<string, MessageModule>> = {
  compare: compareMessages,
  compareLink: compareLinkMessages,
  controls: controlsMessages,
  explain: explainMessages,
  program: programMessages,
  chapters: chapterMessages,
  figure: figureMessages,
  gantt: ganttMessages,
  header: headerMessages,
  live: liveMessages,
  panel: panelMessages,
  picker: pickerMessages,
  playback: playbackMessages,
  callouts: calloutMessages,
  predict: predictMessages,
  pythonState: pythonStateMessages,
  walkthrough: walkthroughMessages,
  queue: queueMessages,
  scaling: scalingMessages,
  summary: summaryMessages,
  timeline: timelineMessages,
  traceIo: traceIoMessages,
};
