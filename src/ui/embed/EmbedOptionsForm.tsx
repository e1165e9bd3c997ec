import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { parseNumber, type GanttView, type ThemeChoice } from '../../state';
import type { ControlChoice } from './EmbedDialog';
import { embedMessages } from './messages';
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, type EmbedChoice } from './snippet';

interface Props {
  readonly choice: EmbedChoice;
  readonly available: readonly ControlChoice[];
  readonly onChange: (choice: EmbedChoice) => void;
}

/** The embed's options: controls (in the catalogue's order), height, theme, rows, and the resize script. */
export function EmbedOptionsForm({ choice, available, onChange }: Props) {
  const t = useT(embedMessages);
  const id = useId();
  const [heightText, setHeightText] = useState(String(choice.height));
  const height = parseNumber(heightText);
  const heightOk =
    height !== null && Number.isInteger(height) && height >= MIN_EMBED_HEIGHT && height <= MAX_EMBED_HEIGHT;
  const toggle = (name: string, on: boolean) =>
    onChange({
      ...choice,
      controls: available.map((c) => c.name).filter((n) => (n === name ? on : choice.controls.includes(n))),
    });
  const limits = { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT };
  return (
    <div className="embed-options">
      <fieldset className="embed-fieldset">
        <legend>{t('controls')}</legend>
        <div className="embed-controls">
          {available.map((c) => (
            <label key={c.name} className="embed-check">
              <input
                type="checkbox"
                checked={choice.controls.includes(c.name)}
                onChange={(e) => toggle(c.name, e.target.checked)}
              />
              {c.label}
            </label>
          ))}
        </div>
        {choice.controls.length === 0 && <p className="embed-help">{t('noControls')}</p>}
      </fieldset>
      <div className="embed-row">
        <label htmlFor={`${id}-height`}>{t('height')}</label>
        <input
          id={`${id}-height`}
          className="embed-height"
          type="text"
          inputMode="numeric"
          value={heightText}
          aria-invalid={heightOk ? undefined : true}
          aria-describedby={`${id}-height-help`}
          onChange={(e) => {
            setHeightText(e.target.value);
            const v = parseNumber(e.target.value);
            if (v !== null && Number.isInteger(v) && v >= MIN_EMBED_HEIGHT && v <= MAX_EMBED_HEIGHT)
              onChange({ ...choice, height: v });
          }}
        />
        <p id={`${id}-height-help`} className={heightOk ? 'embed-help' : 'embed-help embed-error'}>
          {heightOk ? t('heightHelp', limits) : t('heightError', limits)}
        </p>
      </div>
      <div className="embed-row">
        <label htmlFor={`${id}-theme`}>{t('theme')}</label>
        <select
          id={`${id}-theme`}
          value={choice.theme}
          onChange={(e) => onChange({ ...choice, theme: e.target.value as ThemeChoice })}
        >
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </div>
      <div className="embed-row">
        <label htmlFor={`${id}-view`}>{t('view')}</label>
        <select
          id={`${id}-view`}
          value={choice.view}
          onChange={(e) => onChange({ ...choice, view: e.target.value as GanttView })}
        >
          <option value="tasks">{t('viewTasks')}</option>
          <option value="lanes">{t('viewLanes')}</option>
        </select>
      </div>
      <fieldset className="embed-group">
        <legend>{t('withChart')}</legend>
        {(['playback', 'panel'] as const).map((part) => (
          <label key={part} className="embed-check">
            <input
              type="checkbox"
              checked={choice.parts.includes(part) || (part === 'playback' && choice.step !== null)}
              disabled={part === 'playback' && choice.step !== null}
              onChange={(e) =>
                onChange({
                  ...choice,
                  parts: e.target.checked ? [...choice.parts, part] : choice.parts.filter((p) => p !== part),
                })
              }
            />
            {t(part === 'playback' ? 'partPlayback' : 'partPanel')}
          </label>
        ))}
        <label className="embed-check">
          <input
            type="checkbox"
            checked={choice.callouts}
            onChange={(e) => onChange({ ...choice, callouts: e.target.checked })}
          />
          {t('partCallouts')}
        </label>
        <label className="embed-check">
          <input
            type="checkbox"
            checked={choice.step !== null}
            onChange={(e) => onChange({ ...choice, step: e.target.checked ? 1 : null })}
          />
          {t('partWalk')}
        </label>
        {choice.step !== null && (
          <label className="embed-step" htmlFor={`${id}-step`}>
            {t('walkStep')}{' '}
            <input
              id={`${id}-step`}
              type="number"
              min={1}
              max={1000}
              value={choice.step}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (Number.isInteger(v) && v >= 1 && v <= 1000) onChange({ ...choice, step: v });
              }}
            />
          </label>
        )}
      </fieldset>
      <label className="embed-check">
        <input
          type="checkbox"
          checked={choice.autoResize}
          onChange={(e) => onChange({ ...choice, autoResize: e.target.checked })}
        />
        {t('autoResize')}
      </label>
    </div>
  );
}
