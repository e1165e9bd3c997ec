import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/useT';
import { getStrategy, isNumericKey } from '../../strategies';
import { controlsMessages } from '../../i18n/messages/controls';
import { paramLabel } from '../controls/problemText';
import { strategyText } from '../../strategies/i18n';
import { useAppStore } from '../../state';
import { controlName } from '../../state/link/embedFeature';
import { synopsis } from '../timeline/synopsis';
import { EmbedOptionsForm } from './EmbedOptionsForm';
import { embedMessages } from './messages';
import { Modal } from './Modal';
import { SnippetBox } from './SnippetBox';
import { embedSnippet, embedUrl, type EmbedChoice } from './snippet';

/** A control the teacher may put above the chart, with its label. */
export interface ControlChoice {
  readonly name: string;
  readonly label: string;
}

/**
 * The "Embed" dialog: choose the controls, height, theme and rows; get the iframe snippet for the current
 * scenario, and see it live in a preview frame of the embed route.
 */
export function EmbedDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT(embedMessages);
  const lang = useLang();
  const tc = useT(controlsMessages);
  const state = useAppStore.getState();
  const strategy = getStrategy(state.scenario.strategy);
  const available: readonly ControlChoice[] = useMemo(
    () => [
      { name: 'strategy', label: t('strategy') },
      ...strategy.params
        .filter(isNumericKey)
        .map((key) => ({ name: controlName(key), label: paramLabel(tc, key) })),
      { name: 'seed', label: t('seed') },
    ],
    [strategy, t, tc],
  );
  const [choice, setChoice] = useState<EmbedChoice>(() => ({
    controls: available.filter((c) => c.name === 'tasks' || c.name === 'latency').map((c) => c.name),
    height: 520,
    theme: state.theme,
    view: state.ganttView,
    autoResize: true,
    parts: [],
    step: null,
    callouts: true,
  }));
  const page = `${window.location.origin}${window.location.pathname}`;
  const url = embedUrl(state, choice, page);
  const title = t('frameTitle', {
    title: `${strategyText(strategy, lang).title}, ${synopsis(state.scenario, lang)}`,
  });
  return (
    <Modal title={t('title')} closeLabel={t('close')} onClose={onClose} className="embed-dialog">
      <div className="embed-dialog-grid">
        <div className="embed-dialog-options">
          <p className="embed-intro">{t('intro')}</p>
          <EmbedOptionsForm choice={choice} available={available} onChange={setChoice} />
          <SnippetBox snippet={embedSnippet(url, title, choice)} />
        </div>
        <section className="embed-preview" aria-label={t('preview')}>
          <h3 className="embed-preview-title">{t('preview')}</h3>
          <div className="embed-preview-frame">
            {/* Out of the Tab order: Tab stays in the dialog (keys inside a frame never reach the page's trap). */}
            {/* A picture of the result, not a second app to operate: inert keeps it out of the tab order and the focus trap. */}
            <iframe src={url} title={t('previewTitle')} height={choice.height} inert data-embed-preview="" />
          </div>
        </section>
      </div>
    </Modal>
  );
}
