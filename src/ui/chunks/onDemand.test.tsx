// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from './onDemand';

afterEach(cleanup);

const Hello = ({ name }: { readonly name: string }) => <p>hello {name}</p>;

describe('onDemand', () => {
  it('imports once, however often it is asked, and gives the component itself once it is in', async () => {
    const importer = vi.fn(() => Promise.resolve(Hello));
    const hello = onDemand(importer);
    const lazyOne = hello.component();
    expect(lazyOne).not.toBe(Hello);
    await Promise.all([hello.load(), hello.load()]);
    expect(hello.component()).toBe(Hello);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('renders at once when loaded ahead, and through Suspense when not', async () => {
    let arrive: (c: typeof Hello) => void = () => {};
    const hello = onDemand(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const Early = hello.component();
    const { container } = render(
      <Suspense fallback={<i>loading</i>}>
        <Early name="early" />
      </Suspense>,
    );
    expect(container.textContent).toBe('loading');
    await act(async () => arrive(Hello));
    expect(await screen.findByText('hello early')).toBeTruthy();
    cleanup();
    const Late = hello.component();
    render(
      <Suspense fallback={<i>loading</i>}>
        <Late name="late" />
      </Suspense>,
    );
    expect(screen.getByText('hello late')).toBeTruthy(); // no fallback first
  });

  it("renders through Component, which keeps a lazy one mounted once its chunk arrives and is the chunk's own after", async () => {
    let arrive: (c: typeof Hello) => void = () => {};
    const hello = onDemand(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const { Component } = hello;
    const { container, rerender } = render(
      <Suspense fallback={<i>loading</i>}>
        <Component name="early" />
      </Suspense>,
    );
    expect(container.textContent).toBe('loading');
    await act(async () => arrive(Hello));
    const early = await screen.findByText('hello early');
    rerender(
      <Suspense fallback={<i>loading</i>}>
        <Component name="early" />
      </Suspense>,
    );
    expect(screen.getByText('hello early')).toBe(early); // the same element: not mounted again
    cleanup();
    render(
      <Suspense fallback={<i>loading</i>}>
        <Component name="late" />
      </Suspense>,
    );
    expect(screen.getByText('hello late')).toBeTruthy(); // no fallback first
  });

  it('leaves a failed load to the component, which throws it where it is rendered', async () => {
    const hello = onDemand<{ name: string }>(() => Promise.reject(new Error('chunk failed')));
    await expect(hello.load()).rejects.toThrow('chunk failed');
    expect(hello.component()).not.toBe(Hello);
  });
});
