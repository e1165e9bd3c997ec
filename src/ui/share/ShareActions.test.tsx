// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShareActions as ShareActionsType } from './ShareActions';

vi.mock('../embed/EmbedDialog', () => ({
  EmbedDialog: ({ onClose }: { readonly onClose: () => void }) => (
    <div role="dialog" aria-label="Embed">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  ),
}));

afterEach(cleanup);

/** A fresh module each test: the dialog's code has not been asked for yet. */
let ShareActions: typeof ShareActionsType;
beforeEach(async () => {
  vi.resetModules();
  ({ ShareActions } = await import('./ShareActions'));
});

describe('<ShareActions>', () => {
  it('loads the embed dialog when the pointer reaches its button, so the click opens it at once', async () => {
    render(<ShareActions />);
    const embed = screen.getByRole('button', { name: 'Embed' });
    fireEvent.pointerEnter(embed);
    await vi.dynamicImportSettled();
    fireEvent.click(embed);
    // With a lazy dialog the click rendered nothing yet: the dialog came ~300 ms later.
    expect(screen.getByRole('dialog', { name: 'Embed' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the dialog on a click that nothing announced, once its code has arrived', async () => {
    render(<ShareActions />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(await screen.findByRole('dialog', { name: 'Embed' })).toBeTruthy();
  });
});
