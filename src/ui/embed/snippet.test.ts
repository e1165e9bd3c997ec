import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state';
import { defaultScenario } from '../../strategies';
import { loadLink } from '../../state/link/registry';
import { embedSnippet, embedUrl, type EmbedChoice } from './snippet';

const choice: EmbedChoice = {
  controls: ['tasks', 'latency'],
  height: 480,
  theme: 'dark',
  view: 'lanes',
  autoResize: false,
};

describe('embed snippet', () => {
  it('links the embed route of the current scenario under the page it was made on', () => {
    const store = createAppStore();
    const d = defaultScenario('thread-pool');
    store.getState().loadScenario({ ...d, params: { ...d.params, workers: 8 } });
    const url = embedUrl(store.getState(), choice, 'https://uni.example/course/week3/awaitline/index.html');
    expect(url).toBe(
      'https://uni.example/course/week3/awaitline/index.html?v=1&embed=1&controls=tasks,latency&strategy=thread-pool&workers=8&view=lanes&theme=dark',
    );
    // The embed opens exactly that: no notice, the same scenario, the embed's options.
    const opened = createAppStore();
    expect(loadLink(new URL(url).search, opened.getState)).toEqual([]);
    expect(opened.getState()).toMatchObject({
      scenario: store.getState().scenario,
      embed: { controls: ['tasks', 'latency'] },
      ganttView: 'lanes',
      theme: 'dark',
    });
  });

  it('escapes attribute values and adds the resize script only when asked', () => {
    const snippet = embedSnippet('https://x.example/?a=1&b="2"', 'A "quoted" <title>', choice);
    expect(snippet).toBe(
      '<iframe src="https://x.example/?a=1&amp;b=&quot;2&quot;" title="A &quot;quoted&quot; &lt;title>" width="100%" height="480" style="border:0;display:block;max-width:100%" loading="lazy"></iframe>',
    );
    const withScript = embedSnippet('https://x.example/', 't', { ...choice, autoResize: true });
    expect(withScript).toContain("data.type !== 'awaitline:height'");
    expect(withScript.startsWith('<iframe')).toBe(true);
  });
});
