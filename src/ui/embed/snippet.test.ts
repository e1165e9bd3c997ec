import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state';
import { defaultScenario } from '../../strategies';
import { loadLink } from '../../state/link/registry';
import { embedSnippet, embedUrl, MAX_RESIZE_HEIGHT, RESIZE_SCRIPT, type EmbedChoice } from './snippet';

const choice: EmbedChoice = {
  controls: ['tasks', 'latency'],
  height: 480,
  theme: 'dark',
  view: 'lanes',
  autoResize: false,
  parts: [],
  step: null,
  callouts: true,
};

describe('embed snippet', () => {
  it('links the embed route of the current scenario under the page it was made on', () => {
    const store = createAppStore();
    const d = defaultScenario('thread-pool');
    store.getState().loadScenario({ ...d, params: { ...d.params, workers: 8 } });
    const url = embedUrl(store.getState(), choice, 'https://uni.example/course/week3/awaitline/index.html');
    expect(url).toBe(
      'https://uni.example/course/week3/awaitline/index.html?v=1&embed=1&controls=tasks,latency&strategy=thread-pool&workers=8&view=lanes&theme=dark&lang=en',
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

  it('pins the language it was made in, and carries playback, the panel, a walk-through step and callouts off', () => {
    const store = createAppStore();
    store.getState().loadScenario(defaultScenario('task-lifecycle'));
    store.getState().setLang('zh-CN');
    const url = embedUrl(
      store.getState(),
      { ...choice, parts: ['panel'], step: 3, callouts: false },
      'https://uni.example/a/',
    );
    expect(url).toContain('show=panel,playback');
    expect(url).toContain('step=3');
    expect(url).toContain('callouts=0');
    expect(url).toMatch(/[?&]lang=zh-CN(&|$)/);
    const opened = createAppStore();
    expect(loadLink(new URL(url).search, opened.getState)).toEqual([]);
    expect(opened.getState().embed).toEqual({
      controls: ['tasks', 'latency'],
      parts: ['panel', 'playback'],
      step: 3,
      callouts: false,
    });
    expect(opened.getState().lang).toBe('zh-CN');
    // English is pinned too: a reader whose browser prefers Chinese still gets the teacher's English.
    store.getState().setLang('en');
    expect(embedUrl(store.getState(), choice, 'https://uni.example/a/')).toMatch(/[?&]lang=en(&|$)/);
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

describe('resize script (issue 14)', () => {
  /** Runs the snippet's script against a fake page holding one frame from `frameOrigin`. */
  function page(frameOrigin: string) {
    const frameWindow = {};
    const frame = {
      contentWindow: frameWindow,
      src: `${frameOrigin}/awaitline/?embed=1`,
      style: { height: '' },
    };
    let listener: (event: { data: unknown; source: unknown; origin: string }) => void = () => {};
    const script = RESIZE_SCRIPT.replace(/<\/?script>/g, '');
    new Function('addEventListener', 'document', 'location', script)(
      (_: string, fn: typeof listener) => (listener = fn),
      { querySelectorAll: () => [frame] },
      { href: 'https://course.example/week3' },
    );
    return {
      frame,
      frameWindow,
      post: (data: unknown, source: unknown, origin: string) => listener({ data, source, origin }),
    };
  }

  it('sizes the frame that sent the message, from its own origin, within bounds', () => {
    const { frame, frameWindow, post } = page('https://app.example');
    post({ type: 'awaitline:height', height: 612.4 }, frameWindow, 'https://app.example');
    expect(frame.style.height).toBe('613px');
    post({ type: 'awaitline:height', height: 51_583 }, frameWindow, 'https://app.example');
    expect(frame.style.height).toBe(`${MAX_RESIZE_HEIGHT}px`);
    post({ type: 'awaitline:height', height: -5 }, frameWindow, 'https://app.example');
    expect(frame.style.height).toBe('240px');
  });

  it('ignores other frames, other origins and junk', () => {
    const { frame, frameWindow, post } = page('https://app.example');
    post({ type: 'awaitline:height', height: 900 }, {}, 'https://app.example');
    post({ type: 'awaitline:height', height: 900 }, frameWindow, 'https://evil.example');
    post({ type: 'awaitline:height', height: Infinity }, frameWindow, 'https://app.example');
    post({ type: 'awaitline:height', height: '900' }, frameWindow, 'https://app.example');
    post(null, frameWindow, 'https://app.example');
    expect(frame.style.height).toBe('');
  });
});
