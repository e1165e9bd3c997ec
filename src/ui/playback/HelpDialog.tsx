import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n';
import { playbackMessages } from '../../i18n/messages/playback';

/**
 * The keyboard shortcuts, in a modal `<dialog>`: it traps focus, closes on Escape and on its Close button, and
 * gives focus back to what had it.
 */
export function HelpDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT(playbackMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const rows: readonly (readonly [string, string])[] = [
    [t('keySpace'), t('keySpaceDoes')],
    [t('keyArrows'), t('keyArrowsDo')],
    [t('keyShiftArrows'), t('keyShiftArrowsDo')],
    [t('keyHomeEnd'), t('keyHomeEndDo')],
    [t('keyHelp'), t('keyHelpDoes')],
  ];
  return (
    <dialog
      ref={ref}
      className="playback-help"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={titleId} className="playback-help__title">
        {t('shortcuts')}
      </h2>
      <dl className="playback-help__keys">
        {rows.map(([keys, does]) => (
          <div key={keys} className="playback-help__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <p className="playback-help__note">{t('shortcutsNote')}</p>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
