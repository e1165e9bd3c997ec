import { lazy, useState, type ComponentType } from 'react';

/** A component whose code is in a chunk of its own. */
export interface OnDemand<P extends object> {
  /** Starts loading the chunk, once however often it is called (ahead of a click: on hover or focus). */
  readonly load: () => Promise<ComponentType<P>>;
  /** What to render: the chunk's component itself once it has arrived, a lazy one (suspending) until then. */
  readonly component: () => ComponentType<P>;
  /** The component to render: it picks `component()` once per mount, so a lazy one that then resolves stays mounted. */
  readonly Component: ComponentType<P>;
}

/**
 * A code-split component that opens without a wait once its chunk is in. `React.lazy` alone suspends on its first
 * render even when the import resolved long ago (it reads the promise as pending until its callbacks have run),
 * and React 19 then reveals the content only once its fallback has been up for 300 ms: a tab or dialog whose
 * chunk had loaded still took ~300 ms to appear. Render `Component`. A failed load is the lazy component's to
 * throw, as with `lazy`.
 *
 * @example const Dialog = onDemand(() => import('./Dialog').then((m) => m.Dialog)).Component;
 */
export function onDemand<P extends object>(importer: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const load = () =>
    (loading ??= importer().then((component) => {
      loaded = component;
      return component;
    }));
  const pending = lazy(() => load().then((component) => ({ default: component })));
  const component = () => loaded ?? pending;
  function Component(props: P) {
    const [Picked] = useState(component);
    return <Picked {...props} />;
  }
  return { load, component, Component };
}

/** Starts a load ahead of need; a failure shows where the component is rendered, not here. */
export const preload = (what: { readonly load: () => Promise<unknown> }): void =>
  void what.load().catch(() => {});
